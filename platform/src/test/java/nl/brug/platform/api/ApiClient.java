package nl.brug.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.brug.platform.api.openapi.OpenApiContract;

/**
 * Talks to the API of a deployed Brug in integration tests, as a demo account, and checks every
 * JSON answer against the OpenAPI document ({@link OpenApiContract}).
 */
public final class ApiClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final URL base;

  public ApiClient(URL base) {
    this.base = base;
  }

  public HttpResponse<String> get(String path, String credentials) throws Exception {
    return send(request(path, credentials, null).GET());
  }

  public HttpResponse<String> post(String path, String credentials, String json) throws Exception {
    return post(path, credentials, json, null);
  }

  public HttpResponse<String> post(String path, String credentials, String json, String ifMatch)
      throws Exception {
    return send(
        request(path, credentials, ifMatch)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> put(String path, String credentials, String json, String ifMatch)
      throws Exception {
    return send(
        request(path, credentials, ifMatch)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path, String credentials) throws Exception {
    return delete(path, credentials, null);
  }

  public HttpResponse<String> delete(String path, String credentials, String ifMatch)
      throws Exception {
    return send(request(path, credentials, ifMatch).DELETE());
  }

  public HttpResponse<String> postBytes(String path, String credentials, byte[] bytes)
      throws Exception {
    return send(
        request(path, credentials, null)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  public HttpResponse<byte[]> download(String path, String credentials) throws Exception {
    return HTTP.send(
        request(path, credentials, null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A download asking for one media type ({@code Accept}). */
  public HttpResponse<byte[]> download(String path, String credentials, String accept)
      throws Exception {
    return HTTP.send(
        request(path, credentials, null).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Sends the request; a JSON or problem+json answer must match the OpenAPI document (the
   * operation's schema for that status), or the test fails naming path, status and the mismatch.
   */
  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    HttpRequest built = request.build();
    HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
    OpenApiContract.of(base).check(built.method(), built.uri(), response);
    return response;
  }

  private HttpRequest.Builder request(String path, String credentials, String ifMatch) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
    if (credentials != null && credentials.startsWith("Bearer ")) {
      builder.header("Authorization", credentials);
    } else if (credentials != null) {
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return builder;
  }

  /**
   * Publishes an item through the real workflow: fatima (expert, Zwolle) creates and submits it,
   * noor (a second expert) approves it. Returns the item's id.
   */
  public String publish(String newItemJson) throws Exception {
    String items = "/api/v1/toolkit-items";
    HttpResponse<String> created = post(items, "fatima:demo", newItemJson);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = json(created).asJsonObject().getString("id");
    String transitions = items + "/" + id + "/transitions";
    String etag = get(items + "/" + id, "fatima:demo").headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> submitted =
        post(transitions, "fatima:demo", "{\"action\":\"submit-for-review\"}", etag);
    HttpResponse<String> approved =
        post(
            transitions,
            "noor:demo",
            "{\"action\":\"approve\"}",
            submitted.headers().firstValue("ETag").orElseThrow());
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    return id;
  }

  public static JsonStructure json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  /** Asserts an RFC 9457 problem with this status (and title, unless {@code null}). */
  public static JsonObject assertProblem(HttpResponse<String> response, int status, String title) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = json(response).asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).isNotBlank();
    if (title != null) {
      assertThat(problem.getString("title")).isEqualTo(title);
    }
    return problem;
  }
}
