package nl.brug.auth.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.brug.auth.token.BearerTokens;
import nl.brug.auth.token.ProviderKeys;

/**
 * The identity provider as the portal's OpenID Connect client sees it: its discovery document,
 * token endpoint and signing keys. Plain HTTP with short timeouts, so an unreachable provider is
 * noticed in seconds, not minutes.
 */
class OidcProvider {

  private static final Logger LOG = Logger.getLogger(OidcProvider.class.getName());

  static final Duration CLOCK_SKEW = BearerTokens.CLOCK_SKEW;

  /**
   * Keycloak (since 25) types its logout tokens {@code logout+jwt}, as the back-channel logout spec
   * recommends; older ones say {@code JWT}. nimbus accepts only {@code JWT} or none unless told.
   */
  private static final JOSEObjectTypeVerifier<SecurityContext> LOGOUT_TOKEN_TYPES =
      new DefaultJOSEObjectTypeVerifier<>(
          new JOSEObjectType("logout+jwt"), JOSEObjectType.JWT, null);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(8);

  /** The provider's endpoints, from its discovery document. */
  record Endpoints(URI authorization, URI token, Optional<URI> endSession, URI keys) {}

  /** What the token endpoint answered. */
  record Tokens(String idToken, String refreshToken, long expiresInSeconds) {}

  /** The token endpoint refused the grant (e.g. the provider's session ended): HTTP 400/401. */
  static final class GrantRefused extends Exception {
    private static final long serialVersionUID = 1L;

    GrantRefused(String message) {
      super(message);
    }
  }

  private final String issuer;
  private final String clientId;
  private final String clientSecret;
  private final HttpClient http;
  private volatile Endpoints endpoints;
  private volatile JWKSource<SecurityContext> keys;

