package nl.brug.auth.signin;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * the provider (which the browser blocks), so Brug runs the flow itself: the protocol (requests,
 * token exchange, ID-token and logout-token checks) is the Nimbus OAuth 2.0 / OpenID Connect SDK's,
 * this class keeps what is Brug's (pending sign-ins per browser session, the portal session and
 * whether the provider's session behind it lives), thin servlets under {@code /oidc/} carry the
 * redirects, and {@link BrugAuthenticationMechanism} asks {@link #stillSignedIn} on every request
 * of a portal session.
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
    State state = new State();
    CodeVerifier verifier = new CodeVerifier();
    Nonce nonce = new Nonce();
    URI redirectUri = URI.create(portalAddress(request) + CALLBACK_PATH);
    HttpSession session = request.getSession(true);
    Map<String, PendingSignIn> pending = pending(session);
    pending.put(
        state.getValue(),
        new PendingSignIn(
            verifier.getValue(),
            nonce.getValue(),
            redirectUri.toString(),
            safeReturn(returnTo),
            clock.instant()));
    while (pending.size() > MAX_PENDING) {
      pending.remove(pending.keySet().iterator().next());
    }
    session.setAttribute(SESSION_PENDING, pending);
    return new AuthenticationRequest.Builder(
            ResponseType.CODE, new Scope("openid", "profile"), idp.clientId(), redirectUri)
        .endpointURI(endpoints.authorization())
        .state(state)
        .nonce(nonce)
        .codeChallenge(verifier, CodeChallengeMethod.S256)
        .build()
        .toURI();
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
    OIDCTokens tokens;
    try {
      tokens =
          idp.exchangeCode(
              new AuthorizationCode(code),
              new CodeVerifier(attempt.codeVerifier()),
              URI.create(attempt.redirectUri()));
    } catch (OidcProvider.GrantRefused refused) {
      LOG.warning("The identity provider refused the authorisation code: " + refused.getMessage());
      throw new SignInRefusedException(
          "De aanmeldcode werd niet geaccepteerd (verlopen of al gebruikt). Meld je opnieuw aan.");
    }
    if (tokens.getIDToken() == null) {
      throw new SignInRefusedException(
          "De aanmeldservice stuurde geen ID-token mee. Meld je opnieuw aan.");
    }
    JWTClaimsSet claims = idp.verifyIdToken(tokens.getIDToken(), new Nonce(attempt.nonce()));
    Caller caller = callerOf(claims);
    request.changeSessionId(); // no session fixation
    HttpSession signedInSession = request.getSession();
    Instant now = clock.instant();
    signedInSession.setAttribute(
        SESSION_OIDC,
        new OidcSession(
            tokens.getIDTokenString(),
            refreshToken(tokens),
            now.plusSeconds(lifetime(tokens)),
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
        OIDCTokens tokens = provider().refresh(oidc.refreshToken());
        Caller updated = caller;
        if (tokens.getIDToken() != null) {
          JWTClaimsSet claims = provider().verifyIdToken(tokens.getIDToken(), null);
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
                tokens.getIDTokenString(),
                refreshToken(tokens),
                now.plusSeconds(lifetime(tokens))));
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
      JWT idTokenHint = JWTParser.parse(oidc.idToken());
      return new LogoutRequest(
              endSession.get(), idTokenHint, null, provider().clientId(), signedOutPage, null, null)
          .toURI();
    } catch (ParseException unreadable) {
      LOG.warning("Signed out of the portal only: the ID token kept is unreadable");
      return signedOutPage;
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
    LogoutTokenClaimsSet claims = provider().verifyLogoutToken(logoutToken);
    if (claims.getSessionID() != null) {
      String sid = claims.getSessionID().getValue();
      endedSessions.sessionEnded(sid);
      LOG.info("Back-channel logout of identity-provider session " + sid);
    } else {
      String subject = claims.getSubject().getValue();
      endedSessions.allSessionsEnded(subject);
      LOG.info("Back-channel logout of every session of subject " + subject);
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

  private static String refreshToken(OIDCTokens tokens) {
    RefreshToken refresh = tokens.getRefreshToken();
    return refresh == null ? null : refresh.getValue();
  }

  /** Seconds until the access token runs out; a minute when the provider does not say. */
  private static long lifetime(OIDCTokens tokens) {
    long lifetime = tokens.getAccessToken().getLifetime();
    return lifetime > 0 ? lifetime : 60;
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
