package nl.brug.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.brug.auth.caller.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks bearer tokens of the identity provider (Keycloak) for the REST API: signature against the
 * provider's published keys (JWKS, cached), exact issuer, audience and expiry. Configured with
 * {@code BRUG_OIDC_ISSUER} (off when not set), {@code BRUG_OIDC_AUDIENCE} (default {@code
 * brug-api}) and {@code BRUG_OIDC_JWKS_URI} (default Keycloak's {@code
 * <issuer>/protocol/openid-connect/certs}).
 */
@ApplicationScoped
public class BearerTokens {

  /** Tolerated difference between our clock and the provider's. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  static final String DEFAULT_AUDIENCE = "brug-api";

  private Optional<ConfigurableJWTProcessor<SecurityContext>> processor = Optional.empty();
  private Optional<URI> keys = Optional.empty();

  protected BearerTokens() {
    // for CDI proxies
  }

  /** From configuration; without an issuer, no bearer token is accepted. */
  @Inject
  public BearerTokens(
      @ConfigProperty(name = "brug.oidc.issuer") Optional<String> issuer,
      @ConfigProperty(name = "brug.oidc.audience", defaultValue = DEFAULT_AUDIENCE) String audience,
      @ConfigProperty(name = "brug.oidc.jwks-uri") Optional<String> jwksUri) {
    Optional<String> configured = issuer.filter(s -> !s.isBlank());
    this.keys =
        configured.map(
            iss ->
                URI.create(
                    jwksUri
                        .filter(s -> !s.isBlank())
                        .orElse(stripSlash(iss) + "/protocol/openid-connect/certs")));
    this.processor =
        configured.map(
            iss -> processor(remoteKeys(keys.orElseThrow()), iss, audience, Clock.systemUTC()));
  }

  /** Where the identity provider publishes its signing keys, when one is configured. */
  public Optional<URI> keysAddress() {
    return keys;
  }

  /** Tokens of one issuer and audience, checked against these keys at this clock. */
  BearerTokens(JWKSource<SecurityContext> keys, String issuer, String audience, Clock clock) {
    this.processor = Optional.of(processor(keys, issuer, audience, clock));
  }

  /** Whether an identity provider is configured, so bearer tokens can be accepted at all. */
  public boolean enabled() {
    return processor.isPresent();
  }

  /**
   * The caller a token speaks for.
   *
   * @throws RefusedTokenException with a Dutch reason when the token is not accepted
   */
  public Caller verify(String token) {
    ConfigurableJWTProcessor<SecurityContext> checks =
        processor.orElseThrow(
            () ->
                new RefusedTokenException(
                    "Deze Brug neemt geen bearer-tokens aan: er is geen identity provider"
                        + " ingesteld (BRUG_OIDC_ISSUER)."));
    try {
      return TokenCaller.of(checks.process(token, null));
    } catch (RefusedClaim refused) {
      throw new RefusedTokenException(refused.getMessage(), refused);
    } catch (ParseException e) {
      throw new RefusedTokenException("Dit is geen geldig token (JWT).", e);
    } catch (RemoteKeySourceException e) {
      throw new RefusedTokenException(
          "De sleutels van de identity provider zijn nu niet op te halen; probeer het later"
              + " opnieuw.",
          e);
    } catch (BadJOSEException | JOSEException e) {
      throw new RefusedTokenException(
          "De handtekening van het token klopt niet, of het token is niet ondertekend.", e);
    }
  }

  private static ConfigurableJWTProcessor<SecurityContext> processor(
      JWKSource<SecurityContext> keys, String issuer, String audience, Clock clock) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(ProviderKeys.selector(keys));
    processor.setJWTClaimsSetVerifier(new ClaimChecks(issuer, audience, clock));
    return processor;
  }

  private static JWKSource<SecurityContext> remoteKeys(URI jwksUri) {
    try {
      return ProviderKeys.at(jwksUri);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("BRUG_OIDC_JWKS_URI is not a URL: " + jwksUri, e);
    }
  }

  private static String stripSlash(String uri) {
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  /** A claim that does not hold, with a Dutch reason. */
  static final class RefusedClaim extends BadJWTException {
    private static final long serialVersionUID = 1L;

    RefusedClaim(String dutchReason) {
      super(dutchReason);
    }
  }

  /** Issuer exactly, audience contains ours, not expired, not from the future. */
  private static final class ClaimChecks implements JWTClaimsSetVerifier<SecurityContext> {
    private final String issuer;
    private final String audience;
    private final Clock clock;

    ClaimChecks(String issuer, String audience, Clock clock) {
      this.issuer = issuer;
      this.audience = audience;
      this.clock = clock;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
      if (!issuer.equals(claims.getIssuer())) {
        throw new RefusedClaim("Het token is niet uitgegeven door de identity provider van Brug.");
      }
      List<String> audiences = claims.getAudience();
      if (audiences == null || !audiences.contains(audience)) {
        throw new RefusedClaim("Het token is niet bedoeld voor de Brug-API.");
      }
      Instant now = clock.instant();
      Date expires = claims.getExpirationTime();
      if (expires == null || expires.toInstant().plus(CLOCK_SKEW).isBefore(now)) {
        throw new RefusedClaim("Het token is verlopen. Vraag een nieuw token aan.");
      }
      Date notBefore = claims.getNotBeforeTime();
      if (notBefore != null && notBefore.toInstant().minus(CLOCK_SKEW).isAfter(now)) {
        throw new RefusedClaim("Het token is nog niet geldig.");
      }
    }
  }
}
