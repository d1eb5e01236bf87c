package nl.brug.content.assessment.report;

import static nl.brug.content.assessment.report.AssessmentCharts.NO_SCORE;
import static nl.brug.content.assessment.report.AssessmentCharts.OTHERS;
import static nl.brug.content.assessment.report.AssessmentCharts.TEAM;
import static nl.brug.content.assessment.report.ChartParts.clamp;
import static nl.brug.content.assessment.report.ChartParts.hidden;
import static nl.brug.content.assessment.report.ChartParts.legend;
import static nl.brug.content.assessment.report.ChartParts.score;
import static nl.brug.content.assessment.report.DimensionBars.barsSvg;
import static nl.brug.content.assessment.report.DimensionScore.dimensionTable;
import static nl.brug.content.assessment.report.DimensionScore.othersMean;
import static nl.brug.content.assessment.report.DimensionScore.radarDescription;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.RoundResults;

/**
 * The radar (spider) chart of the mean per dimension: a team beside the other teams ({@link
 * AssessmentCharts#radar}) or a municipality's teams beside all others ({@link
 * AssessmentCharts#municipalityRadar}). With fewer than three dimensions a radar says nothing, so
 * {@link DimensionBars} draws the same numbers as horizontal bars.
 */
final class RadarChart {

  static final String RADAR_TITLE = "Scores per dimensie";
  private static final String LEGEND_TEAM = "Dit team";
  private static final String LEGEND_MUNICIPALITY = "Deze gemeente";

  private RadarChart() {}

  static Chart radar(RoundResults results, Benchmark benchmark) {
    Objects.requireNonNull(results, "results");
    if (!results.shown()) {
      return hidden(RADAR_TITLE, results.hiddenReason().orElseThrow());
    }
    boolean compare = benchmark != null && benchmark.shown();
    List<DimensionScore> scores =
        results.checklist().dimensions().stream()
            .map(
                d ->
                    new DimensionScore(
                        d,
                        results.dimensionMean(d.code()),
                        results
                            .dimension(d.code())
                            .map(r -> r.score().spread())
                            .orElse(OptionalDouble.empty()),
                        compare ? othersMean(benchmark, d.code()) : OptionalDouble.empty()))
            .toList();
    return radarOrBars(RADAR_TITLE, scores, compare, benchmark, LEGEND_TEAM, "dit team", true);
  }

  static Chart municipalityRadar(String municipalityName, Benchmark benchmark) {
    Objects.requireNonNull(benchmark, "benchmark");
    boolean compare = benchmark.shown();
    List<DimensionScore> scores =
        benchmark.dimensions().stream()
            .map(
                row ->
                    new DimensionScore(
                        row.dimension(),
                        row.own(),
                        OptionalDouble.empty(),
                        compare
                            ? othersMean(benchmark, row.dimension().code())
                            : OptionalDouble.empty()))
            .toList();
    return radarOrBars(
        "Scores per dimensie: " + municipalityName + " en de andere teams",
        scores,
        compare,
        benchmark,
        LEGEND_MUNICIPALITY,
        "de teams van " + municipalityName,
        false);
  }

  private static Chart radarOrBars(
      String title,
      List<DimensionScore> scores,
      boolean compare,
      Benchmark benchmark,
      String ownLegend,
      String ownWords,
      boolean withSpread) {
    String othersLabel = compare ? othersLabel(benchmark.otherTeams()) : null;
    String description = radarDescription(scores, othersLabel, scores.size() >= 3, ownWords);
    String svg =
        scores.size() >= 3
            ? radarSvg(scores, othersLabel, description, ownLegend, ownWords)
            : barsSvg(scores, othersLabel, description, ownLegend, ownWords);
    return new Chart(title, svg, dimensionTable(scores, compare, withSpread));
  }

  private static String othersLabel(int teams) {
    return "Gemiddelde van " + teams + " andere teams";
  }

