package nl.brug.platform.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import nl.brug.auth.caller.CurrentCaller;
import nl.brug.auth.signin.BrugAuthenticationMechanism;
import nl.brug.auth.signin.SignInThrottledException;

/**
 * Every endpoint of the API needs a signed-in caller. Refused credentials and missing ones both
 * answer 401 problem+json through the error mapper; a password not even checked because of too many
 * failed attempts answers 429 with {@code Retry-After}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignedInOnly implements ContainerRequestFilter {

  static final String CHALLENGE = "Basic realm=\"Brug\", charset=\"UTF-8\"";
  static final String BEARER_CHALLENGE = "Bearer realm=\"Brug\", error=\"invalid_token\"";

  @Inject CurrentCaller currentCaller;

  @Context HttpServletRequest servletRequest;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceMethod() != null
        && resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
      return;
    }
    if (servletRequest.getAttribute(BrugAuthenticationMechanism.THROTTLED_ATTRIBUTE)
        instanceof Duration wait) {
      throw new SignInThrottledException(wait);
    }
    Object refused = servletRequest.getAttribute(BrugAuthenticationMechanism.FAILED_ATTRIBUTE);
    if (refused != null) {
      boolean bearer =
          servletRequest.getAttribute(BrugAuthenticationMechanism.FAILED_BEARER_ATTRIBUTE) != null;
      throw new NotAuthorizedException(
          String.valueOf(refused), bearer ? BEARER_CHALLENGE : CHALLENGE);
    }
    if (currentCaller.get().isEmpty()) {
      throw new NotAuthorizedException(
          "Meld je aan om de API te gebruiken (HTTP Basic met een demo-account).", CHALLENGE);
    }
  }
}
