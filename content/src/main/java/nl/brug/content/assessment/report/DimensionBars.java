package nl.brug.content.assessment.report;

import static nl.brug.content.assessment.report.AssessmentCharts.NO_SCORE;
import static nl.brug.content.assessment.report.AssessmentCharts.OTHERS;
import static nl.brug.content.assessment.report.AssessmentCharts.TEAM;
import static nl.brug.content.assessment.report.ChartParts.clamp;
import static nl.brug.content.assessment.report.ChartParts.concat;
import static nl.brug.content.assessment.report.ChartParts.legend;
import static nl.brug.content.assessment.report.ChartParts.score;
import static nl.brug.content.assessment.report.RadarChart.RADAR_TITLE;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The fallback of the radar for fewer than three dimensions, where a radar says nothing: one
 * horizontal bar per dimension for the team, and a dashed one for the other teams when the
 * comparison may be shown.
 */
final class DimensionBars {

  private DimensionBars() {}

  static String barsSvg(
      List<DimensionScore> scores,
      String othersLabel,
      String description,
      String ownLegend,
      String ownWords) {
    double x0 = 230;
    double full = 340;
    double barHeight = 16;
    List<List<String>> labels =
        scores.stream().map(s -> Svg.wrap(s.dimension().name(), 28, 4)).toList();
    double top = 16;
    double y = top;
    List<Double> rowTops = new ArrayList<>();
    for (List<String> label : labels) {
      rowTops.add(y);
      double bars = othersLabel != null ? 2 * barHeight + 6 : barHeight;
      y += Math.max(label.size() * 14, bars) + 18;
    }
    double axisY = y;
    int height = (int) Math.ceil(axisY + 24 + 40);
    Svg svg = new Svg(640, height, RADAR_TITLE, description);

    svg.group("stroke", Svg.GRID, "stroke-width", "1");
    for (int tick = 0; tick <= 100; tick += 25) {
      double x = x0 + full * tick / 100;
      svg.element(
          "line",
          null,
          "x1",
          Svg.num(x),
          "y1",
          Svg.num(top - 6),
          "x2",
          Svg.num(x),
          "y2",
          Svg.num(axisY));
    }
    svg.end();
    svg.group("font-size", "10", "fill", Svg.MUTED, "text-anchor", "middle");
    for (int tick = 0; tick <= 100; tick += 25) {
      svg.text(x0 + full * tick / 100, axisY + 14, Integer.toString(tick));
    }
    svg.end();

    for (int i = 0; i < scores.size(); i++) {
      DimensionScore score = scores.get(i);
      double rowTop = rowTops.get(i);
      svg.lines(10, rowTop + 12, labels.get(i), 14, "fill", Svg.TEXT);
      bar(
          svg,
          x0,
          rowTop,
          full,
          barHeight,
          score.mean(),
          TEAM,
          false,
          score.dimension().name() + ", " + ownWords);
      if (othersLabel != null) {
        bar(
            svg,
            x0,
            rowTop + barHeight + 6,
            full,
            barHeight,
            score.others(),
            OTHERS,
            true,
            score.dimension().name() + ", andere teams");
      }
    }
    legend(svg, 40, height - 16, othersLabel, ownLegend);
    return svg.finish();
  }

  private static void bar(
      Svg svg,
      double x0,
      double y,
      double full,
      double height,
      OptionalDouble value,
      String colour,
      boolean dashed,
      String name) {
    if (value.isEmpty()) {
      svg.text(x0 + 4, y + height - 4, NO_SCORE, "fill", Svg.TEXT);
      return;
    }
    double length = full * clamp(value.getAsDouble()) / 100;
    String[] look =
        dashed
            ? new String[] {
              "fill",
              "#FFFFFF",
              "stroke",
              colour,
              "stroke-width",
              "2",
              "stroke-dasharray",
              "6 3",
              "class",
              "others"
            }
            : new String[] {"fill", colour, "class", "team"};
    svg.element(
        "rect",
        name + ": " + score(value),
        concat(
            new String[] {
              "x", Svg.num(x0), "y", Svg.num(y), "width", Svg.num(length), "height", Svg.num(height)
            },
            look));
    svg.text(x0 + length + 6, y + height - 4, score(value), "fill", Svg.TEXT);
  }
}
