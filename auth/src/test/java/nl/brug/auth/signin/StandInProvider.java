package nl.brug.auth.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A stand-in for Keycloak's realm {@code brug}, on 127.0.0.1 and a free port: discovery, signing
 * keys, and a token endpoint that checks what Keycloak checks for the confidential client {@code
 * brug-portal} (client_secret_basic, the code it issued, PKCE S256, the redirect URI). Signing in
 * at its login page is {@link #login}: the test hands it the authorisation address the portal sent
 * the browser to and gets the code the browser would bring back.
 */
final class StandInProvider implements AutoCloseable {

  static final String CLIENT_ID = "brug-portal";
  static final String CLIENT_SECRET = "s3cret";
  static final String KEY_ID = "brug-realm-key";
  static final long EXPIRES_IN = 300;

  private static final RSAKey REALM_KEY = generate(KEY_ID);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String OIDC = "/realms/brug/protocol/openid-connect";

  /** A user of the realm, with the attributes Brug's client scopes map into the tokens. */
  record Account(
      String subject,
      String username,
      String name,
      List<String> groups,
      List<String> municipalities,
      String team) {}

  /** What the login page gave the browser to take back to the portal. */
  record Login(String code, String state, String nonce, String sid) {}

  /** A code exchange the token endpoint saw: the verifier sent, the challenge of the login. */
  record Exchange(String codeVerifier, String codeChallenge) {}

  private record Grant(
      String challenge,
      String redirectUri,
      String nonce,
      String sid,
      String subject,
      UnaryOperator<JWTClaimsSet.Builder> idTokenChange,
      RSAKey signingKey) {}

  private record ProviderSession(String sid, String subject) {}

  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Map<String, ProviderSession> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Set<String> endedSessions = ConcurrentHashMap.newKeySet();
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
  private final AtomicInteger refreshes = new AtomicInteger();
  private final AtomicInteger sessionCounter = new AtomicInteger();
  private final int port;
  private HttpServer server;
  private volatile String advertisedIssuer;
  private volatile boolean keysAway;
  private volatile String lastIdToken;

  private StandInProvider() {
    server = bind(0);
    port = server.getAddress().getPort();
    advertisedIssuer = issuer();
    server.start();
  }

  static StandInProvider start() {
    return new StandInProvider();
  }

  String issuer() {
    return "http://127.0.0.1:" + port + "/realms/brug";
  }

  URI authorizationEndpoint() {
    return URI.create(issuer() + "/protocol/openid-connect/auth");
  }

  URI endSessionEndpoint() {
    return URI.create(issuer() + "/protocol/openid-connect/logout");
  }

  /** The provider as the portal's client sees it, with the right client secret. */
  OidcProvider client() {
    return client(CLIENT_SECRET);
  }

  OidcProvider client(String secret) {
    return new OidcProvider(issuer(), CLIENT_ID, secret);
  }

  // --- the login page -----------------------------------------------------------------------

  Login login(URI authorization, Account account) {
    return login(authorization, account, c -> c, REALM_KEY);
  }

  Login login(URI authorization, Account account, UnaryOperator<JWTClaimsSet.Builder> idToken) {
    return login(authorization, account, idToken, REALM_KEY);
  }

  /**
   * The user signs in at the login page the portal sent the browser to; the ID token for this code
   * gets {@code idToken}'s changes and is signed with {@code signingKey}.
   */
  Login login(
      URI authorization,
      Account account,
      UnaryOperator<JWTClaimsSet.Builder> idToken,
      RSAKey signingKey) {
    Map<String, String> asked = query(authorization);
    if (!CLIENT_ID.equals(asked.get("client_id"))
        || !"code".equals(asked.get("response_type"))
        || !"S256".equals(asked.get("code_challenge_method"))
        || asked.get("code_challenge") == null) {
      throw new IllegalArgumentException("Keycloak would refuse this request: " + asked);
    }
    accounts.put(account.subject(), account);
    String sid = "sid-" + sessionCounter.incrementAndGet();
    String code = random();
    codes.put(
        code,
        new Grant(
            asked.get("code_challenge"),
            asked.get("redirect_uri"),
            asked.get("nonce"),
            sid,
            account.subject(),
            idToken,
            signingKey));
    return new Login(code, asked.get("state"), asked.get("nonce"), sid);
  }

  // --- what the test changes at the provider ------------------------------------------------

  /** An admin changed the user's attributes; later tokens say so. */
  void update(Account account) {
    accounts.put(account.subject(), account);
  }

  /** The provider's session ended (expiry, logout elsewhere, revoked): refresh tokens refused. */
  void endSession(String sid) {
    endedSessions.add(sid);
  }

  void advertiseIssuer(String issuer) {
    advertisedIssuer = issuer;
  }

  void keysAway(boolean away) {
    keysAway = away;
  }

  /** The provider is down: nothing listens on its port any more. */
  void goAway() {
    server.stop(0);
  }

  /** The provider is up again, at the same address. */
  void comeBack() {
    server = bind(port);
    server.start();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  // --- what the test reads back -------------------------------------------------------------

  List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  int refreshes() {
    return refreshes.get();
  }

  String lastIdToken() {
    return lastIdToken;
  }

  // --- tokens -------------------------------------------------------------------------------

  /** A back-channel logout token as Keycloak 26 sends it (typ logout+jwt), with changes. */
  String logoutToken(UnaryOperator<JWTClaimsSet.Builder> change) {
    return logoutToken(change, REALM_KEY, new JOSEObjectType("logout+jwt"));
  }

  String logoutToken(
      UnaryOperator<JWTClaimsSet.Builder> change, RSAKey signingKey, JOSEObjectType type) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer())
            .audience(CLIENT_ID)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(120)))
            .jwtID(UUID.randomUUID().toString())
            .claim("typ", "Logout")
            .claim(
                "events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
    return sign(change.apply(claims).build(), signingKey, type);
  }

  /** The realm's signing key, published in its JWKS. */
  static RSAKey realmKey() {
    return REALM_KEY;
  }

  /** A key of nobody the portal trusts, under the realm key's own key id. */
  static RSAKey forgerKey() {
    return generate(KEY_ID);
  }

  static RSAKey generate(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private JWTClaimsSet.Builder idTokenClaims(String subject, String sid, String nonce) {
    Account account = accounts.get(subject);
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer())
            .audience(CLIENT_ID)
            .subject(subject)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(EXPIRES_IN)))
            .claim("auth_time", now.getEpochSecond())
            .claim("typ", "ID")
            .claim("azp", CLIENT_ID)
            .claim("sid", sid)
            .claim("preferred_username", account.username())
            .claim("name", account.name())
            .claim("groups", account.groups())
            .claim("municipalities", account.municipalities())
            .claim("team", account.team());
    if (nonce != null) {
      claims.claim("nonce", nonce);
    }
    return claims;
  }

  private static String sign(JWTClaimsSet claims, RSAKey key, JOSEObjectType type) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(type).build(),
              claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> tokens(
      ProviderSession session,
      String nonce,
      UnaryOperator<JWTClaimsSet.Builder> change,
      RSAKey key) {
    JWTClaimsSet.Builder claims = idTokenClaims(session.subject(), session.sid(), nonce);
    String idToken = sign(change.apply(claims).build(), key, JOSEObjectType.JWT);
    lastIdToken = idToken;
    String refreshToken = "refresh-" + random();
    refreshTokens.put(refreshToken, session);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", "access-" + random());
    body.put("expires_in", EXPIRES_IN);
    body.put("refresh_expires_in", 1800);
    body.put("refresh_token", refreshToken);
    body.put("token_type", "Bearer");
    body.put("id_token", idToken);
    body.put("session_state", session.sid());
    body.put("scope", "openid profile");
    return body;
  }

  // --- HTTP ---------------------------------------------------------------------------------

  private HttpServer bind(int onPort) {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), onPort), 0);
      http.createContext("/realms/brug/.well-known/openid-configuration", this::discovery);
      http.createContext(OIDC + "/certs", this::keys);
      http.createContext(OIDC + "/token", this::token);
      return http;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void discovery(HttpExchange exchange) throws IOException {
    String base = issuer() + "/protocol/openid-connect";
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("issuer", advertisedIssuer);
    document.put("authorization_endpoint", base + "/auth");
    document.put("token_endpoint", base + "/token");
    document.put("end_session_endpoint", base + "/logout");
    document.put("jwks_uri", base + "/certs");
    document.put("response_types_supported", List.of("code", "none", "id_token"));
    document.put("subject_types_supported", List.of("public", "pairwise"));
    document.put("id_token_signing_alg_values_supported", List.of("RS256", "PS256", "ES256"));
    document.put("code_challenge_methods_supported", List.of("plain", "S256"));
    document.put("backchannel_logout_supported", true);
    document.put("backchannel_logout_session_supported", true);
    answer(exchange, 200, document);
  }

  private void keys(HttpExchange exchange) throws IOException {
    if (keysAway) {
      answer(exchange, 503, Map.of("error", "unavailable"));
      return;
    }
    answer(exchange, 200, new JWKSet(REALM_KEY.toPublicJWK()).toJSONObject());
  }

  private void token(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      answer(exchange, 405, Map.of("error", "invalid_request"));
      return;
    }
    if (!clientAuthenticated(exchange.getRequestHeaders().getFirst("Authorization"))) {
      answer(exchange, 401, Map.of("error", "unauthorized_client"));
      return;
    }
    Map<String, String> form =
        parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    if (form.containsKey("client_id") && !CLIENT_ID.equals(form.get("client_id"))) {
      answer(exchange, 401, Map.of("error", "unauthorized_client"));
      return;
    }
    switch (String.valueOf(form.get("grant_type"))) {
      case "authorization_code" -> exchangeCode(exchange, form);
      case "refresh_token" -> refresh(exchange, form);
      default -> answer(exchange, 400, Map.of("error", "unsupported_grant_type"));
    }
  }

  private void exchangeCode(HttpExchange exchange, Map<String, String> form) throws IOException {
    Grant grant = form.get("code") == null ? null : codes.remove(form.get("code"));
    if (grant == null) {
      answer(exchange, 400, invalidGrant("Code not valid"));
      return;
    }
    String verifier = form.get("code_verifier");
    exchanges.add(new Exchange(verifier, grant.challenge()));
    if (verifier == null || !grant.challenge().equals(s256(verifier))) {
      answer(exchange, 400, invalidGrant("PKCE verification failed: Invalid code verifier"));
      return;
    }
    if (!String.valueOf(grant.redirectUri()).equals(form.get("redirect_uri"))) {
      answer(exchange, 400, invalidGrant("Incorrect redirect_uri"));
      return;
    }
    answer(
        exchange,
        200,
        tokens(
            new ProviderSession(grant.sid(), grant.subject()),
            grant.nonce(),
            grant.idTokenChange(),
            grant.signingKey()));
  }

  private void refresh(HttpExchange exchange, Map<String, String> form) throws IOException {
    refreshes.incrementAndGet();
    ProviderSession session =
        form.get("refresh_token") == null ? null : refreshTokens.get(form.get("refresh_token"));
    if (session == null || endedSessions.contains(session.sid())) {
      answer(exchange, 400, invalidGrant("Session not active"));
      return;
    }
    answer(exchange, 200, tokens(session, null, c -> c, REALM_KEY));
  }

  private static boolean clientAuthenticated(String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return false;
    }
    String decoded =
        new String(
            Base64.getDecoder().decode(authorization.substring("Basic ".length()).strip()),
            StandardCharsets.UTF_8);
    int colon = decoded.indexOf(':');
    return colon > 0
        && CLIENT_ID.equals(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8))
        && CLIENT_SECRET.equals(
            URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
  }

  private static Map<String, Object> invalidGrant(String description) {
    return Map.of("error", "invalid_grant", "error_description", description);
  }

  private static void answer(HttpExchange exchange, int status, Map<String, Object> json)
      throws IOException {
    byte[] body = JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  // --- small helpers ------------------------------------------------------------------------

  /** The decoded query parameters of an address. */
  static Map<String, String> query(URI uri) {
    return uri.getRawQuery() == null ? Map.of() : parse(uri.getRawQuery());
  }

  static Map<String, String> parse(String form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      values.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return Collections.unmodifiableMap(values);
  }

  static String s256(String verifier) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
