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
import java.time.Duration;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.NotSignedInException;

/**
 * Signs people in and out of the portal session, and switches a regional worker's active
 * municipality. The portal's login view and header call it.
 */
@ApplicationScoped
public class PortalSignIn {

  /** What became of a sign-in attempt. */
  public enum Outcome {
    SIGNED_IN,
    WRONG_CREDENTIALS,
    DEMO_ACCOUNTS_DISABLED
  }

  /** The portal page that says someone signed out (and offers to sign in again). */
  public static final String SIGNED_OUT_PATH = "/login?afgemeld";

  /** The servlet path that starts a sign-in through the identity provider. */
  public static final String START_PATH = "/oidc/aanmelden";

  private SecurityContext securityContext;
  private RunMode runMode;
  private PortalOidc portalOidc;

  protected PortalSignIn() {
    // for CDI proxies
  }

  @Inject
  public PortalSignIn(SecurityContext securityContext, RunMode runMode, PortalOidc portalOidc) {
    this.securityContext = securityContext;
    this.runMode = runMode;
    this.portalOidc = portalOidc;
  }

  public boolean demoAccountsAllowed() {
    return runMode.developmentAccountsAllowed();
  }

  /** Whether people sign in through the identity provider (Keycloak) rather than demo accounts. */
  public boolean throughIdentityProvider() {
    return portalOidc != null && portalOidc.enabled();
  }

  /**
   * Makes another of the caller's municipalities the active one for the rest of the session. Which
   * municipalities a caller works for comes from the identity provider only.
   *
   * @return the caller as they are now
   * @throws IllegalArgumentException when the caller does not work for that municipality
   */
  public Caller switchMunicipality(HttpServletRequest request, String municipalityCode) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(BrugAuthenticationMechanism.SESSION_CALLER)
            instanceof Caller caller)) {
      throw new NotSignedInException();
    }
    Caller switched = caller.inMunicipality(municipalityCode);
    session.setAttribute(BrugAuthenticationMechanism.SESSION_CALLER, switched);
    return switched;
  }

  /**
   * Signs in with a demo account of the development identity store.
   *
   * @throws SignInThrottledException when too many attempts failed for this account or from this
   *     address: the password was not checked, and the message says how long to wait
   */
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
    if (status == AuthenticationStatus.SUCCESS) {
      return Outcome.SIGNED_IN;
    }
    if (request.getAttribute(BrugAuthenticationMechanism.THROTTLED_ATTRIBUTE)
        instanceof Duration wait) {
      throw new SignInThrottledException(wait);
    }
    return Outcome.WRONG_CREDENTIALS;
  }

  /**
   * Ends the portal session: the container forgets the caller and the HTTP session is dropped.
   *
   * @return where to send the browser: after a sign-in through the identity provider its logout
   *     (RP-initiated, back to the signed-out page), else the signed-out page
   */
  public String signOut(HttpServletRequest request) {
    try {
      request.logout();
    } catch (ServletException e) {
      throw new IllegalStateException("Sign-out failed", e);
    }
    if (throughIdentityProvider()) {
      return portalOidc.signOut(request, SIGNED_OUT_PATH).toString();
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return request.getContextPath() + SIGNED_OUT_PATH;
  }
}
