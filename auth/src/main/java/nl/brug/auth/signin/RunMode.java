package nl.brug.auth.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How Brug runs, from configuration ({@code BRUG_MODE}): in {@code development} (the default) the
 * demo accounts of the development identity store work; in {@code production} they are refused.
 */
@ApplicationScoped
public class RunMode {

  public static final String MODE_KEY = "brug.mode";
  public static final String PRODUCTION = "production";
  public static final String DEVELOPMENT = "development";

  private String mode;

  protected RunMode() {
    // for CDI proxies
  }

  @Inject
  public RunMode(@ConfigProperty(name = MODE_KEY, defaultValue = DEVELOPMENT) String mode) {
    String normalised = mode.trim().toLowerCase(java.util.Locale.ROOT);
    if (!normalised.equals(PRODUCTION) && !normalised.equals(DEVELOPMENT)) {
      throw new IllegalArgumentException(
          "BRUG_MODE must be 'development' or 'production', not '" + mode + "'");
    }
    this.mode = normalised;
  }

  public boolean isProduction() {
    return PRODUCTION.equals(mode);
  }

  public boolean developmentAccountsAllowed() {
    return !isProduction();
  }
}
