package nl.brug.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import nl.brug.platform.config.PublicAddress;

/**
 * A {@code Location} of the API points at the configured public address ({@code BRUG_PUBLIC_URL}),
 * never at whatever the request's {@code Host} header claimed: resources build it from the request,
 * and a forged {@code Host} would otherwise send clients (and caches) to another site. One filter
 * for every resource, so a new one cannot forget it.
 */
@Provider
public class PublicLocation implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
    if (location == null) {
      return;
    }
    URI base = request.getUriInfo().getBaseUri();
    rewrite(URI.create(location.toString()), base, PublicAddress.get())
        .ifPresent(uri -> response.getHeaders().putSingle(HttpHeaders.LOCATION, uri));
  }

  /**
   * The location on the public address, when it points into this application as the request reached
   * it ({@code base}: the API's base, e.g. {@code http://host/api/v1/}).
   */
  static Optional<URI> rewrite(URI location, URI base, String publicUrl) {
    URI absolute = base.resolve(location);
    if (!Objects.equals(absolute.getScheme(), base.getScheme())
        || !Objects.equals(absolute.getRawAuthority(), base.getRawAuthority())) {
      return Optional.empty(); // somewhere else altogether: not ours to move
    }
    String basePath = base.getRawPath();
    String apiPath = BrugApi.PATH + "/";
    String contextPath =
        basePath.endsWith(apiPath)
            ? basePath.substring(0, basePath.length() - apiPath.length())
            : "";
    String path = absolute.getRawPath();
    if (!path.startsWith(contextPath + "/")) {
      return Optional.empty();
    }
    String query = absolute.getRawQuery() == null ? "" : "?" + absolute.getRawQuery();
    return Optional.of(URI.create(publicUrl + path.substring(contextPath.length()) + query));
  }
}
