package nl.brug.platform.api.problem;

import jakarta.ws.rs.core.Response.Status;
import java.net.URI;

/** The kinds of problem the API reports, each with its status and Dutch title. */
public enum ProblemType {
  BAD_REQUEST(Status.BAD_REQUEST, "Ongeldig verzoek"),
  INVALID_JSON(Status.BAD_REQUEST, "Ongeldige JSON"),
  VALIDATION(Status.BAD_REQUEST, "Niet alle gegevens zijn goed ingevuld"),
  UNAUTHENTICATED(Status.UNAUTHORIZED, "Niet aangemeld"),
  FORBIDDEN(Status.FORBIDDEN, "Geen toegang"),
  NOT_FOUND(Status.NOT_FOUND, "Niet gevonden"),
  METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "Deze methode kan hier niet"),
  NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "Dit formaat kan de API niet leveren"),
  CONFLICT(Status.CONFLICT, "Dit kan nu niet"),
  PRECONDITION_FAILED(Status.PRECONDITION_FAILED, "Iemand anders was je voor"),
  PRECONDITION_REQUIRED(428, "Versie ontbreekt"),
  TOO_MANY_REQUESTS(429, "Te veel pogingen"),
  UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "Dit formaat kan de API niet lezen"),
  INTERNAL(Status.INTERNAL_SERVER_ERROR, "Er ging iets mis aan onze kant");

  private final int statusCode;
  private final String title;

  ProblemType(Status status, String title) {
    this(status.getStatusCode(), title);
  }

  ProblemType(int status, String title) {
    this.statusCode = status;
    this.title = title;
  }

  public int statusCode() {
    return statusCode;
  }

  public String title() {
    return title;
  }

  /** A stable identifier of the problem kind, e.g. {@code urn:brug:problem:not-found}. */
  public URI uri() {
    return URI.create(
        "urn:brug:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }

  public Problem with(String detail, URI instance) {
    return new Problem(uri(), title, statusCode, detail, instance, null);
  }

  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.statusCode == status && type != INVALID_JSON && type != VALIDATION) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : BAD_REQUEST;
  }
}
