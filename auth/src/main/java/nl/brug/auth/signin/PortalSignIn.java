package nl.brug.auth.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** Signs people in and out of the portal session. The portal's login view calls it. */
@ApplicationScoped
public class PortalSignIn {

  /** What became of a sign-in attempt. */
  public enum Outcome {
    SIGNED_IN,
    WRONG_CREDENTIALS,
    DEMO_ACCOUNTS_DISABLED
  }

  private SecurityContext securityContext;
  private RunMode runMode;

  protected PortalSignIn() {
    // for CDI proxies
  }

  @Inject
  public PortalSignIn(SecurityContext securityContext, RunMode runMode) {
    this.securityContext = securityContext;
    this.runMode = runMode;
  }

  public boolean demoAccountsAllowed() {
    return runMode.developmentAccountsAllowed();
  }

  public Outcome signIn(
      String username, String password, HttpServletRequest request, HttpServletResponse response) {
    if (!runMode.developmentAccountsAllowed()) {
      return Outcome.DEMO_ACCOUNTS_DISABLED;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
    return status == AuthenticationStatus.SUCCESS ? Outcome.SIGNED_IN : Outcome.WRONG_CREDENTIALS;
  }

  /** Ends the portal session: the container forgets the caller and the HTTP session is dropped. */
  public void signOut(HttpServletRequest request) {
    try {
      request.logout();
    } catch (ServletException e) {
      throw new IllegalStateException("Sign-out failed", e);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