  OidcProvider(String issuer, String clientId, String clientSecret) {
    this.issuer = issuer;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  String issuer() {
    return issuer;
  }

  String clientId() {
    return clientId;
  }

  /**
   * The endpoints, read afresh: a sign-in only starts when the provider answers now.
   *
   * @throws IdentityProviderUnavailableException when it does not
   */
  Endpoints endpointsNow() {
    URI discovery = URI.create(stripSlash(issuer) + "/.well-known/openid-configuration");
    Map<String, Object> document;
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(discovery).timeout(REQUEST_TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IdentityProviderUnavailableException(
            "The identity provider answered " + response.statusCode() + " for " + discovery);
      }
      document = JSONObjectUtils.parse(response.body());
    } catch (IOException | ParseException e) {
      throw new IdentityProviderUnavailableException(
          "The identity provider does not answer at " + discovery + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityProviderUnavailableException("Interrupted while asking " + discovery, e);
    }
    if (!issuer.equals(document.get("issuer"))) {
      throw new IdentityProviderUnavailableException(
          "The discovery document names issuer "
              + document.get("issuer")
              + ", not the configured "
              + issuer
              + " (set the provider's hostname, or BRUG_OIDC_ISSUER, to match exactly)");
    }
    Endpoints read =
        new Endpoints(
            required(document, "authorization_endpoint"),
            required(document, "token_endpoint"),
            Optional.ofNullable(document.get("end_session_endpoint"))
                .map(String::valueOf)
                .map(URI::create),
            required(document, "jwks_uri"));
    if (endpoints == null || !read.keys().equals(endpoints.keys())) {
      keys = remoteKeys(read.keys());
    }
    endpoints = read;
    return read;
  }

  /** The endpoints as last read, reading them when they never were. */
  Endpoints endpoints() {
    Endpoints known = endpoints;
    return known != null ? known : endpointsNow();
  }

  /** Exchanges an authorisation code, proving possession of the PKCE verifier. */
  Tokens exchangeCode(String code, String codeVerifier, String redirectUri) throws GrantRefused {
    return tokenRequest(
        form(
            "grant_type", "authorization_code",
            "code", code,
            "code_verifier", codeVerifier,
            "redirect_uri", redirectUri,
            "client_id", clientId));
  }

  /** New tokens for a refresh token; refused once the provider's session ended. */
  Tokens refresh(String refreshToken) throws GrantRefused {
    return tokenRequest(
        form("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", clientId));
  }

  /**
   * The claims of an ID token of this provider for this client, after checking signature, issuer,
   * audience, expiry and (when given) the nonce of the sign-in it answers.
   */
  JWTClaimsSet verifyIdToken(String idToken, String expectedNonce) {
    JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder().issuer(issuer);
    if (expectedNonce != null) {
      exact.claim("nonce", expectedNonce);
    }
    return verify(
        idToken,
        exact.build(),
        Set.of("sub", "exp", "iat"),
        Set.of(),
        DefaultJOSEObjectTypeVerifier.JWT);
  }

  /** The claims of a back-channel logout token: signed, ours, with the logout event, no nonce. */
  JWTClaimsSet verifyLogoutToken(String logoutToken) {
    JWTClaimsSet claims =
        verify(
            logoutToken,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("iat"),
            Set.of("nonce"),
            LOGOUT_TOKEN_TYPES);
    try {
      Map<String, Object> events = claims.getJSONObjectClaim("events");
      if (events == null
          || !events.containsKey("http://schemas.openid.net/event/backchannel-logout")) {
        throw new SignInRefusedException("Dit is geen afmeldbericht van de aanmeldservice.");
      }
      if (claims.getSubject() == null && claims.getStringClaim("sid") == null) {
        throw new SignInRefusedException("Het afmeldbericht noemt geen sessie en geen gebruiker.");
      }
    } catch (ParseException e) {
      throw new SignInRefusedException(
          "Het afmeldbericht bevat gegevens van de verkeerde soort.", e);
    }
    return claims;
  }

  private JWTClaimsSet verify(
      String token,
      JWTClaimsSet exact,
      Set<String> required,
      Set<String> prohibited,
      JOSEObjectTypeVerifier<SecurityContext> types) {
    endpoints();
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(types);
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256), keys));
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            // mutable sets: nimbus asks contains(null), which Set.of(...) answers with an NPE
            new HashSet<>(Set.of(clientId)),
            exact,
            new HashSet<>(required),
            new HashSet<>(prohibited));
    claims.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
    processor.setJWTClaimsSetVerifier(claims);
    try {
      return processor.process(token, null);
    } catch (RemoteKeySourceException | JWKSetUnavailableException e) {
      throw new IdentityProviderUnavailableException(
          "The identity provider's signing keys cannot be fetched: " + e, e);
    } catch (BadJWTException e) {
      LOG.warning("A token of the identity provider failed its checks: " + e.getMessage());
      throw new SignInRefusedException(
          "Het antwoord van de aanmeldservice klopt niet (verlopen of niet voor Brug bedoeld)."
              + " Meld je opnieuw aan.",
          e);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      LOG.warning("A token of the identity provider has a bad signature: " + e.getMessage());
      throw new SignInRefusedException(
          "De handtekening van het antwoord van de aanmeldservice klopt niet. Meld je opnieuw aan.",
          e);
    }
  }

  private Tokens tokenRequest(String form) throws GrantRefused {
    URI tokenEndpoint = endpoints().token();
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (urlEncode(clientId) + ":" + urlEncode(clientSecret))
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(tokenEndpoint)
                  .timeout(REQUEST_TIMEOUT)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Accept", "application/json")
                  .header("Authorization", "Basic " + basic)
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IdentityProviderUnavailableException(
          "The identity provider's token endpoint does not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityProviderUnavailableException("Interrupted at the token endpoint", e);
    }
    if (response.statusCode() == 400 || response.statusCode() == 401) {
      throw new GrantRefused(response.body());
    }
    if (response.statusCode() != 200) {
      throw new IdentityProviderUnavailableException(
          "The identity provider's token endpoint answered " + response.statusCode());
    }
    try {
      Map<String, Object> body = JSONObjectUtils.parse(response.body());
      Object idToken = body.get("id_token");
      Object expiresIn = body.get("expires_in");
      return new Tokens(
          idToken == null ? null : String.valueOf(idToken),
          body.get("refresh_token") == null ? null : String.valueOf(body.get("refresh_token")),
          expiresIn instanceof Number number ? number.longValue() : 60);
    } catch (ParseException e) {
      throw new IdentityProviderUnavailableException(
          "The identity provider's token endpoint answered no JSON", e);
    }
  }

  static String form(String... namesAndValues) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      pairs.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return pairs.entrySet().stream()
        .map(e -> urlEncode(e.getKey()) + "=" + urlEncode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String urlEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static URI required(Map<String, Object> document, String name) {
    Object value = document.get(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IdentityProviderUnavailableException(
          "The identity provider's discovery document has no " + name);
    }
    return URI.create(text);
  }

  private static JWKSource<SecurityContext> remoteKeys(URI jwksUri) {
    try {
      return ProviderKeys.at(jwksUri);
    } catch (IllegalArgumentException e) {
      throw new IdentityProviderUnavailableException("The provider's jwks_uri is no URL", e);
    }
  }

  private static String stripSlash(String uri) {
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }
}
