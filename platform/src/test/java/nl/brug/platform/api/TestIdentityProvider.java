package nl.brug.platform.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The identity provider the integration tests play: it publishes its public key at the JWKS address
 * the platform under test is configured with ({@code brug.it.oidc.*} in the POM) and signs tokens
 * as Keycloak would. Started once per test JVM.
 */
public final class TestIdentityProvider {

  public static final String ISSUER = System.getProperty("brug.it.oidc.issuer");
  private static final String JWKS = System.getProperty("brug.it.oidc.jwks-uri");
  private static final RSAKey KEY = key("it-key");
  private static final RSAKey OTHER_KEY = key("it-key");

  static {
    serveKeys();
  }

  private static volatile boolean away;

  private TestIdentityProvider() {}

  /** Makes sure the provider listens (it starts with the first use of this class). */
  public static void start() {
    // the static initialiser did it
  }

  /** While {@code true}, the provider answers 503, as an identity provider that is down. */
  public static void away(boolean isAway) {
    away = isAway;
  }

  private static RSAKey key(String id) {
    try {
      return new RSAKeyGenerator(2048).keyID(id).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void serveKeys() {
    java.net.URI jwks = java.net.URI.create(JWKS);
    byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(jwks.getHost(), jwks.getPort()), 0);
      server.createContext(
          jwks.getPath(),
          exchange -> {
            if (away) {
              exchange.sendResponseHeaders(503, -1);
              exchange.close();
              return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.setExecutor(null);
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The test identity provider cannot listen at " + JWKS + " (port taken?)", e);
    }
  }

  /** The claims Keycloak gives a Zwolle professional, for the API, valid for five minutes. */
  public static JWTClaimsSet.Builder zwolleProfessional() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("it-sanne")
        .audience(List.of("brug-api"))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("preferred_username", "sanne")
        .claim("name", "Sanne de Vries")
        .claim("groups", List.of("professional"))
        .claim("municipality", "GM0193")
        .claim("team", "zwolle-zuid");
  }

  /** An {@code Authorization} value with a token signed by this provider. */
  public static String bearer(UnaryOperator<JWTClaimsSet.Builder> claims) {
    return "Bearer " + sign(KEY, claims.apply(zwolleProfessional()).build());
  }

  /** An {@code Authorization} value with a token signed by a key the provider never published. */
  public static String forgedBearer() {
    return "Bearer " + sign(OTHER_KEY, zwolleProfessional().build());
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
