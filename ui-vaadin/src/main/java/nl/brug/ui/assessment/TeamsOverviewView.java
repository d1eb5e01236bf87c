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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.assessment.AssessmentService;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.ChecklistTemplates;
import nl.brug.content.assessment.ScoreFormat;
import nl.brug.content.assessment.TeamStanding;
import nl.brug.content.assessment.report.AssessmentCharts;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/**
 * The coordinator's overview of the self-assessment in their municipality: per team its newest
 * round and how many handed in, its latest score, and its open and overdue action points. Never
 * anyone's answers.
 */
@Route(value = "zelfevaluatie/teams", layout = MainLayout.class)
@PageTitle("Zelfevaluatie van de teams | Brug")
@RolesAllowed(Role.Names.COORDINATOR)
@CdiComponent
public class TeamsOverviewView extends Div {

  private static final long serialVersionUID = 1L;

  @Inject
  public TeamsOverviewView(AssessmentService assessment, OrganisationService organisation) {
    Caller caller = SignedInUser.require();
    addClassName("brug-content");
    Grid<TeamStanding> teams = new Grid<>();
    teams.setId("team-standings");
    teams.setAllRowsVisible(true);
    teams.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    teams
        .addComponentColumn(this::team)
        .setKey("team")
        .setHeader(getTranslation("assessment.teams.team"))
        .setFlexGrow(2);
    teams
        .addColumn(this::round)
        .setKey("round")
        .setHeader(getTranslation("assessment.teams.round"));
    teams
        .addColumn(this::participation)
        .setKey("participation")
        .setHeader(getTranslation("assessment.teams.participation"));
    teams
        .addColumn(this::score)
        .setKey("score")
        .setHeader(getTranslation("assessment.teams.score"));
    teams
        .addComponentColumn(this::actionPoints)
        .setKey("actions")
        .setHeader(getTranslation("assessment.teams.actions"));
    teams.setItems(assessment.teamStandings(caller));
    add(
        new H2(getTranslation("assessment.teams.title")),
        new Paragraph(getTranslation("assessment.teams.intro")),
        teams);
    add(comparison(assessment, organisation, caller));
  }

  /** The municipality's teams beside all other teams, or why that cannot be shown yet. */
  private Div comparison(
      AssessmentService assessment, OrganisationService organisation, Caller caller) {
    Div comparison = new Div();
    comparison.setId("municipality-benchmark");
    Benchmark benchmark = assessment.municipalityBenchmark(caller, ChecklistTemplates.SHIPPED_CODE);
    String name =
        organisation
            .findMunicipality(caller.municipalityCode())
            .map(m -> m.getName())
            .orElse(caller.municipalityCode());
    comparison.add(new H3(getTranslation("assessment.teams.comparison", name)));
    benchmark
        .hiddenReason()
        .ifPresent(
            reason -> {
              Paragraph why = new Paragraph(reason);
              why.setId("municipality-benchmark-hidden");
              comparison.add(why);
            });
    comparison.add(
        new ChartPanel("chart-municipality", AssessmentCharts.municipalityRadar(name, benchmark)));
    return comparison;
  }

  private Component team(TeamStanding standing) {
    return standing
        .latestRound()
        .<Component>map(
            round -> new RouterLink(standing.teamName(), RoundView.class, RoundView.of(round.id())))
        .orElseGet(() -> new Span(standing.teamName()));
  }

  private String round(TeamStanding standing) {
    return standing
        .latestRound()
        .map(
            round ->
                getTranslation(
                    "assessment.teams.roundState",
                    round.period(),
                    getTranslation(round.open() ? "assessment.open" : "assessment.closed")))
        .orElse(getTranslation("assessment.teams.noRound"));
  }

  /** "4 van 6 (67%)": handed in of the team's members who use Brug. */
  String participation(TeamStanding standing) {
    if (standing.latestRound().isEmpty()) {
      return ScoreFormat.NO_SCORE;
    }
    int submitted = standing.latestRound().get().submitted();
    if (standing.participation().isEmpty()) {
      return getTranslation("assessment.submitted", submitted);
    }
    return getTranslation(
        "assessment.participation",
        submitted,
        standing.members(),
        Math.round(standing.participation().getAsDouble() * 100));
  }

  private String score(TeamStanding standing) {
    return standing.latestOverall().isPresent()
        ? getTranslation(
            "assessment.teams.scoreOf",
            ScoreFormat.oneDecimal(standing.latestOverall()),
            standing.latestOverallPeriod().orElse(""))
        : getTranslation("assessment.teams.noScore");
  }

  private Component actionPoints(TeamStanding standing) {
    Span open = new Span(getTranslation("assessment.teams.open", standing.openActionPoints()));
    if (standing.overdueActionPoints() == 0) {
      return open;
    }
    Span late =
        new Span(
            VaadinIcon.WARNING.create(),
            new Span(getTranslation("assessment.teams.late", standing.overdueActionPoints())));
    late.addClassName("brug-overdue");
    return new Span(open, new Span(" "), late);
  }
}
