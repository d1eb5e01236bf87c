package nl.brug.platform.api.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error under {@code /api} is problem+json, also those the API's error mapper never sees: a
 * status JAX-RS answers without a body (an {@code Accept} header it cannot read, which the servlet
 * container would dress as an HTML page), an error the container itself reports with {@code
 * sendError}, and a failure that escapes a servlet. Errors of the API resources themselves go
 * through {@link ProblemMapper}; this filter is the one place for the rest, and {@link #write} the
 * one place that writes a problem outside JAX-RS.
 *
 * <p>Not reachable from here, nor from a web.xml error page: what Payara refuses before it maps the
 * request to an application. A request line or headers over the HTTP listener's buffer (8 KiB) get
 * Grizzly's empty "400 Bad Request"; {@code %00} in the path gets the connector's empty "400
 * Invalid URI" (its URI normalisation runs before the web module is chosen).
 */
@WebFilter(
    filterName = "ApiErrorFilter",
    urlPatterns = {"/api", "/api/*"})
public class ApiErrorFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ApiErrorFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    URI instance = instance(request);
    try {
      chain.doFilter(request, new ProblemOnSendError(response, instance));
    } catch (IOException | ServletException | RuntimeException failure) {
      if (response.isCommitted()) {
        throw failure;
      }
      String reference = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected failure " + reference + " at " + instance, failure);
      response.reset();
      write(
          response,
          ProblemType.INTERNAL.with(
              "Probeer het later opnieuw. Noem bij contact met de beheerder deze code: "
                  + reference,
              instance));
    }
  }

  /** Writes the problem as the whole answer. */
  public static void write(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try (Jsonb jsonb = JsonbBuilder.create()) {
      response.getWriter().write(jsonb.toJson(problem));
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  /** The problem for a status that came without one: Dutch, never the container's page. */
  static Problem forStatus(int status, URI instance) {
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 400 ->
              "Dit verzoek kunnen we niet lezen. Controleer het adres en de headers, zoals"
                  + " Accept (bijvoorbeeld Accept: application/json).";
          case 401 -> "Meld je aan om dit te gebruiken.";
          case 403 -> "Je rol geeft geen toegang tot deze handeling.";
          case 404 -> "Dit adres bestaat niet in de API.";
          case 405 -> "Deze methode kan op dit adres niet.";
          case 406 -> "Deze API levert application/json (fouten als application/problem+json).";
          case 413 -> "Het verzoek is te groot.";
          case 414 -> "Het adres is te lang.";
          case 415 -> "Stuur de gegevens als application/json.";
          default -> status >= 500 ? "Probeer het later opnieuw." : type.title() + ".";
        };
    return new Problem(type.uri(), type.title(), status, detail, instance, null);
  }

  private static URI instance(HttpServletRequest request) {
    try {
      return URI.create(request.getRequestURI());
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
  }

  /** Answers {@code sendError} with problem+json instead of the container's error page. */
  private static final class ProblemOnSendError extends HttpServletResponseWrapper {

    private final URI instance;

    ProblemOnSendError(HttpServletResponse response, URI instance) {
      super(response);
      this.instance = instance;
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (isCommitted()) {
        super.sendError(status, message);
        return;
      }
      resetBuffer();
      write((HttpServletResponse) getResponse(), forStatus(status, instance));
      flushBuffer();
    }
  }
}
