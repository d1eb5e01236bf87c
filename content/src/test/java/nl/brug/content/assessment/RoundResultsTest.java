package nl.brug.content.assessment;

import static nl.brug.content.assessment.Answer.DONT_KNOW;
import static nl.brug.content.assessment.Answer.NOT_APPLICABLE;
import static nl.brug.content.assessment.AnswerScale.AGREEMENT_5;
import static nl.brug.content.assessment.AnswerScale.DEVELOPMENT_4;
import static nl.brug.content.assessment.Responses.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RoundResultsTest {

  private static final Offset<Double> TOLERANCE = within(1e-9);

  /** Composition: two agreement items; reach and working methods: one development item each. */
  private static Checklist checklist() {
    return new Checklist(
        List.of(
            new ChecklistDimension("samenstelling", "Samenstelling van het team", 1),
            new ChecklistDimension("toegankelijkheid", "Toegankelijkheid en bereik", 2),
            new ChecklistDimension("werkwijze", "Werkwijze", 3)),
        List.of(
            new ChecklistItem("S1", "samenstelling", "Ons team weerspiegelt de wijk.", AGREEMENT_5),
            new ChecklistItem(
                "S2", "samenstelling", "Wij spreken de talen van de wijk.", AGREEMENT_5),
            new ChecklistItem("T1", "toegankelijkheid", "Wij werken met tolken.", DEVELOPMENT_4),
            new ChecklistItem("W1", "werkwijze", "Wij vragen naar het netwerk.", DEVELOPMENT_4)));
  }

  @Test
  void dimensionMeanAndSpread_coverEveryCountedAnswerOfItsItems_onTheZeroToHundredRange() {
    // S1: 5, 4, 2 → 100, 75, 25; S2: 3 → 50 (the rest n.v.t. or weet niet)
    RoundResults results =
        RoundResults.of(
            checklist(),
            List.of(
                response("S1", 5, "S2", 3),
                response("S1", 4, "S2", NOT_APPLICABLE),
                response("S1", 2, "S2", DONT_KNOW)));

    ScoreSummary composition = results.dimension("samenstelling").orElseThrow().score();
    assertThat(composition.mean().getAsDouble()).isCloseTo(62.5, TOLERANCE);
    assertThat(composition.spread().getAsDouble()).isCloseTo(27.950849718747, within(1e-9));
    assertThat(composition.countedAnswers()).isEqualTo(4);

    ScoreSummary s1 = results.item("S1").orElseThrow().score();
    assertThat(s1.mean().getAsDouble()).isCloseTo(66.666666666667, within(1e-9));
    assertThat(s1.spread().getAsDouble()).isCloseTo(31.180478223116, within(1e-9));
  }

  @Test
  void notApplicableAndDontKnow_stayOutOfMeanAndSpread_butAreCountedInTheDistribution() {
    RoundResults results =
        RoundResults.of(
            checklist(),
            List.of(response("S2", 3), response("S2", NOT_APPLICABLE), response("S2", DONT_KNOW)));

    ScoreSummary s2 = results.item("S2").orElseThrow().score();
    assertThat(s2.mean().getAsDouble()).isEqualTo(50.0);
    assertThat(s2.spread().getAsDouble()).isEqualTo(0.0);
    assertThat(s2.countedAnswers()).isEqualTo(1);
    Distribution distribution = s2.distribution();
    assertThat(distribution.steps())
        .extracting(s -> s.step().label() + "=" + s.count())
        .containsExactly(
            "helemaal oneens=0", "oneens=0", "neutraal=1", "eens=0", "helemaal eens=0");
    assertThat(distribution.notApplicable()).isEqualTo(1);
    assertThat(distribution.dontKnow()).isEqualTo(1);
  }

  @Test
  void theDimensionDistribution_addsUpTheAnswersOfItsItems() {
    RoundResults results =
        RoundResults.of(
            checklist(),
            List.of(
                response("S1", 5, "S2", 5),
                response("S1", 4, "S2", NOT_APPLICABLE),
                response("S1", DONT_KNOW, "S2", NOT_APPLICABLE)));

    Distribution composition =
        results.dimension("samenstelling").orElseThrow().score().distribution();
    assertThat(composition.count(AGREEMENT_5, 5)).isEqualTo(2);
    assertThat(composition.count(AGREEMENT_5, 4)).isEqualTo(1);
    assertThat(composition.count(AGREEMENT_5, 1)).isZero();
    assertThat(composition.notApplicable()).isEqualTo(2);
    assertThat(composition.dontKnow()).isEqualTo(1);
  }

  @Test
  void twoResponses_areNotShown_andSayWhy() {
    RoundResults results =
        RoundResults.of(checklist(), List.of(response("S1", 5), response("S1", 1)));

    assertThat(results.shown()).isFalse();
    assertThat(results.responseCount()).isEqualTo(2);
    assertThat(results.hiddenReason())
        .hasValue("Nog te weinig ingevulde lijsten: 2 van minimaal 3");
    assertThat(results.dimensions()).isEmpty();
    assertThat(results.items()).isEmpty();
    assertThat(results.overallScore()).isEmpty();
    assertThat(results.mostDisagreement(5)).isEmpty();
  }

  @Test
  void threeResponses_areShown() {
    RoundResults results =
        RoundResults.of(
            checklist(), List.of(response("S1", 5), response("S1", 1), response("S1", 3)));

    assertThat(results.shown()).isTrue();
    assertThat(results.hiddenReason()).isEmpty();
    assertThat(results.dimensionMean("samenstelling").getAsDouble()).isEqualTo(50.0);
  }

  @Test
  void aStricterMinimumMayBeGiven_butNeverOneBelowThree() {
    List<SubmittedResponse> four =
        List.of(response("S1", 5), response("S1", 1), response("S1", 3), response("S1", 2));

    assertThat(RoundResults.of(checklist(), four, 5).hiddenReason())
        .hasValue("Nog te weinig ingevulde lijsten: 4 van minimaal 5");
    assertThatThrownBy(() -> RoundResults.of(checklist(), four, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDimensionWithOnlyNotApplicableAnswers_hasNoMean_andIsLeftOutOfTheOverallScore() {
    RoundResults results =
        RoundResults.of(
            checklist(),
            List.of(
                response("S1", 5, "T1", 1, "W1", NOT_APPLICABLE),
                response("S1", 5, "T1", 1, "W1", NOT_APPLICABLE),
                response("S1", 5, "T1", 1, "W1", NOT_APPLICABLE)));

    ScoreSummary workingMethods = results.dimension("werkwijze").orElseThrow().score();
    assertThat(workingMethods.mean()).isEmpty();
    assertThat(workingMethods.spread()).isEmpty();
    assertThat(workingMethods.countedAnswers()).isZero();
    assertThat(workingMethods.distribution().notApplicable()).isEqualTo(3);
    // (100 + 0) / 2, not (100 + 0 + 0) / 3
    assertThat(results.overallScore().getAsDouble()).isEqualTo(50.0);
  }

  @Test
  void theOverallScore_isTheMeanOfTheDimensionMeans_notOfAllAnswers() {
    // composition: four answers at 100; reach: one answer at 0 → 50, not 80
    RoundResults results =
        RoundResults.of(
            checklist(),
            List.of(
                response("S1", 5, "S2", 5, "T1", 1),
                response("S1", 5, "S2", 5),
                response("T1", NOT_APPLICABLE)));

    assertThat(results.overallScore().getAsDouble()).isEqualTo(50.0);
  }

  @Test
  void itemsOnDifferentScalesInOneDimension_combineThroughTheirNormalisedScores() {
    Checklist mixed =
        new Checklist(
            List.of(new ChecklistDimension("expertise", "Deskundigheid en scholing", 1)),
            List.of(
                new ChecklistItem("E1", "expertise", "Wij volgden een training.", DEVELOPMENT_4),
                new ChecklistItem("E2", "expertise", "Ik voel me toegerust.", AGREEMENT_5)));

    RoundResults results =
        RoundResults.of(
            mixed, List.of(response("E1", 2, "E2", 5), response("E1", 2, "E2", 5), response()));

    ScoreSummary expertise = results.dimension("expertise").orElseThrow().score();
    // 33.3, 33.3, 100, 100
    assertThat(expertise.mean().getAsDouble()).isCloseTo(66.666666666667, within(1e-9));
    assertThat(expertise.spread().getAsDouble()).isCloseTo(33.333333333333, within(1e-9));
    assertThat(expertise.distribution().steps()).hasSize(4 + 5);
    assertThat(expertise.distribution().count(DEVELOPMENT_4, 2)).isEqualTo(2);
    assertThat(expertise.distribution().count(AGREEMENT_5, 5)).isEqualTo(2);
  }

  @Test
  void theItemsWithMostDisagreement_comeLargestSpreadFirst_tiesByKey() {
    // S1: 0, 100, 50 (40.8); S2: all 50 (0); T1: 0, 100, 0 and W1: 0, 100, 100 (both 47.1)
    RoundResults results =
        RoundResults.of(
            checklist(),
            List.of(
                response("W1", 1, "T1", 1, "S1", 1, "S2", 3),
                response("W1", 4, "T1", 4, "S1", 5, "S2", 3),
                response("W1", 4, "T1", 1, "S1", 3, "S2", 3)));

    assertThat(results.mostDisagreement(3))
        .extracting(i -> i.item().key())
        .containsExactly("T1", "W1", "S1");
    assertThat(results.mostDisagreement(10))
        .extracting(i -> i.item().key())
        .containsExactly("T1", "W1", "S1", "S2");
  }

  @Test
  void anAnswerTheChecklistCannotHold_isRefused() {
    assertThatThrownBy(() -> RoundResults.of(checklist(), List.of(response("X9", 3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X9");
    assertThatThrownBy(() -> RoundResults.of(checklist(), List.of(response("T1", 5))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
