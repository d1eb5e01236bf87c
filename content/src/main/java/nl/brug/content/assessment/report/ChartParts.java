package nl.brug.content.assessment.report;

import static nl.brug.content.assessment.report.AssessmentCharts.NO_SCORE;
import static nl.brug.content.assessment.report.AssessmentCharts.OTHERS;
import static nl.brug.content.assessment.report.AssessmentCharts.TEAM;

import java.util.List;
import java.util.OptionalDouble;
import nl.brug.content.assessment.ScoreFormat;

/**
 * What the charts share: the chart that only says why results are hidden, the legend of the team
 * beside the other teams, and how scores and counts read.
 */
final class ChartParts {

  static final String HEADER_DIMENSION = "Dimensie";

  private ChartParts() {}

  /**
   * The chart of results that are not shown: only the Dutch reason why, in the SVG and the table.
   */
  static Chart hidden(String title, String reason) {
    List<String> lines = Svg.wrap(reason, 80, 3);
    int height = 40 + lines.size() * 18;
    String svg =
        new Svg(640, height, title, reason)
            .element(
                "rect",
                null,
                "x",
                "1",
                "y",
                "1",
                "width",
                "638",
                "height",
                Integer.toString(height - 2),
                "rx",
                "6",
                "fill",
                "#F2F2F2",
                "stroke",
                Svg.AXIS)
            .lines(320, 32, lines, 18, "text-anchor", "middle", "font-size", "14", "fill", Svg.TEXT)
            .finish();
    return new Chart(
        title, svg, new ChartTable(title, List.of("Toelichting"), List.of(List.of(reason))));
  }

  /** The legend of the radar and its bars: the own polygon and, when compared, the others'. */
  static void legend(Svg svg, double x, double y, String othersLabel, String ownLegend) {
    svg.element(
        "rect",
        null,
        "x",
        Svg.num(x),
        "y",
        Svg.num(y - 10),
        "width",
        "28",
        "height",
        "14",
        "fill",
        TEAM,
        "fill-opacity",
        "0.2",
        "stroke",
        TEAM,
        "stroke-width",
        "2");
    Marker.CIRCLE.draw(svg, x + 14, y - 3, TEAM, null);
    svg.text(x + 36, y + 1, ownLegend, "fill", Svg.TEXT);
    if (othersLabel != null) {
      double ox = x + 140;
      svg.element(
          "line",
          null,
          "x1",
          Svg.num(ox),
          "y1",
          Svg.num(y - 3),
          "x2",
          Svg.num(ox + 28),
          "y2",
          Svg.num(y - 3),
          "stroke",
          OTHERS,
          "stroke-width",
          "2.5",
          "stroke-dasharray",
          "8 5");
      Marker.SQUARE.draw(svg, ox + 14, y - 3, OTHERS, null);
      svg.text(ox + 36, y + 1, othersLabel, "fill", Svg.TEXT);
    }
  }

  static String[] concat(String[] first, String... second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  /** A mean as tables and labels show it: "62,5", or "geen score". */
  static String score(OptionalDouble mean) {
    return mean.isPresent() ? ScoreFormat.oneDecimal(mean.getAsDouble()) : NO_SCORE;
  }

  static String count(int count) {
    return Integer.toString(count);
  }

  static double clamp(double value) {
    return Math.max(0, Math.min(100, value));
  }
}
