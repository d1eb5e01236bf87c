package nl.brug.ui.assessment;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.assessment.ActionPointService;
import nl.brug.content.assessment.AssessmentService;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.TeamTrend;
import nl.brug.content.assessment.TemplateDocument;
import nl.brug.content.assessment.report.RoundReports;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Member;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/**
 * One round of a team: what it is and who handed in, the results once enough did (or why not yet),
 * and the action points that follow from it. For the team and its coordinator; anyone else finds
 * nothing here.
 */
@Route(value = "zelfevaluatie/ronde/:" + RoundView.ID, layout = MainLayout.class)
@RolesAllowed({
  Role.Names.PROFESSIONAL,
  Role.Names.TEAM_LEAD,
  Role.Names.COORDINATOR,
  Role.Names.EXPERT,
  Role.Names.ADMIN
})
@CdiComponent
public class RoundView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;
  static final String ID = "id";

  private final transient AssessmentService assessment;
  private final transient ActionPointService actionPoints;
  private final transient OrganisationService organisation;
  private final transient ToolkitService toolkit;
  private final transient RoundReports reports;
  private final Clock clock;
  private final Caller caller;
  private UUID roundId;
  private String title = "Zelfevaluatie | Brug";

  @Inject
  public RoundView(
      AssessmentService assessment,
      ActionPointService actionPoints,
      OrganisationService organisation,
      ToolkitService toolkit,
      RoundReports reports,
      Clock clock) {
    this.assessment = assessment;
    this.actionPoints = actionPoints;
    this.organisation = organisation;
    this.toolkit = toolkit;
    this.reports = reports;
    this.clock = clock;
    this.caller = SignedInUser.require();
    addClassName("brug-content");
  }

  static RouteParameters of(UUID roundId) {
    return new RouteParameters(ID, roundId.toString());
  }

  /** The round named in the address; empty for something that is no round id. */
  static Optional<UUID> roundId(BeforeEnterEvent event) {
    try {
      return event.getRouteParameters().get(ID).map(UUID::fromString);
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    roundId = roundId(event).orElse(null);
    try {
      show();
    } catch (UnknownResourceException notFound) {
      event.rerouteToError(NotFoundException.class);
    }
  }

  private void show() {
    RoundSummary round = assessment.round(caller, roundId);
    TemplateDocument checklist = assessment.checklist(caller, roundId);
    RoundResults results = assessment.results(caller, roundId);
    removeAll();
    title = getTranslation("assessment.round.pageTitle", round.period());
    boolean member =
        AccessPolicy.mayAnswerRound(caller, round.municipalityCode(), round.teamCode());
    RouterLink back =
        member
            ? new RouterLink(getTranslation("assessment.toTeamPage"), SelfAssessmentView.class)
            : new RouterLink(getTranslation("assessment.toTeams"), TeamsOverviewView.class);
    List<Member> team = teamMembers(round);
    add(back, new H2(heading(round, member)), summary(round, team.size()));
    if (member) {
      add(memberActions(round));
    }
    Benchmark benchmark = results.shown() ? assessment.benchmark(caller, roundId) : null;
    TeamTrend trend = results.shown() ? assessment.trend(caller, round.teamCode()) : null;
    add(new ResultsSection(results, benchmark, trend));
    add(new RoundCharts(results, benchmark, trend), new RoundExports(reports, roundId));
    add(
        new RoundActionPoints(
            actionPoints,
            caller,
            round,
            checklist,
            results,
            team,
            new ToolkitLinks(toolkit, caller),
            DutchDates.today(clock)));
  }

  private String heading(RoundSummary round, boolean member) {
    if (member) {
      return getTranslation("assessment.round.title", round.period());
    }
    String team =
        organisation.teamsOf(caller, round.municipalityCode()).stream()
            .filter(t -> t.getCode().equals(round.teamCode()))
            .map(t -> t.getName())
            .findFirst()
            .orElse(round.teamCode());
    return getTranslation("assessment.round.titleOfTeam", round.period(), team);
  }

  private Paragraph summary(RoundSummary round, int members) {
    String state =
        round.open()
            ? getTranslation("assessment.open.until", DutchDates.date(round.closesOn()))
            : getTranslation("assessment.closed");
    String participation =
        members == 0
            ? getTranslation("assessment.submitted", round.submitted())
            : getTranslation(
                "assessment.participation",
                round.submitted(),
                members,
                Math.round(Math.min(1.0, round.submitted() / (double) members) * 100));
    Paragraph summary =
        new Paragraph(
            getTranslation(
                "assessment.round.summary",
                round.title(),
                round.templateVersion(),
                state,
                participation));
    summary.setId("round-summary");
    return summary;
  }

  private List<Member> teamMembers(RoundSummary round) {
    return organisation.membersOf(caller, round.municipalityCode()).stream()
        .filter(m -> round.teamCode().equals(m.getTeamCode()))
        .toList();
  }

  private HorizontalLayout memberActions(RoundSummary round) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    boolean awaiting =
        assessment.roundsAwaiting(caller).stream().anyMatch(r -> r.id().equals(round.id()));
    RouterLink answers =
        new RouterLink(
            getTranslation(awaiting ? "assessment.fillIn" : "assessment.myAnswers"),
            AnswerView.class,
            of(round.id()));
    answers.setId(awaiting ? "fill-in" : "my-answers");
    if (awaiting) {
      answers.addClassName("brug-button-link");
    }
    actions.add(answers);
    if (round.open()
        && AccessPolicy.mayCloseRound(caller, round.municipalityCode(), round.teamCode())) {
      actions.add(new CloseRoundButton(assessment, caller, round, this::show));
    }
    return actions;
  }

  /** A marked spot for what comes later (charts, downloads). */
  @Override
  public String getPageTitle() {
    return title;
  }
}
