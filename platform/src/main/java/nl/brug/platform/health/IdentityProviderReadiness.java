package nl.brug.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import nl.brug.auth.token.BearerTokens;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the identity provider answers, for {@code /health/ready}: with {@code BRUG_OIDC_ISSUER}
 * set, its signing keys must be fetchable, or nobody can sign in with a token. Not a liveness
 * check: Brug itself stays up while the provider is away.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

  static final String NAME = "identity-provider";
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private BearerTokens tokens;

  protected IdentityProviderReadiness() {
    // for CDI proxies
  }

  @Inject
  public IdentityProviderReadiness(BearerTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public HealthCheckResponse call() {
    Optional<URI> keys = tokens.keysAddress();
    if (keys.isEmpty()) {
      return HealthCheckResponse.named(NAME)
          .up()
          .withData("configured", false)
          .withData("signIn", "development identity store")
          .build();
    }
    try {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(keys.get()).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return HealthCheckResponse.named(NAME)
          .status(answer.statusCode() == 200)
          .withData("keys", keys.get().toString())
          .withData("status", answer.statusCode())
          .build();
    } catch (IOException e) {
      return down(keys.get(), String.valueOf(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return down(keys.get(), "interrupted");
    }
  }

  private static HealthCheckResponse down(URI keys, String error) {
    return HealthCheckResponse.named(NAME)
        .down()
        .withData("keys", keys.toString())
        .withData("error", error)
        .build();
  }
}
