package nl.brug.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens the tests sign themselves: only a token of our issuer, for our audience, signed
 * with the issuer's published key and not expired, admits its bearer, as the caller its claims
 * name.
 */
class BearerTokensTest {

  private static final String ISSUER = "http://localhost:8180/realms/brug";
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static final RSAKey ISSUER_KEY = generate("issuer");
  private static final RSAKey OTHER_KEY = generate("issuer");

  private final BearerTokens tokens =
      new BearerTokens(
          new ImmutableJWKSet<>(new JWKSet(ISSUER_KEY.toPublicJWK())),
          ISSUER,
          "brug-api",
          Clock.fixed(NOW, ZoneOffset.UTC));

  private static RSAKey generate(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JWTClaimsSet.Builder zwolleProfessional() {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("5f0c1a2e-sanne")
        .audience(List.of("brug-api", "account"))
        .issueTime(Date.from(NOW.minusSeconds(60)))
        .expirationTime(Date.from(NOW.plusSeconds(240)))
        .claim("preferred_username", "sanne")
        .claim("name", "Sanne de Vries")
        .claim("groups", List.of("professional", "offline_access"))
        .claim("municipality", "GM0193")
        .claim("team", "zwolle-zuid");
  }

  private static String signed(RSAKey key, JWTClaimsSet claims) {
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

  private String token(UnaryOperator<JWTClaimsSet.Builder> change) {
    return signed(ISSUER_KEY, change.apply(zwolleProfessional()).build());
  }

  @Test
  void aValidToken_admitsItsBearer_asTheCallerItsClaimsName() {
    Caller caller = tokens.verify(token(c -> c));

    assertThat(caller)
        .isEqualTo(
            new Caller(
                "sanne",
                "Sanne de Vries",
                java.util.EnumSet.of(Role.PROFESSIONAL),
                "GM0193",
                "zwolle-zuid"));
  }

  @Test
  void keycloaksRealmRoles_andSeveralMunicipalities_areRead() {
    Caller expert =
        tokens.verify(
            token(
                c ->
                    c.claim("groups", null)
                        .claim("municipality", null)
                        .claim("team", null)
                        .claim(
                            "realm_access", Map.of("roles", List.of("expert", "uma_authorization")))
                        .claim("municipalities", List.of("GM0243", "GM0193"))));

    assertThat(expert.roles()).containsExactly(Role.EXPERT);
    assertThat(expert.municipalityCode()).isEqualTo("GM0193");
    assertThat(expert.teamCode()).isNull();
  }

  @Test
  void anExpiredToken_isRefused() {
    String expired =
        token(
            c ->
                c.issueTime(Date.from(NOW.minus(Duration.ofMinutes(10))))
                    .expirationTime(Date.from(NOW.minus(Duration.ofMinutes(5)))));

    assertThatThrownBy(() -> tokens.verify(expired))
        .isInstanceOf(RefusedTokenException.class)
        .hasMessageContaining("verlopen");
  }

  @Test
  void aTokenJustPastExpiry_isStillAccepted_withinTheClockSkew() {
    assertThat(tokens.verify(token(c -> c.expirationTime(Date.from(NOW.minusSeconds(10))))))
        .extracting(Caller::username)
        .isEqualTo("sanne");
  }

  @Test
  void aTokenOfAnotherIssuer_isRefused() {
    assertThatThrownBy(
            () -> tokens.verify(token(c -> c.issuer("http://localhost:8180/realms/master"))))
        .isInstanceOf(RefusedTokenException.class)
        .hasMessageContaining("niet uitgegeven door de identity provider van Brug");
  }

  @Test
  void aTokenForAnotherAudience_isRefused() {
    assertThatThrownBy(() -> tokens.verify(token(c -> c.audience("account"))))
        .isInstanceOf(RefusedTokenException.class)
        .hasMessageContaining("niet bedoeld voor de Brug-API");
  }

  @Test
  void aTokenSignedWithAnotherKey_isRefused() {
    String forged = signed(OTHER_KEY, zwolleProfessional().build());

    assertThatThrownBy(() -> tokens.verify(forged))
        .isInstanceOf(RefusedTokenException.class)
        .hasMessageContaining("handtekening");
  }

  @Test
  void aTokenWhoseClaimsWereChangedAfterSigning_isRefused() {
    String[] parts = token(c -> c).split("\\.");
    String hilversum =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                zwolleProfessional()
                    .claim("municipality", "GM0402")
                    .build()
                    .toString()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThatThrownBy(() -> tokens.verify(parts[0] + "." + hilversum + "." + parts[2]))
        .isInstanceOf(RefusedTokenException.class)
        .hasMessageContaining("handtekening");
  }

  @Test
  void anUnsignedToken_isRefused() {
    String unsigned = new PlainJWT(new PlainHeader(), zwolleProfessional().build()).serialize();

    assertThatThrownBy(() -> tokens.verify(unsigned))
        .isInstanceOf(RefusedTokenException.class)
        .hasMessageContaining("niet ondertekend");
  }

  @Test
  void somethingThatIsNoToken_isRefused() {
    assertThatThrownBy(() -> tokens.verify("demo:demo"))
        .isInstanceOf(RefusedTokenException.class)
        .hasMessageContaining("geen geldig token");
  }

  @Test
  void withoutAConfiguredIssuer_noTokenIsAccepted() {
    BearerTokens off =
        new BearerTokens(java.util.Optional.empty(), "brug-api", java.util.Optional.empty());

    assertThat(off.enabled()).isFalse();
    assertThatThrownBy(() -> off.verify(token(c -> c)))
        .isInstanceOf(RefusedTokenException.class)
        .hasMessageContaining("BRUG_OIDC_ISSUER");
  }
}
