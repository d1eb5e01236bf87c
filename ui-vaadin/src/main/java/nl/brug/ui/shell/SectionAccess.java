package nl.brug.ui.shell;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.Arrays;
import java.util.List;

/** Which sections the current caller may open, decided by the views' access annotations. */
public final class SectionAccess {

  private static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();

  private SectionAccess() {}

  public static List<PortalSection> visibleSections() {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request == null) {
      return List.of();
    }
    return Arrays.stream(PortalSection.values())
        .filter(
            section ->
                CHECKER.hasAccess(
                    section.view(), request.getUserPrincipal(), request::isUserInRole))
        .toList();
  }
}
