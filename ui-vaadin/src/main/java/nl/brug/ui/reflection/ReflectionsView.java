package nl.brug.ui.reflection;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.brug.auth.caller.Role;
import nl.brug.ui.shell.ComingSoon;
import nl.brug.ui.shell.MainLayout;

/** Case reflections: professionals write them, team leads and experts interpret them. */
@Route(value = "reflecties", layout = MainLayout.class)
@PageTitle("Reflecties | Brug")
@RolesAllowed({Role.Names.PROFESSIONAL, Role.Names.TEAM_LEAD, Role.Names.EXPERT, Role.Names.ADMIN})
public class ReflectionsView extends ComingSoon {

  private static final long serialVersionUID = 1L;

  public ReflectionsView() {
    super("reflections");
  }
}
