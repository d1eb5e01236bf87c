package nl.brug.ui.shell;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Optional;
import nl.brug.auth.caller.BrugPrincipal;
import nl.brug.auth.caller.Caller;

/**
 * The caller of the current portal request, from the principal the container put on the request
 * (the same source Vaadin's navigation access control uses).
 */
public final class SignedInUser {

  private SignedInUser() {}

  public static Optional<Caller> current() {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request == null) {
      return Optional.empty();
    }
    return request.getUserPrincipal() instanceof BrugPrincipal principal
        ? Optional.of(principal.caller())
        : Optional.empty();
  }

  /** The caller; views behind access control are never shown to anonymous users. */
  public static Caller require() {
    return current().orElseThrow(nl.brug.auth.caller.NotSignedInException::new);
  }
}
