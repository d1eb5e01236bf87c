package nl.brug.platform.startup;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What production mode cannot start without: the identity provider (issuer, the portal's client and
 * its secret) and the address people reach Brug at. Production is the default, so a WAR started
 * without settings refuses to start instead of running with demo sign-in or guessed addresses.
 */
public final class ProductionSettings {

  /** Configuration key to environment variable, in the order the message names them. */
  static final Map<String, String> REQUIRED = new LinkedHashMap<>();

  static {
    REQUIRED.put("brug.oidc.issuer", "BRUG_OIDC_ISSUER");
    REQUIRED.put("brug.oidc.client-id", "BRUG_OIDC_CLIENT_ID");
    REQUIRED.put("brug.oidc.client-secret", "BRUG_OIDC_CLIENT_SECRET");
    REQUIRED.put("brug.public-url", "BRUG_PUBLIC_URL");
  }

  private ProductionSettings() {}

  /**
   * The environment variables production mode misses (not set, blank, or for {@code
   * BRUG_PUBLIC_URL} and {@code BRUG_OIDC_ISSUER} not an absolute http(s) address).
   */
  static List<String> missing(Function<String, Optional<String>> config) {
    List<String> missing = new ArrayList<>();
    REQUIRED.forEach(
        (key, variable) -> {
          Optional<String> value = config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
          boolean address = key.equals("brug.public-url") || key.equals("brug.oidc.issuer");
          if (value.isEmpty() || (address && !isHttpAddress(value.get()))) {
            missing.add(variable);
          }
        });
    return missing;
  }

  /**
   * Stops the start in production mode when a required setting is missing, with a message in Dutch
   * and English naming every missing environment variable.
   *
   * @throws IllegalStateException naming what is missing
   */
  public static void check(boolean production, Function<String, Optional<String>> config) {
    if (!production) {
      return;
    }
    List<String> missing = missing(config);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(refusal(missing));
    }
  }

  static String refusal(List<String> missing) {
    String names = String.join(", ", missing);
    return "Brug start niet: in productiemodus (BRUG_MODE=production, de standaard) ontbreken "
        + names
        + " of kloppen ze niet (het adres van Brug en de identity provider voor het aanmelden)."
        + " Zet deze omgevingsvariabelen, of start voor ontwikkeling met BRUG_MODE=development."
        + " / Brug does not start: production mode (BRUG_MODE=production, the default) requires "
        + names
        + " (Brug's public http(s) address and the identity provider for signing in). Set these"
        + " environment variables, or set BRUG_MODE=development for development.";
  }

  private static boolean isHttpAddress(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute()
          && uri.getHost() != null
          && ("https".equalsIgnoreCase(uri.getScheme())
              || "http".equalsIgnoreCase(uri.getScheme()));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
