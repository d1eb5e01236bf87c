package nl.brug.auth.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenClaimsVerifier;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import nl.brug.auth.token.BearerTokens;
import nl.brug.auth.token.ProviderKeys;

/**
 * The identity provider as the portal's OpenID Connect client sees it: its discovery document,
 * token endpoint and signing keys, spoken to with the Nimbus OAuth 2.0 / OpenID Connect SDK. Short
 * timeouts, so an unreachable provider is noticed in seconds, not minutes.
 */
class OidcProvider {

  private static final Logger LOG = Logger.getLogger(OidcProvider.class.getName());

  static final Duration CLOCK_SKEW = BearerTokens.CLOCK_SKEW;

  /**
   * Keycloak (since 25) types its logout tokens {@code logout+jwt}, as the back-channel logout spec
   * recommends; older ones say {@code JWT}.
   */
  private static final DefaultJOSEObjectTypeVerifier<SecurityContext> LOGOUT_TOKEN_TYPES =
      new DefaultJOSEObjectTypeVerifier<>(
          new JOSEObjectType("logout+jwt"), JOSEObjectType.JWT, null);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(8);

  /** The provider's endpoints, from its discovery document. */
  record Endpoints(URI authorization, URI token, Optional<URI> endSession, URI keys) {}

  /** The token endpoint refused the grant (e.g. the provider's session ended): HTTP 400/401. */
  static final class GrantRefused extends Exception {
    private static final long serialVersionUID = 1L;

    GrantRefused(String message) {
      super(message);
    }
  }

  private final Issuer issuer;
  private final ClientID clientId;
  private final ClientAuthentication clientAuthentication;
  private volatile Endpoints endpoints;
  private volatile JWSKeySelector<SecurityContext> keys;

  OidcProvider(String issuer, String clientId, String clientSecret) {
    this.issuer = new Issuer(issuer);
    this.clientId = new ClientID(clientId);
    this.clientAuthentication = new ClientSecretBasic(this.clientId, new Secret(clientSecret));
  }

  ClientID clientId() {
    return clientId;
  }

