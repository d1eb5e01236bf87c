package nl.brug.ui.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.brug.ui.assessment.AssessmentSteps.BRAM;
import static nl.brug.ui.assessment.AssessmentSteps.ZWOLLE;
import static nl.brug.ui.assessment.AssessmentSteps.ZWOLLE_ZUID;
import static nl.brug.ui.assessment.AssessmentSteps.everything;
import static nl.brug.ui.assessment.AssessmentSteps.grid;
import static nl.brug.ui.assessment.AssessmentSteps.open;
import static nl.brug.ui.assessment.AssessmentSteps.openAnswers;
import static nl.brug.ui.assessment.AssessmentSteps.openRound;
import static nl.brug.ui.assessment.AssessmentSteps.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.brug.content.assessment.ActionStatus;
import nl.brug.content.assessment.TeamStanding;
import nl.brug.ui.shell.AccessDeniedView;
import nl.brug.ui.shell.PortalHarnessAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Zwolle-Zuid has four members in the demo accounts: sanne, kees, hatice and their team lead
 * marieke. What a round shows: nothing but the reason until three members handed in, then the
 * overall score, the table per dimension, the comparison and the trend; only to the team and its
 * coordinator, who also sees every team at a glance.
 */
class RoundResultsTest {

  private final PortalHarnessAccess portal = new PortalHarnessAccess();

