package nl.brug.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

  private static Function<String, Optional<String>> settings(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  private static Map<String, String> complete() {
    Map<String, String> values = new HashMap<>();
    values.put("brug.oidc.issuer", "https://id.example.nl/realms/brug");
    values.put("brug.oidc.client-id", "brug-portal");
    values.put("brug.oidc.client-secret", "geheim");
    values.put("brug.public-url", "https://brug.example.nl");
    return values;
  }

  @Test
  void productionWithoutAnySetting_refusesToStart_namingEveryMissingVariable() {
    assertThatThrownBy(() -> ProductionSettings.check(true, settings(Map.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Brug start niet")
        .hasMessageContaining("Brug does not start")
        .hasMessageContaining(
            "BRUG_OIDC_ISSUER, BRUG_OIDC_CLIENT_ID, BRUG_OIDC_CLIENT_SECRET, BRUG_PUBLIC_URL")
        .hasMessageContaining("BRUG_MODE=development");
  }

  @Test
  void productionWithEverySetting_starts() {
    assertThatCode(() -> ProductionSettings.check(true, settings(complete())))
        .doesNotThrowAnyException();
  }

  @Test
  void productionMissingOnlyTheSecret_namesOnlyTheSecret() {
    Map<String, String> values = complete();
    values.remove("brug.oidc.client-secret");

    assertThat(ProductionSettings.missing(settings(values)))
        .containsExactly("BRUG_OIDC_CLIENT_SECRET");
  }

  @Test
  void blankSettingsAndAddressesThatAreNoHttpAddress_countAsMissing() {
    Map<String, String> values = complete();
    values.put("brug.oidc.client-id", "  ");
    values.put("brug.public-url", "brug.example.nl");
    values.put("brug.oidc.issuer", "ftp://id.example.nl");

    assertThat(ProductionSettings.missing(settings(values)))
        .containsExactly("BRUG_OIDC_ISSUER", "BRUG_OIDC_CLIENT_ID", "BRUG_PUBLIC_URL");
  }

  @Test
  void developmentMode_needsNoneOfThem() {
    assertThatCode(() -> ProductionSettings.check(false, settings(Map.of())))
        .doesNotThrowAnyException();
  }
}
