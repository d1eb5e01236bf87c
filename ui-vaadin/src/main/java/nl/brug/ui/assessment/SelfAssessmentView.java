package nl.brug.ui.assessment;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.brug.auth.caller.Role;
import nl.brug.ui.shell.ComingSoon;
import nl.brug.ui.shell.MainLayout;

/**
 * The team's diversity self-assessment: members answer, team leads run rounds, coordinators
 * compare, experts write the checklists. Built by the self-assessment issue.
 */
@Route(value = "zelfevaluatie", layout = MainLayout.class)
@PageTitle("Zelfevaluatie | Brug")
@RolesAllowed({
  Role.Names.PROFESSIONAL,
  Role.Names.TEAM_LEAD,
  Role.Names.COORDINATOR,
  Role.Names.EXPERT,
  Role.Names.ADMIN
})
public class SelfAssessmentView extends ComingSoon {

  private static final long serialVersionUID = 1L;

  public SelfAssessmentView() {
    super("assessment");
  }
}
