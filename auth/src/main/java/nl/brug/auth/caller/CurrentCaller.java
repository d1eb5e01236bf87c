package nl.brug.auth.caller;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;

/** The caller of the current request, as authenticated by the container. */
@RequestScoped
public class CurrentCaller {

  private SecurityContext securityContext;

  protected CurrentCaller() {
    // for CDI proxies
  }

  @Inject
  CurrentCaller(SecurityContext securityContext) {
    this.securityContext = securityContext;
  }

  /** The signed-in caller, or empty for an anonymous request. */
  public Optional<Caller> get() {
    return securityContext.getPrincipalsByType(BrugPrincipal.class).stream()
        .findFirst()
        .map(BrugPrincipal::caller);
  }

  /**
   * The signed-in caller.
   *
   * @throws NotSignedInException when the request is anonymous
   */
  public Caller require() {
    return get().orElseThrow(NotSignedInException::new);
  }
}
