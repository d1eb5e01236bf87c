package nl.brug.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.caller.CurrentCaller;

/**
 * Payara Micro serves its own endpoints inside the root web application, which is Brug's WAR, so
 * this filter decides who reads them:
 *
 * <ul>
 *   <li>{@code /metrics} (heap, threads, pools): signed-in admins only; anyone else gets 404.
 *   <li>{@code /health}, {@code /health/ready}, {@code /health/live}, {@code /health/started}:
 *       anyone gets the status ({@code {"status":"UP"}} or DOWN, with the same HTTP status); the
 *       checks with their details (database product, identity provider address) only admins.
 *   <li>{@code /openapi}: only the document itself (GET); Jersey's WADL ({@code
 *       /openapi/application.wadl}, and the WADL an OPTIONS request answers) is 404.
 * </ul>
 */
@WebFilter(
    urlPatterns = {"/metrics", "/metrics/*", "/health", "/health/*", "/openapi", "/openapi/*"},
    asyncSupported = true)
public class ServerEndpointsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient CurrentCaller currentCaller;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean admin = currentCaller.get().map(AccessPolicy::mayReadServerDetails).orElse(false);
    if (path.equals("/metrics") || path.startsWith("/metrics/")) {
      if (admin) {
        chain.doFilter(request, response);
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } else if (path.equals("/openapi") || path.startsWith("/openapi/")) {
      boolean document = path.equals("/openapi") || path.equals("/openapi/");
      boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
      if (document && read) {
        chain.doFilter(request, response);
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } else if (admin) {
      chain.doFilter(request, response);
    } else {
      statusOnly(request, response, chain);
    }
  }

  /** Runs the health check and answers only its overall status, with the same HTTP status. */
  private static void statusOnly(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Discarding discarding = new Discarding(response);
    chain.doFilter(request, discarding);
    int status = discarding.getStatus();
    response.setStatus(status);
    if (status == HttpServletResponse.SC_NOT_FOUND) {
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            status == HttpServletResponse.SC_OK ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }

  /** Keeps the status of the wrapped answer and throws its body away. */
  private static final class Discarding extends HttpServletResponseWrapper {

    private final ServletOutputStream stream =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            // the details stay inside
          }

          @Override
          public void write(byte[] b, int off, int len) {
            // the details stay inside
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("health answers are written blocking");
          }
        };
    private final PrintWriter writer =
        new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));

    Discarding(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      return writer;
    }

    @Override
    public void setContentLength(int length) {}

    @Override
    public void setContentLengthLong(long length) {}

    @Override
    public void flushBuffer() {}

    @Override
    public void sendError(int status) {
      setStatus(status);
    }

    @Override
    public void sendError(int status, String message) {
      setStatus(status);
    }
  }
}
