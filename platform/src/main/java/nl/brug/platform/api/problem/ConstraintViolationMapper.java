package nl.brug.platform.api.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Routes Bean Validation failures to {@link ProblemMapper}: Jersey's own mapper for validation
 * errors is more specific than a mapper of {@code Throwable} and would answer with an HTML page.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    ProblemMapper problems = new ProblemMapper();
    problems.uriInfo = uriInfo;
    return problems.toResponse(invalid);
  }
}
