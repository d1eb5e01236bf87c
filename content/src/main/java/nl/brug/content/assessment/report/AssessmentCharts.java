package nl.brug.content.assessment.report;

import java.util.OptionalDouble;
import nl.brug.content.assessment.AnswerScale;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.Distribution;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.TeamTrend;

/**
 * The charts of the self-assessment as SVG rendered on the server (no script, no library), each
 * with a table of the same numbers.
 *
 * <p>Every SVG has {@code role="img"}, a {@code <title>} and a {@code <desc>} that says the numbers
 * in words, a {@code viewBox} and a width of 100% so it scales with its container, and sans-serif
 * text. Colours come from the Okabe–Ito palette, which people with the common forms of colour
 * blindness can tell apart; orange is darkened so that every line and bar has a contrast of at
 * least 3:1 on white (WCAG 2.1, 1.4.11), text is near black. Series never differ by colour alone:
 * lines also differ in dash pattern and marker shape. Scores are 0–100; the same input always gives
 * the same markup.
 */
public final class AssessmentCharts {

  /** Okabe–Ito blue: the team (5.2:1 on white). */
  static final String TEAM = "#0072B2";

  /** Okabe–Ito vermillion: the other teams (3.9:1 on white). */
  static final String OTHERS = "#D55E00";

  /** The answers outside the scale ("n.v.t.", "weet niet") (5.1:1 on white). */
  static final String OUTSIDE_SCALE = "#6E6E6E";

  /** The overall score in the trend. */
  static final String OVERALL = "#000000";

  /** What a missing mean reads as in tables and labels. */
  static final String NO_SCORE = "geen score";

  /** The answers outside the scale as tables and the CSV name them. */
  static final String NOT_APPLICABLE = "n.v.t.";

  static final String DONT_KNOW = "weet niet";

  private AssessmentCharts() {}

  /**
   * The team's mean per dimension as a radar (spider) chart: one axis per dimension from 0 in the
   * centre to 100, grid rings at 25, 50, 75 and 100, the team as a filled polygon and, when the
   * comparison may be shown, the other teams' means as a dashed polygon. A dimension without a mean
   * is drawn at the centre, marked "geen score" at its axis and in the table. With fewer than three
   * dimensions a radar says nothing, so horizontal bars are drawn instead. When the results are not
   * shown (too few responses) the chart is only the Dutch reason why.
   *
   * @param results the round's results
   * @param benchmark the comparison with other teams; may be null, and is only drawn when {@link
   *     Benchmark#shown()}
   */
  public static Chart radar(RoundResults results, Benchmark benchmark) {
    return RadarChart.radar(results, benchmark);
  }

  /**
   * A municipality's teams beside all other teams on the platform, drawn like {@link #radar}: the
   * municipality's mean per dimension (each of its teams weighing the same) as the filled polygon,
   * the others as the dashed one when the comparison may be shown.
   *
   * @param municipalityName the municipality's name, for the title
   * @param benchmark the municipality's teams beside the others
   */
  public static Chart municipalityRadar(String municipalityName, Benchmark benchmark) {
    return RadarChart.municipalityRadar(municipalityName, benchmark);
  }

  /**
   * The team's scores over its rounds as a line chart: the rounds from left to right (labelled with
   * their period), 0–100 upwards, one line per dimension and a bold line for the overall score. A
   * round without a mean leaves a gap in the line. Lines differ in colour, dash pattern and marker
   * shape; a legend names them.
   */
  public static Chart trend(TeamTrend trend) {
    return TrendChart.trend(trend);
  }

  /**
   * How the answers are spread over the steps of a scale, as horizontal bars with their counts,
   * followed by the answers "n.v.t." (niet van toepassing) and "weet niet" (weet ik niet) in grey,
   * apart from the scale.
   *
   * @param title the Dutch title, for example the name of the dimension or the statement
   * @param distribution the counts
   * @param scale the scale whose steps are shown, lowest first; null shows every step the
   *     distribution lists, for a dimension whose statements use two scales
   */
  public static Chart distribution(String title, Distribution distribution, AnswerScale scale) {
    return DistributionChart.distribution(title, distribution, scale);
  }

  /** A mean as tables and labels show it: "62,5", or "geen score". */
  static String score(OptionalDouble mean) {
    return ChartParts.score(mean);
  }
}
