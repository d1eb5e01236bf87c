package nl.brug.auth.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How Brug runs, from configuration ({@code BRUG_MODE}): in {@code production} (the default, so a
 * WAR started without settings fails closed) the demo accounts are always refused; in {@code
 * development} (set by the run command and the tests) the demo accounts of the development identity
 * store work, unless the portal signs in through an identity provider ({@code
 * BRUG_OIDC_CLIENT_ID}).
 */
@ApplicationScoped
public class RunMode {

  public static final String MODE_KEY = "brug.mode";
  public static final String PRODUCTION = "production";
  public static final String DEVELOPMENT = "development";

  private String mode;
  private boolean identityProviderSignIn;

  protected RunMode() {
    // for CDI proxies
  }

  /** A run mode without portal sign-in through an identity provider. */
  public RunMode(String mode) {
    this(mode, Optional.empty());
  }

  @Inject
  public RunMode(
      @ConfigProperty(name = MODE_KEY, defaultValue = PRODUCTION) String mode,
      @ConfigProperty(name = "brug.oidc.client-id") Optional<String> portalClientId) {
    this.identityProviderSignIn = portalClientId.filter(id -> !id.isBlank()).isPresent();
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

  /**
   * Whether the demo accounts of the development identity store open the portal and the API: only
   * in development mode, and not when the portal signs in through an identity provider.
   */
  public boolean developmentAccountsAllowed() {
    return !isProduction() && !identityProviderSignIn;
  }
}
