package nl.brug.platform.api.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.brug.auth.caller.NotSignedInException;
import nl.brug.auth.refusal.Invalid;
import nl.brug.auth.refusal.Refusal;
import nl.brug.auth.signin.SignInThrottledException;

/** The one error mapper of the API: every failure becomes RFC 9457 problem+json in Dutch. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable failure) {
    URI instance = uriInfo == null ? null : URI.create(uriInfo.getRequestUri().getRawPath());
    InvalidParameterException invalidParameter = causeOf(failure, InvalidParameterException.class);
    if (invalidParameter
        != null) { // also when JAX-RS wrapped it (parameter converters, body readers)
      ProblemType type = ProblemType.VALIDATION;
      return respond(
          new Problem(
              type.uri(),
              type.title(),
              type.statusCode(),
              "Verbeter wat in invalidParams genoemd wordt en probeer het opnieuw.",
              instance,
              List.of(
                  new Problem.InvalidParam(
                      invalidParameter.name(), invalidParameter.getMessage()))));
    }
    if (failure instanceof Refusal refusal) {
      return respond(problemOf(refusal, instance));
    }
    if (failure instanceof NotSignedInException) {
      return respond(
          ProblemType.UNAUTHENTICATED.with("Meld je aan om dit te gebruiken.", instance));
    }
    if (failure instanceof SignInThrottledException throttled) {
      Problem problem = ProblemType.TOO_MANY_REQUESTS.with(throttled.getMessage(), instance);
      return Response.status(problem.status())
          .type(Problem.MEDIA)
          .entity(problem)
          .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds())
          .build();
    }
    if (failure instanceof MissingVersionException missing) {
      return respond(ProblemType.PRECONDITION_REQUIRED.with(missing.getMessage(), instance));
    }
    if (failure instanceof ConstraintViolationException invalid) {
      return respond(validation(invalid, instance));
    }
    if (isJsonFailure(failure)) {
      return respond(
          ProblemType.INVALID_JSON.with(
              "De inhoud van het verzoek is geen geldige JSON of past niet bij wat hier verwacht"
                  + " wordt. Controleer de haakjes, aanhalingstekens en veldnamen.",
              instance));
    }
    if (failure instanceof WebApplicationException web) {
      return fromWebApplicationException(web, instance);
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure " + reference + " at " + instance, failure);
    return respond(
        ProblemType.INTERNAL.with(
            "Probeer het later opnieuw. Noem bij contact met de beheerder deze code: " + reference,
            instance));
  }

  /**
   * The one mapping of the refusals: each kind its status and type, the Dutch text as detail, and
   * the fields of invalid input as {@code invalidParams}.
   */
  static Problem problemOf(Refusal refusal, URI instance) {
    String detail = refusal.defaultText();
    return switch (refusal.refusalKind()) {
      case NOT_FOUND -> ProblemType.NOT_FOUND.with(detail, instance);
      case NOT_ALLOWED -> ProblemType.FORBIDDEN.with(detail, instance);
      case CONFLICT -> ProblemType.CONFLICT.with(detail, instance);
      case STALE_VERSION -> ProblemType.PRECONDITION_FAILED.with(detail, instance);
      case INVALID -> invalid((Invalid) refusal, instance);
    };
  }

  private static Problem invalid(Invalid refusal, URI instance) {
    if (refusal.fields().isEmpty()) {
      return ProblemType.BAD_REQUEST.with(refusal.defaultText(), instance);
    }
    ProblemType type = ProblemType.VALIDATION;
    return new Problem(
        type.uri(),
        type.title(),
        type.statusCode(),
        "Niet opgeslagen. Verbeter wat in invalidParams genoemd wordt en probeer het opnieuw.",
        instance,
        refusal.fields().stream()
            .map(field -> new Problem.InvalidParam(field, refusal.defaultText()))
            .toList());
  }

  private Response fromWebApplicationException(WebApplicationException web, URI instance) {
    Response original = web.getResponse();
    int status = original.getStatus();
    ProblemType type = ProblemType.forStatus(status);
    String detail;
    if (web instanceof NotFoundException) {
      detail = "Dit adres bestaat niet in de API: " + instance + ".";
    } else if (web instanceof NotAllowedException) {
      detail = "Toegestaan op dit adres: " + String.join(", ", original.getAllowedMethods()) + ".";
    } else if (web instanceof NotAuthorizedException) {
      detail = web.getMessage();
    } else if (status == 403) {
      detail = "Je rol geeft geen toegang tot deze handeling.";
    } else if (status == 415) {
      detail = "Stuur de gegevens als application/json.";
    } else if (status == 406) {
      detail = "Deze API levert application/json (fouten als application/problem+json).";
    } else {
      detail = status >= 500 ? "Probeer het later opnieuw." : web.getMessage();
    }
    Problem problem = new Problem(type.uri(), type.title(), status, detail, instance, null);
    Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA).entity(problem);
    copyHeader(original, builder, HttpHeaders.WWW_AUTHENTICATE);
    copyHeader(original, builder, HttpHeaders.ALLOW);
    return builder.build();
  }

  private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
    List<Object> values = from.getHeaders().get(name);
    if (values != null) {
      values.forEach(value -> to.header(name, value));
    }
  }

  private static Problem validation(ConstraintViolationException invalid, URI instance) {
    List<Problem.InvalidParam> params =
        invalid.getConstraintViolations().stream()
            .map(v -> new Problem.InvalidParam(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.InvalidParam::name))
            .toList();
    ProblemType type = ProblemType.VALIDATION;
    return new Problem(
        type.uri(),
        type.title(),
        type.statusCode(),
        "Verbeter de velden in invalidParams en probeer het opnieuw.",
        instance,
        params);
  }

  /**
   * The last named node of the path: {@code createTeam.team.name} becomes {@code name}, and an
   * element of a list is named by its list ({@code themes}).
   */
  static String fieldName(ConstraintViolation<?> violation) {
    String name = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        name = node.getName();
      }
    }
    return name;
  }

  private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private static boolean isJsonFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonException) {
        return true;
      }
    }
    return false;
  }

  private static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA).entity(problem).build();
  }
}
