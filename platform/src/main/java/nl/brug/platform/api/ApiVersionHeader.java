package nl.brug.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Every response of the API names the full API version (NL API Design Rules, API-57). */
@Provider
public class ApiVersionHeader implements ContainerResponseFilter {

  public static final String NAME = "API-Version";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle(NAME, BrugApi.VERSION);
  }
}
