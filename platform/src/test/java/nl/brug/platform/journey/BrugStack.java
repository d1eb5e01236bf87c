package nl.brug.platform.journey;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole of Brug as people meet it, for the browser journeys: the real Keycloak of {@code
 * auth/keycloak} (started with {@code auth/keycloak/run} unless one already answers on 8180) and
 * the real WAR on Payara Micro, signing in through that Keycloak (BRUG_OIDC_CLIENT_ID set, so no
 * demo accounts). The portal client of the realm is pointed at this platform's port for the run
 * (redirect, post-logout and back-channel logout addresses) and put back afterwards.
 */
final class BrugStack implements AutoCloseable {

  static final String KEYCLOAK = "http://localhost:8180";
  static final String ISSUER = KEYCLOAK + "/realms/brug";
  static final String PORTAL_CLIENT = "brug-portal";
  static final String PORTAL_SECRET = "brug-portal-demo-secret";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final Path repo = Path.of(System.getProperty("brug.journey.repo", "..")).toAbsolutePath();
  private final Path dataDir =
      Path.of(System.getProperty("brug.journey.data.dir", "target/journey-data"));
  private final int port = freePort();
  private boolean startedKeycloak;
  private JsonObject originalPortalClient;
  private String portalClientId;
  private Process payara;

  /** Where the portal answers, e.g. {@code http://localhost:41234}. */
  String portal() {
    return "http://localhost:" + port;
  }

  boolean startedKeycloakItself() {
    return startedKeycloak;
  }

  BrugStack start() throws Exception {
    startKeycloak();
    pointPortalClientHere();
    startPlatform();
    return this;
  }

