package nl.brug.content.assessment.report;

import static nl.brug.content.assessment.report.AssessmentCharts.OVERALL;
import static nl.brug.content.assessment.report.ChartParts.HEADER_DIMENSION;
import static nl.brug.content.assessment.report.ChartParts.clamp;
import static nl.brug.content.assessment.report.ChartParts.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.TeamTrend;
import nl.brug.content.assessment.Trend;

/**
 * A team's scores over its rounds as a line chart ({@link AssessmentCharts#trend}): one line per
 * dimension and a bold one for the overall score, told apart by colour, dash pattern and marker.
 */
final class TrendChart {

  private static final String TREND_TITLE = "Scores door de tijd";
  private static final String OVERALL_LABEL = "Totaalscore";

  /**
   * Dimension lines in the trend: Okabe–Ito blue, vermillion, bluish green, reddish purple and
   * orange (darkened from #E69F00, 2.3:1, to #A86F00, 4.3:1).
   */
  private static final String[] SERIES_COLOURS = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#A86F00"
  };

  private static final String[] SERIES_DASHES = {null, "8 4", "2 3", "10 3 2 3", "14 4"};

  private TrendChart() {}

  static Chart trend(TeamTrend trend) {
    Objects.requireNonNull(trend, "trend");
    Trend scores = trend.trend();
    int rounds = scores.overall().size();
    List<String> periods = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      periods.add(period(trend.rounds(), i));
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < scores.dimensions().size(); i++) {
      Trend.DimensionSeries series = scores.dimensions().get(i);
      lines.add(
          new Line(
              series.dimension().name(),
              series.means(),
              SERIES_COLOURS[i % SERIES_COLOURS.length],
              SERIES_DASHES[(i + i / SERIES_DASHES.length) % SERIES_DASHES.length],
              Marker.values()[i % Marker.values().length],
              2));
    }
    lines.add(new Line(OVERALL_LABEL, scores.overall(), OVERALL, null, Marker.BIG_CIRCLE, 4));

    List<String> headers = new ArrayList<>();
    headers.add(HEADER_DIMENSION);
    headers.addAll(periods);
    List<List<String>> rows = new ArrayList<>();
    for (Line line : lines) {
      List<String> row = new ArrayList<>();
      row.add(line.name());
      line.means().forEach(mean -> row.add(score(mean)));
      rows.add(row);
    }
    ChartTable table = new ChartTable("Gemiddelde score per ronde (0–100)", headers, rows);
    String description = trendDescription(periods, lines);
    return new Chart(TREND_TITLE, trendSvg(periods, lines, description), table);
  }

  /** One line of the trend chart. */
  private record Line(
      String name,
      List<OptionalDouble> means,
      String colour,
      String dash,
      Marker marker,
      double strokeWidth) {}

  private static String period(List<RoundSummary> rounds, int i) {
    if (i < rounds.size()) {
      String period = rounds.get(i).period();
      if (period != null && !period.isBlank()) {
        return period;
      }
    }
    return "Ronde " + (i + 1);
  }

  private static String trendDescription(List<String> periods, List<Line> lines) {
    StringBuilder text = new StringBuilder("Lijndiagram met de gemiddelde score (0–100) per ronde");
    if (periods.isEmpty()) {
      return text.append(": nog geen rondes.").toString();
    }
    text.append(", van ").append(periods.get(0)).append(" tot ");
    text.append(periods.get(periods.size() - 1)).append(". ");
    for (Line line : lines) {
      text.append(line.name()).append(": ");
      for (int i = 0; i < line.means().size(); i++) {
        text.append(i == 0 ? "" : ", ").append(periods.get(i)).append(' ');
        text.append(score(line.means().get(i)));
      }
      text.append(". ");
    }
    return text.toString().trim();
  }

  private static String trendSvg(List<String> periods, List<Line> lines, String description) {
    double left = 56;
    double right = 610;
    double top = 16;
    double bottom = 256;
    int n = periods.size();
    List<List<String>> periodLabels = periods.stream().map(p -> Svg.wrap(p, 14, 2)).toList();
    double legendTop = bottom + 52;
    List<List<String>> legendLabels = lines.stream().map(l -> Svg.wrap(l.name(), 60, 2)).toList();
    double legendHeight =
        legendLabels.stream().mapToDouble(l -> Math.max(22, l.size() * 14 + 8)).sum();
    int height = (int) Math.ceil(legendTop + legendHeight + 8);
    Svg svg = new Svg(640, height, TREND_TITLE, description);

    svg.group("stroke", Svg.GRID, "stroke-width", "1");
    for (int tick = 0; tick <= 100; tick += 25) {
      double y = trendY(tick, top, bottom);
      svg.element(
          "line",
          null,
          "x1",
          Svg.num(left),
          "y1",
          Svg.num(y),
          "x2",
          Svg.num(right),
          "y2",
          Svg.num(y));
    }
    svg.end();
    svg.element(
        "line",
        null,
        "x1",
        Svg.num(left),
        "y1",
        Svg.num(bottom),
        "x2",
        Svg.num(right),
        "y2",
        Svg.num(bottom),
        "stroke",
        Svg.AXIS);
    svg.group("font-size", "10", "fill", Svg.MUTED, "text-anchor", "end");
    for (int tick = 0; tick <= 100; tick += 25) {
      svg.text(left - 6, trendY(tick, top, bottom) + 3.5, Integer.toString(tick));
    }
    svg.end();
    if (n == 0) {
      svg.text(
          (left + right) / 2,
          (top + bottom) / 2,
          "Nog geen rondes",
          "text-anchor",
          "middle",
          "fill",
          Svg.TEXT);
    }
    for (int i = 0; i < n; i++) {
      svg.lines(
          trendX(i, n, left, right),
          bottom + 18,
          periodLabels.get(i),
          13,
          "text-anchor",
          "middle",
          "fill",
          Svg.TEXT,
          "font-size",
          "11");
    }

    for (Line line : lines) {
      svg.group("class", "series");
      List<double[]> segment = new ArrayList<>();
      for (int i = 0; i <= n; i++) {
        OptionalDouble mean =
            i < n && i < line.means().size() ? line.means().get(i) : OptionalDouble.empty();
        if (mean.isPresent()) {
          segment.add(
              new double[] {trendX(i, n, left, right), trendY(mean.getAsDouble(), top, bottom)});
        } else {
          if (segment.size() >= 2) {
            svg.element(
                "polyline",
                null,
                "points",
                Svg.points(segment),
                "fill",
                "none",
                "stroke",
                line.colour(),
                "stroke-width",
                Svg.num(line.strokeWidth()),
                "stroke-dasharray",
                line.dash(),
                "stroke-linejoin",
                "round",
                "stroke-linecap",
                "round");
          }
          segment.clear();
        }
      }
      for (int i = 0; i < n && i < line.means().size(); i++) {
        OptionalDouble mean = line.means().get(i);
        if (mean.isPresent()) {
          line.marker()
              .draw(
                  svg,
                  trendX(i, n, left, right),
                  trendY(mean.getAsDouble(), top, bottom),
                  line.colour(),
                  line.name() + ", " + periods.get(i) + ": " + score(mean));
        }
      }
      svg.end();
    }

    double y = legendTop;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      svg.element(
          "line",
          null,
          "x1",
          Svg.num(left),
          "y1",
          Svg.num(y + 7),
          "x2",
          Svg.num(left + 44),
          "y2",
          Svg.num(y + 7),
          "stroke",
          line.colour(),
          "stroke-width",
          Svg.num(line.strokeWidth()),
          "stroke-dasharray",
          line.dash());
      line.marker().draw(svg, left + 22, y + 7, line.colour(), null);
      svg.lines(left + 56, y + 11, legendLabels.get(i), 14, "fill", Svg.TEXT);
      y += Math.max(22, legendLabels.get(i).size() * 14 + 8);
    }
    return svg.finish();
  }

  private static double trendX(int i, int n, double left, double right) {
    double inset = 36;
    if (n <= 1) {
      return (left + right) / 2;
    }
    return left + inset + (right - left - 2 * inset) * i / (n - 1);
  }

  private static double trendY(double value, double top, double bottom) {
    return bottom - (bottom - top) * clamp(value) / 100;
  }
}
