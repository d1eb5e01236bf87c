package nl.brug.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import nl.brug.platform.config.PublicAddress;

/**
 * Puts {@link SecurityHeaders} on every response of the WAR: portal, API, static files, errors and
 * the server's own endpoints under the root ({@code /health}, {@code /metrics}, {@code /openapi}).
 * They are set before the request goes on, so an error page sent later keeps them.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private transient Map<String, String> headers;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    headers = SecurityHeaders.forPublicAddress(PublicAddress.get());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    headers.forEach(response::setHeader);
    chain.doFilter(request, response);
  }
}
