package nl.brug.content.assessment;

import static nl.brug.content.assessment.AnswerScale.AGREEMENT_5;
import static nl.brug.content.assessment.AnswerScale.DEVELOPMENT_4;
import static nl.brug.content.assessment.Responses.response;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TrendTest {

  private static final ChecklistDimension COMPOSITION =
      new ChecklistDimension("samenstelling", "Samenstelling", 1);
  private static final ChecklistDimension REACH =
      new ChecklistDimension("toegankelijkheid", "Toegankelijkheid", 2);

  /** Version 1: S1 and S2 on agreement, T1 and T2 on development. */
  private static Checklist version1() {
    return new Checklist(
        List.of(COMPOSITION, REACH),
        List.of(
            new ChecklistItem("S1", "samenstelling", "Ons team weerspiegelt de wijk.", AGREEMENT_5),
            new ChecklistItem("S2", "samenstelling", "Wij spreken talen van de wijk.", AGREEMENT_5),
            new ChecklistItem("T1", "toegankelijkheid", "Wij werken met tolken.", DEVELOPMENT_4),
            new ChecklistItem("T2", "toegankelijkheid", "Folders zijn vertaald.", DEVELOPMENT_4)));
  }

  /**
   * Version 2: S1 reworded, S2 moved to the development scale, T1 unchanged, T2 dropped, T3 new,
   * and a new dimension.
   */
  private static Checklist version2() {
    return new Checklist(
        List.of(
            COMPOSITION,
            new ChecklistDimension("toegankelijkheid", "Toegankelijkheid en bereik", 2),
            new ChecklistDimension("expertise", "Deskundigheid", 3)),
        List.of(
            new ChecklistItem("S1", "samenstelling", "Het team weerspiegelt de wijk.", AGREEMENT_5),
            new ChecklistItem(
                "S2", "samenstelling", "Wij spreken talen van de wijk.", DEVELOPMENT_4),
            new ChecklistItem("T1", "toegankelijkheid", "Wij werken met tolken.", DEVELOPMENT_4),
            new ChecklistItem("T3", "toegankelijkheid", "Wij zijn bereikbaar.", AGREEMENT_5),
            new ChecklistItem("E1", "expertise", "Wij volgden een training.", DEVELOPMENT_4)));
  }

  private static RoundResults round(Checklist checklist, SubmittedResponse... responses) {
    return RoundResults.of(checklist, List.of(responses));
  }

  private static List<Double> values(List<OptionalDouble> series) {
    return series.stream().map(p -> p.isPresent() ? p.getAsDouble() : null).toList();
  }

  @Test
  void acrossTwoTemplateVersions_onlyItemsWithTheSameKeyAndScaleAreCompared() {
    RoundResults first =
        round(
            version1(),
            response("S1", 1, "S2", 1, "T1", 1, "T2", 4),
            response("S1", 1, "S2", 1, "T1", 1, "T2", 4),
            response("S1", 1, "S2", 1, "T1", 1, "T2", 4));
    RoundResults second =
        round(
            version2(),
            response("S1", 3, "S2", 4, "T1", 4, "T3", 5),
            response("S1", 3, "S2", 4, "T1", 4, "T3", 5),
            response("S1", 3, "S2", 4, "T1", 4, "T3", 5));

    Trend trend = Trend.of(List.of(first, second));

    assertThat(trend.items()).extracting(s -> s.item().key()).containsExactly("S1", "T1");
    assertThat(values(trend.item("S1").orElseThrow().means())).containsExactly(0.0, 50.0);
    assertThat(values(trend.item("T1").orElseThrow().means())).containsExactly(0.0, 100.0);
    assertThat(trend.item("S1").orElseThrow().item().statement())
        .isEqualTo("Het team weerspiegelt de wijk.");
    assertThat(trend.item("S2")).isEmpty();
    assertThat(trend.item("T2")).isEmpty();
    assertThat(trend.item("T3")).isEmpty();
  }

  @Test
  void dimensionsAreFollowedByCode_withTheNewestNames_andEmptyPointsWhereTheyDidNotExist() {
    RoundResults first =
        round(version1(), response("T1", 1, "T2", 4), response("T1", 1), response("T1", 1));
    RoundResults second =
        round(version2(), response("T1", 4, "E1", 3), response("T1", 4), response("T1", 4));

    Trend trend = Trend.of(List.of(first, second));

    assertThat(trend.dimensions())
        .extracting(s -> s.dimension().name())
        .containsExactly("Samenstelling", "Toegankelijkheid en bereik", "Deskundigheid");
    assertThat(values(trend.dimension("toegankelijkheid").orElseThrow().means()))
        .containsExactly(25.0, 100.0);
    assertThat(trend.dimension("expertise").orElseThrow().means().get(0)).isEmpty();
    assertThat(trend.dimension("samenstelling").orElseThrow().means())
        .containsOnly(OptionalDouble.empty());
  }

  @Test
  void aRoundWithTooFewResponses_leavesAGapInEverySeries() {
    RoundResults shown = round(version1(), response("S1", 5), response("S1", 5), response("S1", 5));
    RoundResults hidden = round(version1(), response("S1", 1), response("S1", 1));

    Trend trend = Trend.of(List.of(shown, hidden));

    assertThat(values(trend.item("S1").orElseThrow().means())).containsExactly(100.0, null);
    assertThat(values(trend.overall())).containsExactly(100.0, null);
  }
}
