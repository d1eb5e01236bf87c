package nl.brug.auth.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.brug.auth.caller.BrugPrincipal;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.auth.token.BearerTokens;
import nl.brug.auth.token.RefusedTokenException;

/**
 * The one authentication mechanism of the application. It never challenges by itself: the portal
 * shows its own login view and the REST API answers 401 problem+json through its error mapper.
 *
 * <ul>
 *   <li>Portal sign-in through the identity provider ({@link PortalOidc}): the callback keeps the
 *       caller in the HTTP session; every later request of that session asks {@link
 *       PortalOidc#stillSignedIn} whether the provider's session still lives.
 *   <li>Portal sign-in with a demo account (development): the login view passes a credential
 *       programmatically ({@link PortalSignIn}); a valid one is kept in the HTTP session.
 *   <li>REST: an {@code Authorization: Bearer} token of the identity provider ({@link
 *       BearerTokens}) or an {@code Authorization: Basic} header is checked on every request and
 *       never creates a session. A refused one marks the request with {@link #FAILED_ATTRIBUTE},
 *       whose value says why in Dutch. Under {@code /api} this header is the only way in: the
 *       portal's session never authenticates an API request ({@link #isApiRequest}).
 * </ul>
 *
 * <p>Usernames with passwords (demo accounts, Basic) pass the {@link SignInThrottle} first: after
 * too many failures an attempt is refused without checking the password, and the request is marked
 * with {@link #THROTTLED_ATTRIBUTE}. Bearer tokens and the identity provider's sign-in do not.
 */
