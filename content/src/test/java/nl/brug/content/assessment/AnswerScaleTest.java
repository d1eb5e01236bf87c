package nl.brug.content.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.brug.content.assessment.AnswerScale.Step;
import org.junit.jupiter.api.Test;

class AnswerScaleTest {

  @Test
  void developmentScale_runsInFourStepsFromNotStartedToEmbedded() {
    assertThat(AnswerScale.DEVELOPMENT_4.steps())
        .containsExactly(
            new Step(1, "nog niet gestart"),
            new Step(2, "in ontwikkeling"),
            new Step(3, "grotendeels gerealiseerd"),
            new Step(4, "verankerd"));
    assertThat(AnswerScale.DEVELOPMENT_4.min()).isEqualTo(1);
    assertThat(AnswerScale.DEVELOPMENT_4.max()).isEqualTo(4);
  }

  @Test
  void agreementScale_runsInFiveStepsFromFullyDisagreeToFullyAgree() {
    assertThat(AnswerScale.AGREEMENT_5.steps())
        .extracting(Step::label)
        .containsExactly("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens");
    assertThat(AnswerScale.AGREEMENT_5.step(5).label()).isEqualTo("helemaal eens");
  }

  @Test
  void everyScaleNormalisesItsLowestStepTo0AndItsHighestTo100_theRestEvenlyBetween() {
    assertThat(AnswerScale.AGREEMENT_5.normalise(1)).isEqualTo(0.0);
    assertThat(AnswerScale.AGREEMENT_5.normalise(2)).isEqualTo(25.0);
    assertThat(AnswerScale.AGREEMENT_5.normalise(3)).isEqualTo(50.0);
    assertThat(AnswerScale.AGREEMENT_5.normalise(5)).isEqualTo(100.0);
    assertThat(AnswerScale.DEVELOPMENT_4.normalise(1)).isEqualTo(0.0);
    assertThat(AnswerScale.DEVELOPMENT_4.normalise(2)).isCloseTo(33.333, within(0.001));
    assertThat(AnswerScale.DEVELOPMENT_4.normalise(3)).isCloseTo(66.667, within(0.001));
    assertThat(AnswerScale.DEVELOPMENT_4.normalise(4)).isEqualTo(100.0);
  }

  @Test
  void aStepOffTheScale_isRefused() {
    assertThatThrownBy(() -> AnswerScale.DEVELOPMENT_4.normalise(5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnswerScale.AGREEMENT_5.step(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void notApplicableAndDontKnow_areNoSteps_andReadInDutch() {
    assertThat(Answer.NOT_APPLICABLE.counts()).isFalse();
    assertThat(Answer.DONT_KNOW.counts()).isFalse();
    assertThat(Answer.step(2).counts()).isTrue();
    assertThat(Answer.NOT_APPLICABLE.label(AnswerScale.AGREEMENT_5))
        .isEqualTo("niet van toepassing");
    assertThat(Answer.DONT_KNOW.label(AnswerScale.AGREEMENT_5)).isEqualTo("weet ik niet");
    assertThat(Answer.step(4).label(AnswerScale.DEVELOPMENT_4)).isEqualTo("verankerd");
  }

  @Test
  void anAnswerIsEitherAStepOrOneOfTheTwoAnswersOutsideTheScale() {
    assertThatThrownBy(() -> Answer.step(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Answer(Answer.Kind.DONT_KNOW, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Answer.step(3)).isEqualTo(Answer.step(3));
  }
}
