package nl.brug.ui.toolkit;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.brug.ui.shell.ComingSoon;
import nl.brug.ui.shell.MainLayout;

/** The toolkit: every signed-in user reads it. Built by the toolkit issue. */
@Route(value = "toolkit", layout = MainLayout.class)
@PageTitle("Toolkit | Brug")
@PermitAll
public class ToolkitView extends ComingSoon {

  private static final long serialVersionUID = 1L;

  public ToolkitView() {
    super("toolkit");
  }
}
