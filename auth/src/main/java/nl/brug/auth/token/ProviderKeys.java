package nl.brug.auth.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * The identity provider's published signing keys (JWKS), as every token check of Brug reads them:
 * cached for an hour, fetched again for an unknown key id, at most once per 10 seconds; and the
 * signature algorithms every token check accepts from them.
 */
public final class ProviderKeys {

  private ProviderKeys() {}

  /**
   * The keys published at this address.
   *
   * @throws IllegalArgumentException when the address is no URL
   */
  public static JWKSource<SecurityContext> at(URI jwksUri) {
    try {
      return JWKSourceBuilder.create(jwksUri.toURL())
          .cache(Duration.ofHours(1).toMillis(), Duration.ofSeconds(15).toMillis())
          .rateLimited(Duration.ofSeconds(10).toMillis())
          .build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a URL for signing keys: " + jwksUri, e);
    }
  }

  /** Selects the keys to verify a token's signature with: RS256, PS256 or ES256 only. */
  public static JWSKeySelector<SecurityContext> selector(JWKSource<SecurityContext> keys) {
    return new JWSVerificationKeySelector<>(
        Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256), keys);
  }
}