  @BeforeEach
  void start() {
    portal.start();
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  private UUID round(String period, LocalDate closesOn) {
    return portal.assessment().seedRound(ZWOLLE, ZWOLLE_ZUID, period, closesOn);
  }

  /** Two members answer everything with the highest step, one with the lowest. */
  private void threeHandIn(UUID round) {
    portal.assessment().seedHandedIn(round, "sanne", everything(true));
    portal.assessment().seedHandedIn(round, "marieke", everything(true));
    portal.assessment().seedHandedIn(round, "kees", everything(false));
  }

  @Test
  void withTwoHandedIn_theRoundSaysWhyThereAreNoResultsYet() {
    UUID round = round("Voorjaar 2027", LocalDate.of(2027, 3, 22));
    portal.assessment().seedHandedIn(round, "sanne", everything(true));
    portal.assessment().seedHandedIn(round, "kees", everything(false));
    portal.signInAs("sanne");

    openRound(round);

    assertThat(text("results-hidden"))
        .startsWith("Nog te weinig ingevulde lijsten: 2 van minimaal 3")
        .contains("zodat niemand kan nagaan wat één teamlid antwoordde");
    assertThat(_find(Paragraph.class, spec -> spec.withId("overall-score"))).isEmpty();
    assertThat(text("round-summary")).contains("2 van 4 (50%)", "open tot en met 22 maart 2027");
  }

  @Test
  void fromThreeHandedIn_theRoundShowsTheOverallScore_andPerDimensionMeanSpreadAndDistribution() {
    UUID round = round("Voorjaar 2027", LocalDate.of(2027, 3, 22));
    threeHandIn(round);
    portal.signInAs("sanne");

    openRound(round);

    assertThat(text("overall-score")).isEqualTo("Totaalscore: 66,7 van 100");
    Grid<?> dimensions = grid("dimension-results");
    assertThat(GridKt._size(dimensions)).isEqualTo(5);
    assertThat(GridKt._getFormatted(dimensions, 0, "dimension"))
        .isEqualTo("Samenstelling van het team");
    assertThat(GridKt._getFormatted(dimensions, 0, "mean")).isEqualTo("66,7");
    assertThat(GridKt._getFormatted(dimensions, 0, "spread")).isEqualTo("47,1");
    assertThat(GridKt._getFormatted(dimensions, 0, "counted")).isEqualTo("18");
    assertThat(GridKt._getFormatted(dimensions, 0, "distribution"))
        .contains("verankerd: 8", "nog niet gestart: 4", "helemaal eens: 4")
        .contains("niet van toepassing: 0", "weet ik niet: 0");
    // working methods only has development statements: no agreement steps to count
    assertThat(GridKt._getFormatted(dimensions, 2, "distribution"))
        .contains("verankerd")
        .doesNotContain("eens");
    assertThat(text("most-disagreement")).contains("spreiding 47,1");
    assertThat(text("benchmark-hidden"))
        .isEqualTo("Vergelijking kan pas met minimaal 5 andere teams; nu 0.");
    assertThat(text("trend-none")).contains("vanaf de tweede ronde");
    assertThat(text("round-summary")).contains("3 van 4 (75%)");
  }

  @Test
  void theResultsComeAsChartsWithTheSameNumbersInATable_andAsPdfAndCsvToTakeAway() {
    UUID round = round("Voorjaar 2027", LocalDate.of(2027, 3, 22));
    threeHandIn(round);
    portal.signInAs("sanne");

    openRound(round);

    Div radar = _get(Div.class, spec -> spec.withId("chart-radar"));
    assertThat(_get(radar, Html.class, spec -> {}).getInnerHtml())
        .contains("<svg", "role=\"img\"", "Samenstelling van het team");
    String table = radar.getElement().getOuterHTML();
    assertThat(table).contains("<caption>", "<th scope=\"row\">Samenstelling van het team</th>");
    assertThat(table).contains("66,7");
    assertThat(_find(Div.class, spec -> spec.withId("chart-trend"))).isEmpty();
    assertThat(_find(Div.class, spec -> spec.withId("chart-distributions"))).hasSize(1);
    Anchor pdf = _get(Anchor.class, spec -> spec.withId("export-pdf"));
    Anchor csv = _get(Anchor.class, spec -> spec.withId("export-csv"));
    assertThat(pdf.getText()).isEqualTo("Rapport (PDF)");
    assertThat(csv.getText()).isEqualTo("Cijfers (CSV voor Excel)");
    assertThat(pdf.getHref()).isNotBlank();
  }

  @Test
  void withTooFewHandedIn_thereAreNoChartsToDraw() {
    UUID round = round("Voorjaar 2027", LocalDate.of(2027, 3, 22));
    portal.assessment().seedHandedIn(round, "sanne", everything(true));
    portal.signInAs("sanne");

    openRound(round);

    assertThat(_find(Div.class, spec -> spec.withId("chart-radar"))).isEmpty();
  }

  @Test
  void fromTheSecondRound_theTrendShowsEveryRoundSideBySide() {
    UUID earlier = round("Najaar 2026", LocalDate.of(2026, 11, 30));
    portal.assessment().seedHandedIn(earlier, "sanne", everything(false));
    portal.assessment().seedHandedIn(earlier, "marieke", everything(false));
    portal.assessment().seedHandedIn(earlier, "kees", everything(false));
    UUID now = round("Voorjaar 2027", LocalDate.of(2027, 3, 22));
    threeHandIn(now);
    portal.signInAs("marieke");

    openRound(now);

    Grid<?> trend = grid("trend");
    assertThat(trend.getColumnByKey("round-0").getHeaderText()).isEqualTo("Najaar 2026");
    assertThat(trend.getColumnByKey("round-1").getHeaderText()).isEqualTo("Voorjaar 2027");
    assertThat(GridKt._getFormattedRow(trend, 0)).containsExactly("Totaal", "0,0", "66,7");
  }

  @Test
  void aProfessionalOfAnotherTeam_findsNothingAtTheRoundsAddresses() {
    UUID round = round("Voorjaar 2027", LocalDate.of(2027, 3, 22));
    threeHandIn(round);

    portal.signInAs(BRAM);
    openRound(round);
    assertThat(_get(H2.class).getText()).isEqualTo("Pagina niet gevonden");
    assertThat(_find(RoundView.class)).isEmpty();
    openAnswers(round);
    assertThat(_find(AnswerView.class)).isEmpty();

    portal.signInAs("youssef");
    openRound(round);
    assertThat(_get(H2.class).getText()).isEqualTo("Pagina niet gevonden");
    open("zelfevaluatie/ronde/geen-ronde");
    assertThat(_get(H2.class).getText()).isEqualTo("Pagina niet gevonden");
  }

  @Test
  void theCoordinator_isTakenToEveryTeam_withParticipationScoreAndLateActionPoints() {
    UUID round = round("Voorjaar 2027", LocalDate.of(2027, 3, 22));
    threeHandIn(round);
    portal
        .actionPoints()
        .seed(
            round,
            "samenstelling",
            "Talenoverzicht maken",
            "sanne",
            "Sanne de Vries",
            LocalDate.of(2027, 2, 15),
            ActionStatus.OPEN);
    portal.signInAs("ingrid");

    open("zelfevaluatie");

    NavigatorKt.expectView(TeamsOverviewView.class);
    Grid<TeamStanding> teams = grid("team-standings");
    assertThat(List.of(teamName(teams, 0), teamName(teams, 1)))
        .as("by name")
        .containsExactly("Sociaal wijkteam Holtenbroek", "Sociaal wijkteam Zwolle-Zuid");
    assertThat(GridKt._getFormattedRow(teams, 1))
        .containsSubsequence("Voorjaar 2027 (Open)", "3 van 4 (75%)", "66,7 (Voorjaar 2027)");
    assertThat(GridKt._getCellComponent(teams, 1, "actions").getElement().getTextRecursively())
        .contains("1 open", "1 te laat");
    // the round is still open, so it counts in no comparison yet
    assertThat(text("municipality-benchmark-hidden"))
        .isEqualTo("Vergelijking kan pas met minimaal 5 andere teams; nu 0.");
    assertThat(text("municipality-benchmark")).contains("Zwolle naast de andere teams");
    assertThat(_find(Div.class, spec -> spec.withId("chart-municipality"))).hasSize(1);
    RouterLink team = (RouterLink) GridKt._getCellComponent(teams, 1, "team");
    assertThat(team.getText()).isEqualTo("Sociaal wijkteam Zwolle-Zuid");
    assertThat(GridKt._getFormattedRow(teams, 0))
        .containsSubsequence("Nog geen ronde", "–", "Nog geen uitkomsten");

    open(team.getHref());
    assertThat(_get(H2.class).getText())
        .isEqualTo("Zelfevaluatie Voorjaar 2027: Sociaal wijkteam Zwolle-Zuid");
    assertThat(text("overall-score")).isEqualTo("Totaalscore: 66,7 van 100");
  }

  private static String teamName(Grid<TeamStanding> teams, int row) {
    return GridKt._getCellComponent(teams, row, "team").getElement().getTextRecursively();
  }

  @Test
  void aProfessional_cannotOpenTheCoordinatorsOverview() {
    portal.signInAs("sanne");

    open("zelfevaluatie/teams");

    assertThat(_find(AccessDeniedView.class)).hasSize(1);
  }
}
