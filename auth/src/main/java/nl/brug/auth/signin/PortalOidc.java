package nl.brug.auth.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.token.RefusedTokenException;
import nl.brug.auth.token.TokenCaller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's sign-in through the identity provider (Keycloak) with OpenID Connect: authorisation
 * code flow with PKCE (S256), state and nonce, a confidential client, RP-initiated logout and
 * back-channel logout. On when {@code BRUG_OIDC_ISSUER} and {@code BRUG_OIDC_CLIENT_ID} are set;
 * the development identity store is off then.
 *
 * <p>Payara's own OpenID Connect client sends no PKCE and redirects Vaadin's background requests to
 * the provider (which the browser blocks), so Brug runs the flow itself with nimbus-jose-jwt: this
 * class keeps the logic, thin servlets under {@code /oidc/} carry the redirects, and {@link
 * BrugAuthenticationMechanism} asks {@link #stillSignedIn} on every request of a portal session.
 */
@ApplicationScoped
public class PortalOidc {

  private static final Logger LOG = Logger.getLogger(PortalOidc.class.getName());

  /** Where the provider sends the browser back; a real servlet, not a Vaadin route. */
  public static final String CALLBACK_PATH = "/oidc/callback";

  static final String SESSION_OIDC = "nl.brug.auth.oidc.session";
  static final String SESSION_PENDING = "nl.brug.auth.oidc.pending";
  static final int MAX_PENDING = 5;
  static final Duration PENDING_LIFETIME = Duration.ofMinutes(15);

  /** When the provider cannot be asked whether its session lives, ask again after this. */
  static final Duration RETRY_CHECK = Duration.ofSeconds(30);

  private static final SecureRandom RANDOM = new SecureRandom();

  private Optional<OidcProvider> provider = Optional.empty();
  private Optional<String> publicUrl = Optional.empty();
  private EndedSessions endedSessions;
  private Event<CallerSignedIn> signedIn;
  private Clock clock = Clock.systemUTC();

  protected PortalOidc() {
    // for CDI proxies
  }

  @Inject
  PortalOidc(
      @ConfigProperty(name = "brug.oidc.issuer") Optional<String> issuer,
      @ConfigProperty(name = "brug.oidc.client-id") Optional<String> clientId,
      @ConfigProperty(name = "brug.oidc.client-secret") Optional<String> clientSecret,
      @ConfigProperty(name = "brug.public-url") Optional<String> publicUrl,
      EndedSessions endedSessions,
      Event<CallerSignedIn> signedIn) {
    Optional<String> client = clientId.filter(s -> !s.isBlank());
    if (client.isPresent()) {
      String iss =
          issuer
              .filter(s -> !s.isBlank())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "BRUG_OIDC_CLIENT_ID is set but BRUG_OIDC_ISSUER is not: the portal"
                              + " cannot sign in through an identity provider without its"
                              + " issuer."));
      this.provider = Optional.of(new OidcProvider(iss, client.get(), clientSecret.orElse("")));
    }
    this.publicUrl = publicUrl.filter(s -> !s.isBlank()).map(PortalOidc::stripSlash);
    this.endedSessions = endedSessions;
    this.signedIn = signedIn;
  }

  /** For tests: a provider at this issuer, this clock. */
  PortalOidc(
      OidcProvider provider,
      String publicUrl,
      EndedSessions endedSessions,
      Event<CallerSignedIn> signedIn,
      Clock clock) {
    this.provider = Optional.of(provider);
    this.publicUrl = Optional.ofNullable(publicUrl);
    this.endedSessions = endedSessions;
    this.signedIn = signedIn;
    this.clock = clock;
  }

  /** Whether the portal signs in through the identity provider (else: demo accounts). */
  public boolean enabled() {
    return provider.isPresent();
  }

  /**
   * Starts a sign-in: remembers a PKCE verifier, state and nonce in the browser's session and
   * returns the provider's authorisation address to send the browser to.
   *
   * @param returnTo the portal path to open after signing in (only paths inside the portal)
   * @throws IdentityProviderUnavailableException when the provider does not answer now
   */
  public URI startSignIn(HttpServletRequest request, String returnTo) {
    OidcProvider idp = provider();
    OidcProvider.Endpoints endpoints = idp.endpointsNow();
    String state = randomToken();
    String verifier = randomToken();
    String nonce = randomToken();
    String redirectUri = portalAddress(request) + CALLBACK_PATH;
    HttpSession session = request.getSession(true);
    Map<String, PendingSignIn> pending = pending(session);
    pending.put(
        state,
        new PendingSignIn(verifier, nonce, redirectUri, safeReturn(returnTo), clock.instant()));
    while (pending.size() > MAX_PENDING) {
      pending.remove(pending.keySet().iterator().next());
    }
    session.setAttribute(SESSION_PENDING, pending);
    String query =
        OidcProvider.form(
            "response_type",
            "code",
            "client_id",
            idp.clientId(),
            "redirect_uri",
            redirectUri,
            "scope",
            "openid profile",
            "state",
            state,
            "nonce",
            nonce,
            "code_challenge",
            challenge(verifier),
            "code_challenge_method",
            "S256");
    URI authorization = endpoints.authorization();
    String separator = authorization.getRawQuery() == null ? "?" : "&";
    return URI.create(authorization + separator + query);
  }

  /**
   * Finishes a sign-in at the callback: checks the state, exchanges the code with the PKCE
   * verifier, verifies the ID token (signature, issuer, audience, expiry, nonce), and keeps the
   * caller in a fresh session. Fires {@link CallerSignedIn}.
   *
   * @return the portal path the user wanted to open
   * @throws SignInRefusedException with a Dutch reason when this return signs nobody in
   * @throws IdentityProviderUnavailableException when the provider stops answering halfway
   */
  public String finishSignIn(HttpServletRequest request) {
    OidcProvider idp = provider();
    String state = request.getParameter("state");
    HttpSession session = request.getSession(false);
    Map<String, PendingSignIn> pending = session == null ? new LinkedHashMap<>() : pending(session);
    PendingSignIn attempt = state == null ? null : pending.remove(state);
    if (session != null) {
      session.setAttribute(SESSION_PENDING, pending);
    }
    if (attempt == null || attempt.started().plus(PENDING_LIFETIME).isBefore(clock.instant())) {
      throw new SignInRefusedException(
          "Deze aanmeldpoging is verlopen of al gebruikt. Meld je opnieuw aan.");
    }
    String error = request.getParameter("error");
    if (error != null) {
      throw new SignInRefusedException(
          "De aanmeldservice heeft de aanmelding niet afgerond (foutcode "
              + error
              + "). Meld je opnieuw aan.");
    }
    String code = request.getParameter("code");
    if (code == null || code.isBlank()) {
      throw new SignInRefusedException(
          "De aanmeldservice stuurde geen aanmeldcode mee. Meld je opnieuw aan.");
    }
    OidcProvider.Tokens tokens;
    try {
      tokens = idp.exchangeCode(code, attempt.codeVerifier(), attempt.redirectUri());
    } catch (OidcProvider.GrantRefused refused) {
      LOG.warning("The identity provider refused the authorisation code: " + refused.getMessage());
      throw new SignInRefusedException(
          "De aanmeldcode werd niet geaccepteerd (verlopen of al gebruikt). Meld je opnieuw aan.");
    }
    if (tokens.idToken() == null) {
      throw new SignInRefusedException(
          "De aanmeldservice stuurde geen ID-token mee. Meld je opnieuw aan.");
    }
    JWTClaimsSet claims = idp.verifyIdToken(tokens.idToken(), attempt.nonce());
    Caller caller = callerOf(claims);
    request.changeSessionId(); // no session fixation
    HttpSession signedInSession = request.getSession();
    Instant now = clock.instant();
    signedInSession.setAttribute(
        SESSION_OIDC,
        new OidcSession(
            tokens.idToken(),
            tokens.refreshToken(),
            now.plusSeconds(tokens.expiresInSeconds()),
            stringClaim(claims, "sid"),
            claims.getSubject(),
            now));
    signedInSession.setAttribute(BrugAuthenticationMechanism.SESSION_CALLER, caller);
    signedIn.fire(new CallerSignedIn(caller));
    LOG.info(() -> "Signed in through the identity provider: " + caller.username());
    return attempt.returnTo();
  }

  /**
   * Whether the identity provider's session behind this portal session still lives, and who the
   * caller is now. A session ended by back-channel logout is over at once; when the access token
   * ran out, the refresh token asks the provider (which refuses it after expiry, logout elsewhere
   * or revocation by an admin). When the provider cannot be asked, the portal session goes on and
   * asks again shortly. Sessions of the development store are not the provider's: always alive.
   *
   * @return the caller, updated from the provider, or empty when the session ended
   */
  Optional<Caller> stillSignedIn(HttpSession session, Caller caller) {
    if (!(session.getAttribute(SESSION_OIDC) instanceof OidcSession oidc)) {
      return Optional.of(caller);
    }
    if (endedSessions.ended(oidc)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (now.isBefore(oidc.checkAgainAt())) {
      return Optional.of(caller);
    }
    synchronized (oidc) {
      if (!(session.getAttribute(SESSION_OIDC) instanceof OidcSession current) || current != oidc) {
        return Optional.ofNullable(
            (Caller) session.getAttribute(BrugAuthenticationMechanism.SESSION_CALLER));
      }
      if (oidc.refreshToken() == null) {
        return Optional.empty();
      }
      try {
        OidcProvider.Tokens tokens = provider().refresh(oidc.refreshToken());
        Caller updated = caller;
        if (tokens.idToken() != null) {
          JWTClaimsSet claims = provider().verifyIdToken(tokens.idToken(), null);
          if (oidc.subject() != null && !oidc.subject().equals(claims.getSubject())) {
            // OpenID Connect Core 12.2: a refreshed ID token speaks for the same subject
            LOG.warning("A refreshed ID token names another subject; the session ends");
            return Optional.empty();
          }
          updated = keepActiveMunicipality(callerOf(claims), caller);
        }
        session.setAttribute(
            SESSION_OIDC,
            oidc.refreshed(
                tokens.idToken(),
                tokens.refreshToken(),
                now.plusSeconds(tokens.expiresInSeconds())));
        return Optional.of(updated);
      } catch (OidcProvider.GrantRefused refused) {
        LOG.info(() -> "The identity provider's session ended for " + caller.username());
        return Optional.empty();
      } catch (IdentityProviderUnavailableException | SignInRefusedException unsure) {
        LOG.log(
            Level.WARNING,
            "Could not ask the identity provider whether the session of "
                + caller.username()
                + " still lives; asking again in "
                + RETRY_CHECK.toSeconds()
                + " s",
            unsure);
        session.setAttribute(SESSION_OIDC, oidc.checkAgainAt(now.plus(RETRY_CHECK)));
        return Optional.of(caller);
      }
    }
  }

  /**
   * Ends the portal session and returns where to send the browser: the provider's logout (which
   * ends the single sign-on session and comes back to the portal's signed-out page), or that page
   * directly when the session was not the provider's or the provider is away.
   */
  public URI signOut(HttpServletRequest request, String signedOutPath) {
    HttpSession session = request.getSession(false);
    URI signedOutPage = URI.create(portalAddress(request) + signedOutPath);
    OidcSession oidc =
        session != null && session.getAttribute(SESSION_OIDC) instanceof OidcSession o ? o : null;
    if (session != null) {
      session.invalidate();
    }
    if (oidc == null || provider.isEmpty()) {
      return signedOutPage;
    }
    try {
      Optional<URI> endSession = provider().endpoints().endSession();
      if (endSession.isEmpty()) {
        return signedOutPage;
      }
      String query =
          OidcProvider.form(
              "client_id", provider().clientId(),
              "id_token_hint", oidc.idToken(),
              "post_logout_redirect_uri", signedOutPage.toString());
      return URI.create(endSession.get() + "?" + query);
    } catch (IdentityProviderUnavailableException away) {
      LOG.warning("Signed out of the portal only: the identity provider is away (" + away + ")");
      return signedOutPage;
    }
  }

  /**
   * Handles the provider's back-channel logout: after checking the logout token, every portal
   * session of that provider session (or of that user, when no session is named) is over at its
   * next request.
   *
   * @throws SignInRefusedException when the logout token does not pass the checks
   */
  public void backChannelLogout(String logoutToken) {
    if (logoutToken == null || logoutToken.isBlank()) {
      throw new SignInRefusedException("Er is geen afmeldbericht (logout_token) meegestuurd.");
    }
    JWTClaimsSet claims = provider().verifyLogoutToken(logoutToken);
    String sid = stringClaim(claims, "sid");
    if (sid != null) {
      endedSessions.sessionEnded(sid);
      LOG.info("Back-channel logout of identity-provider session " + sid);
    } else {
      endedSessions.allSessionsEnded(claims.getSubject());
      LOG.info("Back-channel logout of every session of subject " + claims.getSubject());
    }
  }

  /** The portal's own address: {@code BRUG_PUBLIC_URL}, else as this request reached it. */
  String portalAddress(HttpServletRequest request) {
    if (publicUrl.isPresent()) {
      return publicUrl.get();
    }
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath();
  }

  /** Only paths inside the portal; anything else (other hosts, {@code //evil}) opens the start. */
  static String safeReturn(String returnTo) {
    if (returnTo == null
        || !returnTo.startsWith("/")
        || returnTo.startsWith("//")
        || returnTo.startsWith("/\\")
        || returnTo.contains("://")
        || returnTo.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return returnTo;
  }

  static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static Caller callerOf(JWTClaimsSet claims) {
    try {
      return TokenCaller.of(claims);
    } catch (RefusedTokenException refused) {
      throw new SignInRefusedException(refused.getMessage(), refused);
    }
  }

  private static Caller keepActiveMunicipality(Caller fromProvider, Caller before) {
    String active = before.municipalityCode();
    return active != null && fromProvider.municipalityCodes().contains(active)
        ? fromProvider.inMunicipality(active)
        : fromProvider;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, PendingSignIn> pending(HttpSession session) {
    Object stored = session.getAttribute(SESSION_PENDING);
    return stored instanceof LinkedHashMap<?, ?> map
        ? new LinkedHashMap<>((Map<String, PendingSignIn>) map)
        : new LinkedHashMap<>();
  }

  private static String stringClaim(JWTClaimsSet claims, String name) {
    try {
      return claims.getStringClaim(name);
    } catch (ParseException e) {
      return null;
    }
  }

  private OidcProvider provider() {
    return provider.orElseThrow(
        () -> new IllegalStateException("Portal sign-in through an identity provider is off"));
  }

  private static String stripSlash(String uri) {
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }
}
