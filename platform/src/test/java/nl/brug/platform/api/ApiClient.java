package nl.brug.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

  /** An answer read off the wire by {@link #raw}: status, headers (names in lower case), body. */
  public record RawResponse(int status, Map<String, String> headers, String body) {

    public JsonObject problem() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  /**
   * Sends one HTTP/1.0 request as written, for what {@link HttpClient} refuses to send: a forged
   * {@code Host}, a broken {@code Accept}, a path the URI class would not accept. {@code head} is
   * the request line and headers, without the blank line that ends them.
   */
  public RawResponse raw(String head, String body) throws Exception {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String headers = head + "\r\nConnection: close\r\n";
      if (body != null) {
        headers += "Content-Length: " + content.length + "\r\n";
      }
      out.write((headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      String[] lines = (end < 0 ? answer : answer.substring(0, end)).split("\r\n");
      Map<String, String> names = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          names.put(
              lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
              lines[i].substring(colon + 1).strip());
        }
      }
      return new RawResponse(
          Integer.parseInt(lines[0].split(" ")[1]),
          names,
          end < 0 ? "" : answer.substring(end + 4));
    }
  }

  /** Basic credentials as a header line, for {@link #raw}. */
  public static String basic(String credentials) {
    return "Authorization: Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
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