  /**
   * The endpoints, read afresh: a sign-in only starts when the provider answers now.
   *
   * @throws IdentityProviderUnavailableException when it does not
   */
  Endpoints endpointsNow() {
    OIDCProviderMetadata metadata;
    try {
      metadata = OIDCProviderMetadata.resolve(issuer, OidcProvider::withTimeouts);
    } catch (IOException e) {
      throw new IdentityProviderUnavailableException(
          "The identity provider does not answer at " + issuer + ": " + e, e);
    } catch (GeneralException e) {
      boolean otherIssuer = e.getMessage() != null && e.getMessage().contains("issuer");
      throw new IdentityProviderUnavailableException(
          "The identity provider's discovery document at "
              + issuer
              + " is not usable: "
              + e.getMessage()
              + (otherIssuer
                  ? " (it must name BRUG_OIDC_ISSUER exactly: set the provider's hostname, or"
                      + " BRUG_OIDC_ISSUER, to match)"
                  : ""),
          e);
    }
    Endpoints read =
        new Endpoints(
            required(metadata.getAuthorizationEndpointURI(), "authorization_endpoint"),
            required(metadata.getTokenEndpointURI(), "token_endpoint"),
            Optional.ofNullable(metadata.getEndSessionEndpointURI()),
            required(metadata.getJWKSetURI(), "jwks_uri"));
    if (endpoints == null || !read.keys().equals(endpoints.keys())) {
      try {
        keys = ProviderKeys.selector(ProviderKeys.at(read.keys()));
      } catch (IllegalArgumentException e) {
        throw new IdentityProviderUnavailableException("The provider's jwks_uri is no URL", e);
      }
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
  OIDCTokens exchangeCode(AuthorizationCode code, CodeVerifier verifier, URI redirectUri)
      throws GrantRefused {
    return tokenRequest(new AuthorizationCodeGrant(code, redirectUri, verifier));
  }

  /** New tokens for a refresh token; refused once the provider's session ended. */
  OIDCTokens refresh(String refreshToken) throws GrantRefused {
    return tokenRequest(new RefreshTokenGrant(new RefreshToken(refreshToken)));
  }

  /**
   * The claims of an ID token of this provider for this client, after checking signature, issuer,
   * audience, expiry and (when given) the nonce of the sign-in it answers.
   */
  JWTClaimsSet verifyIdToken(JWT idToken, Nonce expectedNonce) {
    IDTokenValidator validator = new IDTokenValidator(issuer, clientId, keys(), null);
    validator.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
    try {
      return validator.validate(idToken, expectedNonce).toJWTClaimsSet();
    } catch (BadJOSEException | JOSEException | com.nimbusds.oauth2.sdk.ParseException e) {
      throw refusal(
          e, "Het antwoord van de aanmeldservice klopt niet (verlopen of niet voor Brug bedoeld).");
    }
  }

  /**
   * The claims of a back-channel logout token: signed, ours, with the logout event, a session or a
   * subject, no nonce. The SDK's {@code LogoutTokenValidator} has no setting for the clock skew, so
   * its claim checks run here with Brug's one skew and key source.
   */
  LogoutTokenClaimsSet verifyLogoutToken(String logoutToken) {
    LogoutTokenClaimsVerifier claims = new LogoutTokenClaimsVerifier(issuer, clientId);
    claims.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(LOGOUT_TOKEN_TYPES);
    processor.setJWSKeySelector(keys());
    processor.setJWTClaimsSetVerifier(claims);
    try {
      return new LogoutTokenClaimsSet(processor.process(logoutToken, null));
    } catch (BadJOSEException
        | JOSEException
        | ParseException
        | com.nimbusds.oauth2.sdk.ParseException e) {
      throw refusal(e, "Het afmeldbericht van de aanmeldservice klopt niet.");
    }
  }

  private JWSKeySelector<SecurityContext> keys() {
    endpoints();
    return keys;
  }

  /** Keys that cannot be fetched mean the provider is away; anything else is a refusal. */
  private static RuntimeException refusal(Exception e, String dutchReason) {
    if (e instanceof KeySourceException) {
      return new IdentityProviderUnavailableException(
          "The identity provider's signing keys cannot be fetched: " + e, e);
    }
    if (e instanceof BadJWTException) {
      LOG.warning("A token of the identity provider failed its checks: " + e.getMessage());
      return new SignInRefusedException(dutchReason + " Meld je opnieuw aan.", e);
    }
    LOG.warning("A token of the identity provider has a bad signature or form: " + e.getMessage());
    return new SignInRefusedException(
        "De handtekening van het antwoord van de aanmeldservice klopt niet. Meld je opnieuw aan.",
        e);
  }

  private OIDCTokens tokenRequest(AuthorizationGrant grant) throws GrantRefused {
    HTTPRequest request =
        new TokenRequest(endpoints().token(), clientAuthentication, grant).toHTTPRequest();
    withTimeouts(request);
    HTTPResponse response;
    try {
      response = request.send();
    } catch (IOException e) {
      throw new IdentityProviderUnavailableException(
          "The identity provider's token endpoint does not answer: " + e, e);
    }
    if (response.getStatusCode() == 400 || response.getStatusCode() == 401) {
      throw new GrantRefused(response.getBody());
    }
    if (response.getStatusCode() != 200) {
      throw new IdentityProviderUnavailableException(
          "The identity provider's token endpoint answered " + response.getStatusCode());
    }
    try {
      TokenResponse parsed = OIDCTokenResponseParser.parse(response);
      return ((OIDCTokenResponse) parsed.toSuccessResponse()).getOIDCTokens();
    } catch (com.nimbusds.oauth2.sdk.ParseException | ClassCastException e) {
      throw new IdentityProviderUnavailableException(
          "The identity provider's token endpoint answered no token response: " + e, e);
    }
  }

  private static void withTimeouts(HTTPRequest request) {
    request.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
    request.setReadTimeout((int) READ_TIMEOUT.toMillis());
    request.setFollowRedirects(false);
  }

  private static URI required(URI value, String name) {
    if (value == null) {
      throw new IdentityProviderUnavailableException(
          "The identity provider's discovery document has no " + name);
    }
    return value;
  }
}
