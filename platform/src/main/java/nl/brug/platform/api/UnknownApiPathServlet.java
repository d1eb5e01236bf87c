package nl.brug.platform.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import nl.brug.platform.api.problem.ApiErrorFilter;
import nl.brug.platform.api.problem.Problem;
import nl.brug.platform.api.problem.ProblemType;

/**
 * Answers paths under {@code /api} that are not part of a served API version (such as {@code
 * /api/v2}) with 404 problem+json, so the portal never answers an API client with a web page.
 */
@WebServlet(urlPatterns = {"/api", "/api/*"})
public class UnknownApiPathServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    URI instance = URI.create(request.getRequestURI());
    Problem problem =
        ProblemType.NOT_FOUND.with(
            "Dit adres bestaat niet. De API staat op " + BrugApi.PATH + ".", instance);
    ApiErrorFilter.write(response, problem);
  }
}
