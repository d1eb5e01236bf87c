package nl.brug.platform.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as RFC 9457 problem details, with Dutch {@code title} and {@code detail}. {@code
 * invalidParams} names the fields of a refused request body or parameter.
 */
@Schema(name = "Problem", description = "Foutmelding volgens RFC 9457")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "invalidParams"})
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    URI instance,
    List<InvalidParam> invalidParams) {

  public static final String MEDIA_TYPE = "application/problem+json";
  // built directly (not parsed), so the record is usable without a JAX-RS runtime, as in unit tests
  public static final MediaType MEDIA = new MediaType("application", "problem+json");

  /** One refused field: its name and why, in Dutch. */
  @Schema(name = "InvalidParam")
  public record InvalidParam(String name, String reason) {}

  public Problem {
    invalidParams =
        invalidParams == null || invalidParams.isEmpty() ? null : List.copyOf(invalidParams);
  }
}
