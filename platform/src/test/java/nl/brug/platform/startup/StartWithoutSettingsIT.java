package nl.brug.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real WAR on Payara Micro started as anyone would, without a single Brug setting: it runs in
 * production mode and refuses to start, naming the missing settings; the portal never answers.
 * Deliberately no Arquillian: the deployment is supposed to fail.
 */
class StartWithoutSettingsIT {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  @Test
  void aWarStartedWithoutSettings_refusesToStart_namingTheMissingSettings() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "start-without-settings"));
    Path log = dir.resolve("payara.log");
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of(System.getProperty("payara.microJar")).toAbsolutePath().toString(),
                "--deploy",
                Path.of(System.getProperty("brug.war")).toAbsolutePath().toString(),
                "--nocluster",
                "--port",
                String.valueOf(port),
                "--rootDir",
                dir.resolve("payara").toAbsolutePath().toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // No Brug setting from the environment of whoever runs the build either.
    builder.environment().keySet().removeIf(name -> name.startsWith("BRUG_"));
    Process payara = builder.start();
    try {
      String output = waitUntilPayaraIsDone(payara, log);

      assertThat(output)
          .contains("Brug start niet")
          .contains("Brug does not start")
          .contains(
              "BRUG_OIDC_ISSUER, BRUG_OIDC_CLIENT_ID, BRUG_OIDC_CLIENT_SECRET, BRUG_PUBLIC_URL")
          .doesNotContain("Brug staat klaar");
      assertThat(statusOf("http://localhost:" + port + "/"))
          .as("the portal never answers")
          .isNotEqualTo(200);
    } finally {
      payara.destroy();
      if (!payara.waitFor(30, TimeUnit.SECONDS)) {
        payara.destroyForcibly();
      }
    }
  }

  /** Payara Micro keeps running after a failed deployment: wait for its "ready" or its end. */
  private static String waitUntilPayaraIsDone(Process payara, Path log) throws Exception {
    Instant until = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(until)) {
      String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      if (!payara.isAlive() || output.matches("(?s).*Payara Micro .* ready in .*")) {
        return output;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError(
        "Payara Micro neither became ready nor stopped within " + START_TIMEOUT + "; see " + log);
  }

  private static int statusOf(String address) throws InterruptedException {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException refused) {
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
