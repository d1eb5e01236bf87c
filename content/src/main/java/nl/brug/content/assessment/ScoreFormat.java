package nl.brug.content.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * Presents a score the way Dutch readers expect it: one decimal, a decimal comma, halves rounded up
 * ({@code 66.666…} is "66,7"). Scores are kept unrounded everywhere else, so rounding happens once,
 * at the end. A missing score reads as a dash.
 */
public final class ScoreFormat {

  /** What a missing score reads as. */
  public static final String NO_SCORE = "–";

  private ScoreFormat() {}

  public static String oneDecimal(double score) {
    return BigDecimal.valueOf(score)
        .setScale(1, RoundingMode.HALF_UP)
        .toPlainString()
        .replace('.', ',');
  }

  public static String oneDecimal(OptionalDouble score) {
    return score.isPresent() ? oneDecimal(score.getAsDouble()) : NO_SCORE;
  }
}
