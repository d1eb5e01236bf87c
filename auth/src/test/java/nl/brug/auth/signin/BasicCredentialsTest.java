package nl.brug.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  private static String basic(String value) {
    return "Basic " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicHeader_givesUsernameAndPassword_passwordMayContainColons() {
    UsernamePasswordCredential credential =
        (UsernamePasswordCredential) BasicCredentials.from(basic("fatima:ge:heim")).orElseThrow();

    assertThat(credential.getCaller()).isEqualTo("fatima");
    assertThat(credential.getPasswordAsString()).isEqualTo("ge:heim");
  }

  @Test
  void schemeIsCaseInsensitive() {
    assertThat(BasicCredentials.from(basic("a:b").replace("Basic", "bAsIc"))).isPresent();
  }

  @Test
  void noHeaderOrAnotherScheme_isNoCredential() {
    assertThat(BasicCredentials.from(null)).isEmpty();
    assertThat(BasicCredentials.from("Bearer abc.def.ghi")).isEmpty();
  }

  @Test
  void malformedBasicHeader_isACredentialNobodyAccepts_notAnonymous() {
    UsernamePasswordCredential credential =
        (UsernamePasswordCredential) BasicCredentials.from("Basic %%%not-base64").orElseThrow();

    assertThat(credential.getCaller()).isEmpty();
  }
}