  private void startKeycloak() throws Exception {
    if (answers(ISSUER + "/.well-known/openid-configuration")) {
      return;
    }
    Path run = repo.resolve("auth/keycloak/run");
    ProcessBuilder builder =
        new ProcessBuilder(run.toString(), "--background")
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT);
    // The build running these tests may hold the usual Maven lock: fetch Keycloak beside it.
    builder.environment().put("BRUG_MAVEN_LOCK", "/tmp/brug-keycloak-fetch.lock");
    builder.environment().putIfAbsent("KEYCLOAK_START_TIMEOUT", "240");
    Process starting = builder.start();
    starting.getOutputStream().close();
    if (!starting.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
        || starting.exitValue() != 0) {
      starting.destroyForcibly();
      throw new IllegalStateException(
          "Keycloak did not start with " + run + "; see auth/target/keycloak/keycloak.log");
    }
    startedKeycloak = true;
  }

  /** Stops the Keycloak this stack started (for the "identity provider away" journey). */
  void stopKeycloak() throws Exception {
    if (!startedKeycloak) {
      throw new IllegalStateException("This stack did not start Keycloak; it does not stop it");
    }
    Process stopping =
        new ProcessBuilder(repo.resolve("auth/keycloak/stop").toString())
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .start();
    stopping.waitFor(60, TimeUnit.SECONDS);
    startedKeycloak = false;
  }

  private void pointPortalClientHere() throws Exception {
    String admin = adminToken();
    JsonArray found =
        readArray(
            send(
                HttpRequest.newBuilder(
                        URI.create(
                            KEYCLOAK + "/admin/realms/brug/clients?clientId=" + PORTAL_CLIENT))
                    .header("Authorization", "Bearer " + admin)
                    .GET()
                    .build(),
                200));
    originalPortalClient = found.getJsonObject(0);
    portalClientId = originalPortalClient.getString("id");
    JsonObjectBuilder client = Json.createObjectBuilder(originalPortalClient);
    client.add(
        "redirectUris",
        Json.createArrayBuilder(originalPortalClient.getJsonArray("redirectUris"))
            .add(portal() + "/*"));
    JsonObject attributes = originalPortalClient.getJsonObject("attributes");
    client.add(
        "attributes",
        Json.createObjectBuilder(attributes)
            .add(
                "post.logout.redirect.uris",
                attributes.getString("post.logout.redirect.uris", "") + "##" + portal() + "/*")
            .add("backchannel.logout.url", portal() + "/oidc/backchannel-logout")
            .add("backchannel.logout.session.required", "true"));
    putPortalClient(admin, client.build());
  }

  private void putPortalClient(String admin, JsonObject client) throws Exception {
    send(
        HttpRequest.newBuilder(
                URI.create(KEYCLOAK + "/admin/realms/brug/clients/" + portalClientId))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(client.toString()))
            .build(),
        204);
  }

  private void startPlatform() throws Exception {
    deleteRecursively(dataDir);
    Files.createDirectories(dataDir);
    Path log = dataDir.resolve("payara.log");
    payara =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Duser.language=nl",
                // development: the journeys need the demo data; sign-in goes through Keycloak
                "-Dbrug.mode=development",
                "-Dbrug.data.dir=" + dataDir.toAbsolutePath(),
                "-Dbrug.port=" + port,
                "-Dbrug.public-url=" + portal(),
                "-Dbrug.oidc.issuer=" + ISSUER,
                "-Dbrug.oidc.client-id=" + PORTAL_CLIENT,
                "-Dbrug.oidc.client-secret=" + PORTAL_SECRET,
                "-jar",
                System.getProperty("payara.microJar"),
                "--deploy",
                System.getProperty("brug.war"),
                "--port",
                String.valueOf(port),
                "--nocluster",
                "--rootDir",
                dataDir.resolve("payara").toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Instant until = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(until)) {
      if (!payara.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro stopped while starting Brug; the end of " + log + ":\n" + tail(log));
      }
      if (answers(portal() + "/health/ready")) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(
        "Brug was not ready within " + START_TIMEOUT + ":\n" + tail(log));
  }

  /** A token of Keycloak for a demo user, by the password grant (demo realm only). */
  String accessToken(String username) throws Exception {
    String form =
        "grant_type=password&client_id="
            + PORTAL_CLIENT
            + "&client_secret="
            + PORTAL_SECRET
            + "&scope=openid&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password=demo";
    return readObject(
            send(
                HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                200))
        .getString("access_token");
  }

  /** Ends every Keycloak session of a user, as an administrator does in the admin console. */
  void revokeSessionsOf(String username) throws Exception {
    String admin = adminToken();
    JsonArray users =
        readArray(
            send(
                HttpRequest.newBuilder(
                        URI.create(
                            KEYCLOAK
                                + "/admin/realms/brug/users?exact=true&username="
                                + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + admin)
                    .GET()
                    .build(),
                200));
    send(
        HttpRequest.newBuilder(
                URI.create(
                    KEYCLOAK
                        + "/admin/realms/brug/users/"
                        + users.getJsonObject(0).getString("id")
                        + "/logout"))
            .header("Authorization", "Bearer " + admin)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        204);
  }

  /** GET with an optional bearer token: status and body. */
  HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal() + path)).GET();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonObject readObject(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static JsonArray readArray(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readArray();
    }
  }

  private String adminToken() throws Exception {
    return readObject(
            send(
                HttpRequest.newBuilder(
                        URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                    .build(),
                200))
        .getString("access_token");
  }

  private String send(HttpRequest request, int expected) throws Exception {
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          request.method()
              + " "
              + request.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return response.body();
  }

  private boolean answers(String address) {
    try {
      return http.send(
                  HttpRequest.newBuilder(URI.create(address))
                      .timeout(Duration.ofSeconds(5))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() throws Exception {
    try {
      if (payara != null) {
        payara.destroy();
        if (!payara.waitFor(30, TimeUnit.SECONDS)) {
          payara.destroyForcibly();
        }
      }
      if (originalPortalClient != null && answers(ISSUER + "/.well-known/openid-configuration")) {
        putPortalClient(adminToken(), originalPortalClient);
      }
    } finally {
      if (startedKeycloak) {
        stopKeycloak();
      }
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port", e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
