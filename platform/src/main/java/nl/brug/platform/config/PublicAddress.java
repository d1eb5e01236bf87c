package nl.brug.platform.config;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where people reach Brug: {@code BRUG_PUBLIC_URL}, or {@code http://localhost:<port>} when it is
 * not set (the run command passes the port it starts on).
 */
public final class PublicAddress {

  private PublicAddress() {}

  public static String get() {
    return get(ConfigProvider.getConfig(PublicAddress.class.getClassLoader()));
  }

  static String get(Config config) {
    String url =
        config
            .getOptionalValue("brug.public-url", String.class)
            .filter(value -> !value.isBlank())
            .orElseGet(
                () ->
                    "http://localhost:"
                        + config.getOptionalValue("brug.port", Integer.class).orElse(8080));
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