@ApplicationScoped
public class BrugAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Request attribute set when credentials were offered and refused: the Dutch reason. */
  public static final String FAILED_ATTRIBUTE = "nl.brug.auth.failed";

  /** Request attribute set when the refused credentials were a bearer token. */
  public static final String FAILED_BEARER_ATTRIBUTE = "nl.brug.auth.failed.bearer";

  /**
   * Request attribute set when a username and password were refused unchecked because of too many
   * failed attempts: the {@link Duration} to wait.
   */
  public static final String THROTTLED_ATTRIBUTE = "nl.brug.auth.throttled";

  static final String SESSION_CALLER = "nl.brug.auth.caller";

  /** Where the REST API lives; it authenticates from the {@code Authorization} header only. */
  static final String API_PATH = "/api";

  private static final String BEARER = "Bearer ";

  private IdentityStoreHandler identityStores;
  private BearerTokens bearerTokens;
  private PortalOidc portalOidc;
  private Event<CallerSignedIn> signedIn;
  private SignInThrottle throttle;

  protected BrugAuthenticationMechanism() {
    // for CDI proxies
  }

  @Inject
  public BrugAuthenticationMechanism(
      IdentityStoreHandler identityStores,
      BearerTokens bearerTokens,
      PortalOidc portalOidc,
      Event<CallerSignedIn> signedIn,
      SignInThrottle throttle) {
    this.identityStores = identityStores;
    this.bearerTokens = bearerTokens;
    this.portalOidc = portalOidc;
    this.signedIn = signedIn;
    this.throttle = throttle;
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<Credential> offered = programmaticCredential(context);
    if (offered.isPresent()) {
      return signInToSession(offered.get(), request, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return authenticateBearer(authorization.substring(BEARER.length()).strip(), request, context);
    }
    Optional<Credential> basic = BasicCredentials.from(authorization);
    if (basic.isPresent()) {
      return authenticateOnce(basic.get(), request, context);
    }
    if (isApiRequest(request)) {
      return context.doNothing(); // never the session: see isApiRequest
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof Caller caller) {
      return continueSession(session, caller, context);
    }
    return context.doNothing();
  }

  /**
   * Whether the request is for the REST API ({@value #API_PATH} and below). The API authenticates
   * only from the {@code Authorization} header, never from the portal's session: a browser sends
   * the session cookie along with any request another site makes it send (a form post, an image, a
   * fetch), so a cookie proves nothing about who wrote the request (cross-site request forgery). A
   * header the other site cannot set does. The portal itself does not call the API (its downloads
   * are Vaadin download handlers), so it loses nothing. This is the one place that decides it: no
   * filter or resource looks at the session for the API.
   *
   * <p>The path is the one the container matched (servlet path and path info: decoded, without path
   * parameters such as {@code ;jsessionid=}, dot segments resolved), so no spelling of an API
   * address reaches the API with the session.
   */
  static boolean isApiRequest(HttpServletRequest request) {
    String path = nullToEmpty(request.getServletPath()) + nullToEmpty(request.getPathInfo());
    if (path.isEmpty()) {
      String uri = nullToEmpty(request.getRequestURI());
      String contextPath = nullToEmpty(request.getContextPath());
      path = uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
    }
    return path.equals(API_PATH) || path.startsWith(API_PATH + "/");
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  /**
   * A portal session goes on while the identity provider's session behind it lives. When that
   * ended, the HTTP session is dropped and the request goes on anonymously: Vaadin then answers its
   * background request with "session expired" and the page reloads into the sign-in, instead of a
   * redirect to the provider that the browser would block ("connection lost").
   */
  private AuthenticationStatus continueSession(
      HttpSession session, Caller caller, HttpMessageContext context) {
    Optional<Caller> now;
    try {
      now = portalOidc.stillSignedIn(session, caller);
    } catch (IllegalStateException invalidated) {
      return context.doNothing();
    }
    if (now.isEmpty()) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalidated) {
        // another request of the same session got here first
      }
      return context.doNothing();
    }
    if (!now.get().equals(caller)) {
      session.setAttribute(SESSION_CALLER, now.get());
    }
    return context.notifyContainerAboutLogin(new BrugPrincipal(now.get()), groupsOf(now.get()));
  }

  private AuthenticationStatus signInToSession(
      Credential credential, HttpServletRequest request, HttpMessageContext context) {
    if (throttled(credential, request)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = validate(credential, request);
    if (result.getStatus() != CredentialValidationResult.Status.VALID
        || !(result.getCallerPrincipal() instanceof BrugPrincipal principal)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.getSession(true);
    request.changeSessionId(); // no session fixation
    request.getSession().setAttribute(SESSION_CALLER, principal.caller());
    signedIn.fire(new CallerSignedIn(principal.caller()));
    return context.notifyContainerAboutLogin(principal, groupsOf(principal.caller()));
  }

  private AuthenticationStatus authenticateBearer(
      String token, HttpServletRequest request, HttpMessageContext context) {
    try {
      Caller caller = bearerTokens.verify(token);
      return context.notifyContainerAboutLogin(new BrugPrincipal(caller), groupsOf(caller));
    } catch (RefusedTokenException refused) {
      request.setAttribute(FAILED_ATTRIBUTE, refused.getMessage());
      request.setAttribute(FAILED_BEARER_ATTRIBUTE, Boolean.TRUE);
      return context.doNothing();
    }
  }

  private AuthenticationStatus authenticateOnce(
      Credential credential, HttpServletRequest request, HttpMessageContext context) {
    if (throttled(credential, request)) {
      return context.doNothing();
    }
    CredentialValidationResult result = validate(credential, request);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    request.setAttribute(FAILED_ATTRIBUTE, "Gebruikersnaam of wachtwoord klopt niet.");
    return context.doNothing();
  }

  /**
   * Whether a username and password must wait because of earlier failures; if so, the request is
   * marked with the wait (and as refused, in Dutch) and no password is checked.
   */
  private boolean throttled(Credential credential, HttpServletRequest request) {
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return false;
    }
    Optional<Duration> wait = throttle.refusal(password.getCaller(), request.getRemoteAddr());
    if (wait.isEmpty()) {
      return false;
    }
    request.setAttribute(THROTTLED_ATTRIBUTE, wait.get());
    request.setAttribute(FAILED_ATTRIBUTE, new SignInThrottledException(wait.get()).getMessage());
    return true;
  }

  /** Checks the credential with the identity stores and counts the outcome for the throttle. */
  private CredentialValidationResult validate(Credential credential, HttpServletRequest request) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (credential instanceof UsernamePasswordCredential password) {
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        throttle.succeeded(password.getCaller());
      } else {
        throttle.failed(password.getCaller(), request.getRemoteAddr());
      }
    }
    return result;
  }

  private static Optional<Credential> programmaticCredential(HttpMessageContext context) {
    AuthenticationParameters parameters = context.getAuthParameters();
    return parameters == null ? Optional.empty() : Optional.ofNullable(parameters.getCredential());
  }

  private static Set<String> groupsOf(Caller caller) {
    return caller.roles().stream().map(Role::id).collect(Collectors.toUnmodifiableSet());
  }
}
