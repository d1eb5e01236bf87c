package nl.brug.content.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScoreFormatTest {

  @Test
  void scoresReadWithOneDecimalAndADecimalComma_halvesRoundedUp() {
    assertThat(ScoreFormat.oneDecimal(200.0 / 3)).isEqualTo("66,7");
    assertThat(ScoreFormat.oneDecimal(62.25)).isEqualTo("62,3");
    assertThat(ScoreFormat.oneDecimal(100)).isEqualTo("100,0");
    assertThat(ScoreFormat.oneDecimal(0)).isEqualTo("0,0");
  }

  @Test
  void aMissingScore_readsAsADash() {
    assertThat(ScoreFormat.oneDecimal(OptionalDouble.empty())).isEqualTo("–");
  }
}
