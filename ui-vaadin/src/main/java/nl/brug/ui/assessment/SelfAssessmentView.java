package nl.brug.ui.assessment;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.ActionPointService;
import nl.brug.content.assessment.AssessmentService;
import nl.brug.content.assessment.ChecklistTemplates;
import nl.brug.content.assessment.InvalidAssessmentInputException;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.TemplateDocument;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.ui.i18n.RefusalMessages;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/**
 * The team's self-assessment: the call to fill in an open round (the portal's notification), the
 * team's rounds, for the team lead a new round, and the team's action points. A coordinator, who
 * has no team, is taken to the overview of all teams.
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
@CdiComponent
public class SelfAssessmentView extends Div implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;

  /** The code of the checklist Brug ships ({@link ChecklistTemplates#SHIPPED_TEMPLATE}). */
  static final String TEMPLATE_CODE = ChecklistTemplates.SHIPPED_CODE;

  private final transient AssessmentService assessment;
  private final transient ActionPointService actionPoints;
  private final transient ChecklistTemplates templates;
  private final transient ToolkitService toolkit;
  private final Clock clock;
  private final Caller caller;

  @Inject
  public SelfAssessmentView(
      AssessmentService assessment,
      ActionPointService actionPoints,
      ChecklistTemplates templates,
      ToolkitService toolkit,
      Clock clock) {
    this.assessment = assessment;
    this.actionPoints = actionPoints;
    this.templates = templates;
    this.toolkit = toolkit;
    this.clock = clock;
    this.caller = SignedInUser.require();
    addClassName("brug-content");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (caller.team().isEmpty() && AccessPolicy.maySeeTeamStandings(caller)) {
      event.forwardTo(TeamsOverviewView.class);
      return;
    }
    show();
  }

  private void show() {
    removeAll();
    add(
        new H2(getTranslation("section.assessment.title")),
        new Paragraph(getTranslation("assessment.team.intro")));
    if (caller.team().isEmpty()) {
      Paragraph noTeam = new Paragraph(getTranslation("assessment.team.none"));
      noTeam.setId("no-team");
      add(noTeam);
      if (AccessPolicy.mayPublishChecklist(caller)) {
        RouterLink checklist =
            new RouterLink(getTranslation("assessment.checklist.link"), ChecklistView.class);
        checklist.setId("to-checklist");
        add(new Paragraph(checklist));
      }
      return;
    }
    List<RoundSummary> awaiting = assessment.roundsAwaiting(caller);
    if (!awaiting.isEmpty()) {
      add(new CallToAnswer(awaiting));
    }
    add(new H3(getTranslation("assessment.team.rounds")), rounds(assessment.rounds(caller)));
    if (AccessPolicy.mayStartRound(caller)) {
      add(startForm());
    }
    Map<UUID, TemplateDocument> checklists = new HashMap<>();
    add(
        new H3(getTranslation("assessment.team.actions")),
        new ActionPointList(
            actionPoints,
            caller,
            () -> actionPoints.ofTeam(caller, null),
            point -> about(point, checklists),
            new ToolkitLinks(toolkit, caller),
            true));
  }

  private Component rounds(List<RoundSummary> rounds) {
    if (rounds.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("assessment.team.noRounds"));
      none.setId("rounds");
      return none;
    }
    Grid<RoundSummary> grid = new Grid<>();
    grid.setId("rounds");
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addComponentColumn(r -> new RouterLink(r.period(), RoundView.class, RoundView.of(r.id())))
        .setKey("period")
        .setHeader(getTranslation("assessment.round.period"));
    grid.addColumn(
            r -> getTranslation("assessment.checklistVersion", r.title(), r.templateVersion()))
        .setKey("checklist")
        .setHeader(getTranslation("assessment.round.checklist"))
        .setFlexGrow(2);
    grid.addColumn(r -> DutchDates.date(r.closesOn()))
        .setKey("closesOn")
        .setHeader(getTranslation("assessment.round.closesOn"));
    grid.addColumn(r -> getTranslation(r.open() ? "assessment.open" : "assessment.closed"))
        .setKey("state")
        .setHeader(getTranslation("assessment.round.state"));
    grid.addColumn(r -> getTranslation("assessment.submitted", r.submitted()))
        .setKey("submitted")
        .setHeader(getTranslation("assessment.round.submitted"));
    if (rounds.stream().anyMatch(this::mayClose)) {
      grid.addComponentColumn(
              r ->
                  r.open() && mayClose(r)
                      ? new CloseRoundButton(assessment, caller, r, this::show)
                      : new Span())
          .setKey("close")
          .setHeader(getTranslation("assessment.round.actions"));
    }
    grid.setItems(rounds);
    return grid;
  }

  private boolean mayClose(RoundSummary round) {
    return AccessPolicy.mayCloseRound(caller, round.municipalityCode(), round.teamCode());
  }

  private Component startForm() {
    TemplateDocument newest;
    try {
      newest = templates.newestTemplate(TEMPLATE_CODE);
    } catch (UnknownResourceException noChecklistYet) {
      return new Paragraph(getTranslation("assessment.start.noChecklist"));
    }
    return new StartRoundForm(
        getTranslation("assessment.checklistVersion", newest.title(), newest.version()),
        DutchDates.today(clock),
        this::start);
  }

  private Optional<String> start(String period, LocalDate closesOn) {
    try {
      RoundSummary started = assessment.startRound(caller, TEMPLATE_CODE, period, closesOn);
      Notification.show(
              getTranslation("assessment.start.done", started.period()),
              5000,
              Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      show();
      return Optional.empty();
    } catch (InvalidAssessmentInputException refused) {
      return Optional.of(RefusalMessages.text(refused, this));
    } catch (ActionNotAllowedException | UnknownResourceException notPossible) {
      return Optional.of(getTranslation("assessment.start.notAllowed"));
    }
  }

  private String about(ActionPoint point, Map<UUID, TemplateDocument> checklists) {
    return point
        .roundId()
        .map(round -> checklists.computeIfAbsent(round, r -> assessment.checklist(caller, r)))
        .map(checklist -> About.of(checklist, point))
        .orElse(point.dimensionCode());
  }
}