  private static String radarSvg(
      List<DimensionScore> scores,
      String othersLabel,
      String description,
      String ownLegend,
      String ownWords) {
    double cx = 320;
    double radius = 150;
    double lineHeight = 14;
    int n = scores.size();
    List<List<String>> labels = new ArrayList<>();
    for (DimensionScore score : scores) {
      List<String> label = new ArrayList<>(Svg.wrap(score.dimension().name(), 22, 4));
      if (score.mean().isEmpty()) {
        label.add("(" + NO_SCORE + ")");
      }
      labels.add(label);
    }
    // room above for the label of the first axis, which points straight up
    double cy = 10 + labels.get(0).size() * lineHeight + 14 + radius;
    double[] labelBaselines = new double[n];
    double bottom = cy + radius;
    for (int i = 0; i < n; i++) {
      double sin = Math.sin(angle(i, n));
      double y = cy + (radius + 14) * sin;
      double block = labels.get(i).size() * lineHeight;
      labelBaselines[i] = sin < -0.25 ? y - block + 10 : sin > 0.25 ? y + 12 : y - block / 2 + 10;
      bottom = Math.max(bottom, labelBaselines[i] + (labels.get(i).size() - 1) * lineHeight + 4);
    }
    double legendY = bottom + 36;
    Svg svg = new Svg(640, (int) Math.ceil(legendY + 14), RADAR_TITLE, description);
    svg.group("fill", "none", "stroke", Svg.GRID, "stroke-width", "1");
    for (int ring : new int[] {25, 50, 75, 100}) {
      List<double[]> points = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        points.add(radarPoint(cx, cy, radius, i, n, ring));
      }
      svg.element("polygon", null, "points", Svg.points(points), "class", "ring");
    }
    for (int i = 0; i < n; i++) {
      double[] end = radarPoint(cx, cy, radius, i, n, 100);
      svg.element(
          "line",
          null,
          "x1",
          Svg.num(cx),
          "y1",
          Svg.num(cy),
          "x2",
          Svg.num(end[0]),
          "y2",
          Svg.num(end[1]),
          "class",
          "axis");
    }
    svg.end();
    svg.group("font-size", "10", "fill", Svg.MUTED);
    for (int ring : new int[] {25, 50, 75, 100}) {
      svg.text(cx + 7, cy - radius * ring / 100 - 3, Integer.toString(ring));
    }
    svg.end();

    svg.element(
        "polygon",
        null,
        "points",
        Svg.points(radarPolygon(scores, DimensionScore::mean, cx, cy, radius)),
        "fill",
        TEAM,
        "fill-opacity",
        "0.2",
        "stroke",
        TEAM,
        "stroke-width",
        "2.5",
        "stroke-linejoin",
        "round",
        "class",
        "team");
    if (othersLabel != null) {
      svg.element(
          "polygon",
          null,
          "points",
          Svg.points(radarPolygon(scores, DimensionScore::others, cx, cy, radius)),
          "fill",
          "none",
          "stroke",
          OTHERS,
          "stroke-width",
          "2.5",
          "stroke-dasharray",
          "8 5",
          "stroke-linejoin",
          "round",
          "class",
          "others");
    }
    for (int i = 0; i < n; i++) {
      DimensionScore score = scores.get(i);
      if (score.mean().isPresent()) {
        double[] p = radarPoint(cx, cy, radius, i, n, score.mean().getAsDouble());
        Marker.CIRCLE.draw(
            svg,
            p[0],
            p[1],
            TEAM,
            score.dimension().name() + ", " + ownWords + ": " + score(score.mean()));
      }
      if (othersLabel != null && score.others().isPresent()) {
        double[] p = radarPoint(cx, cy, radius, i, n, score.others().getAsDouble());
        Marker.SQUARE.draw(
            svg,
            p[0],
            p[1],
            OTHERS,
            score.dimension().name() + ", andere teams: " + score(score.others()));
      }
    }

    for (int i = 0; i < n; i++) {
      double cos = Math.cos(angle(i, n));
      String anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
      svg.lines(
          cx + (radius + 14) * cos,
          labelBaselines[i],
          labels.get(i),
          lineHeight,
          "text-anchor",
          anchor,
          "fill",
          Svg.TEXT);
    }

    legend(svg, 40, legendY, othersLabel, ownLegend);
    return svg.finish();
  }

  /** Axis i of n points straight up for the first dimension and goes round clockwise. */
  private static double angle(int i, int n) {
    return -Math.PI / 2 + 2 * Math.PI * i / n;
  }

  private static double[] radarPoint(
      double cx, double cy, double radius, int i, int n, double value) {
    double r = radius * clamp(value) / 100;
    double angle = angle(i, n);
    return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
  }

  /** The polygon through every axis; a dimension without a value lies at the centre. */
  private static List<double[]> radarPolygon(
      List<DimensionScore> scores,
      Function<DimensionScore, OptionalDouble> value,
      double cx,
      double cy,
      double radius) {
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      OptionalDouble v = value.apply(scores.get(i));
      points.add(radarPoint(cx, cy, radius, i, scores.size(), v.isPresent() ? v.getAsDouble() : 0));
    }
    return points;
  }
}
