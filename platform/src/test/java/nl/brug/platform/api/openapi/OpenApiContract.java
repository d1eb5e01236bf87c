package nl.brug.platform.api.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The OpenAPI document of a running Brug, as the contract its answers must keep: every JSON and
 * problem+json answer under {@code /api/v1} is validated against the schema the document gives for
 * that operation and status (and the headers it requires). The document is fetched once per server.
 */
public final class OpenApiContract {

  public static final String PATH = "/api/v1";
  public static final String DOCUMENT = PATH + "/openapi.json";

  /** Requests outside the document: an unknown path or method is what the test is about. */
  private static final Set<String> NOT_IN_THE_DOCUMENT =
      Set.of(
          "validation.request.path.missing",
          "validation.request.operation.notAllowed",
          "validation.response.path.missing",
          "validation.response.operation.notAllowed");

  private static final Map<String, OpenApiContract> BY_SERVER = new ConcurrentHashMap<>();

  private final OpenApiInteractionValidator validator;

  OpenApiContract(String document) {
    this.validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(document)
            .withBasePathOverride(PATH)
            .build();
  }

  public static OpenApiContract of(URL base) {
    return BY_SERVER.computeIfAbsent(base.toString(), server -> new OpenApiContract(fetch(base)));
  }

  /** The document as the server serves it. */
  public static String fetch(URL base) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base.toString()).resolve(DOCUMENT)).build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "GET " + DOCUMENT + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (Exception e) {
      throw new AssertionError("Could not fetch " + DOCUMENT + ": " + e, e);
    }
  }

  /**
   * Fails when a JSON answer under {@code /api/v1} does not match the document, naming the method,
   * path, status and what is wrong.
   */
  public void check(String method, URI uri, HttpResponse<String> response) {
    check(method, uri.getRawPath(), response.statusCode(), response.headers(), response.body());
  }

  void check(String method, String path, int status, HttpHeaders headers, String body) {
    String type = headers.firstValue("Content-Type").orElse("");
    if (!path.startsWith(PATH + "/") || path.equals(DOCUMENT) || !isJson(type)) {
      return;
    }
    SimpleResponse.Builder answer =
        SimpleResponse.Builder.status(status).withContentType(type).withBody(body);
    headers.map().forEach(answer::withHeader);
    ValidationReport report =
        validator.validateResponse(path, Request.Method.valueOf(method), answer.build());
    String errors =
        report.getMessages().stream()
            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
            .filter(m -> !NOT_IN_THE_DOCUMENT.contains(m.getKey()))
            .map(m -> "  - " + m.getKey() + ": " + m.getMessage())
            .collect(Collectors.joining("\n"));
    if (!errors.isEmpty()) {
      throw new AssertionError(
          method
              + " "
              + path
              + " answered "
              + status
              + " ("
              + type
              + "), which the OpenAPI document does not allow:\n"
              + errors
              + "\nbody: "
              + abbreviated(body));
    }
  }

  private static boolean isJson(String contentType) {
    String type = contentType.toLowerCase(java.util.Locale.ROOT);
    return type.startsWith("application/json") || type.startsWith("application/problem+json");
  }

  private static String abbreviated(String body) {
    return body.length() <= 2000 ? body : body.substring(0, 2000) + " …";
  }
}
