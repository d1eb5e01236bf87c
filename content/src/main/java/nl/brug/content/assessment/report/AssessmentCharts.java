package nl.brug.content.assessment.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import nl.brug.content.assessment.AnswerScale;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.ChecklistDimension;
import nl.brug.content.assessment.Distribution;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.ScoreFormat;
import nl.brug.content.assessment.TeamTrend;
import nl.brug.content.assessment.Trend;

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

  /**
   * Dimension lines in the trend: Okabe–Ito blue, vermillion, bluish green, reddish purple and
   * orange (darkened from #E69F00, 2.3:1, to #A86F00, 4.3:1).
   */
  private static final String[] SERIES_COLOURS = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#A86F00"
  };

  private static final String[] SERIES_DASHES = {null, "8 4", "2 3", "10 3 2 3", "14 4"};

  /** What a missing mean reads as in tables and labels. */
  static final String NO_SCORE = "geen score";

  private static final String RADAR_TITLE = "Scores per dimensie";
  private static final String TREND_TITLE = "Scores door de tijd";
  private static final String HEADER_DIMENSION = "Dimensie";
  private static final String HEADER_MEAN = "Gemiddelde (0–100)";
  private static final String HEADER_SPREAD = "Spreiding";
  private static final String HEADER_OTHERS = "Overige teams";
  private static final String LEGEND_TEAM = "Dit team";
  private static final String LEGEND_MUNICIPALITY = "Deze gemeente";
  private static final String OVERALL_LABEL = "Totaalscore";
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

  /**
   * A municipality's teams beside all other teams on the platform, drawn like {@link #radar}: the
   * municipality's mean per dimension (each of its teams weighing the same) as the filled polygon,
   * the others as the dashed one when the comparison may be shown.
   *
   * @param municipalityName the municipality's name, for the title
   * @param benchmark the municipality's teams beside the others
   */
  public static Chart municipalityRadar(String municipalityName, Benchmark benchmark) {
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

  /**
   * The team's scores over its rounds as a line chart: the rounds from left to right (labelled with
   * their period), 0–100 upwards, one line per dimension and a bold line for the overall score. A
   * round without a mean leaves a gap in the line. Lines differ in colour, dash pattern and marker
   * shape; a legend names them.
   */
  public static Chart trend(TeamTrend trend) {
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
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(distribution, "distribution");
    List<Bar> bars = new ArrayList<>();
    if (scale != null) {
      scale
          .steps()
          .forEach(
              s -> bars.add(new Bar(s.label(), distribution.count(scale, s.value()), TEAM, false)));
    } else {
      distribution
          .steps()
          .forEach(s -> bars.add(new Bar(s.step().label(), s.count(), TEAM, false)));
    }
    bars.add(new Bar(NOT_APPLICABLE, distribution.notApplicable(), OUTSIDE_SCALE, true));
    bars.add(new Bar(DONT_KNOW, distribution.dontKnow(), OUTSIDE_SCALE, true));

    List<List<String>> rows = bars.stream().map(b -> List.of(b.label(), count(b.count()))).toList();
    ChartTable table = new ChartTable(title, List.of("Antwoord", "Aantal"), rows);
    StringBuilder description = new StringBuilder("Aantal antwoorden per antwoordmogelijkheid: ");
    for (int i = 0; i < bars.size(); i++) {
      description.append(i == 0 ? "" : "; ").append(bars.get(i).label()).append(' ');
      description.append(bars.get(i).count());
    }
    description.append('.');
    return new Chart(title, distributionSvg(title, bars, description.toString()), table);
  }

  // ---------------------------------------------------------------------------------------------
  // Hidden results

  private static Chart hidden(String title, String reason) {
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

  // ---------------------------------------------------------------------------------------------
  // Radar and its bar fallback

  /** One dimension as the radar shows it. */
  private record DimensionScore(
      ChecklistDimension dimension,
      OptionalDouble mean,
      OptionalDouble spread,
      OptionalDouble others) {}

  private static OptionalDouble othersMean(Benchmark benchmark, String code) {
    return benchmark
        .dimension(code)
        .flatMap(Benchmark.Row::others)
        .map(a -> OptionalDouble.of(a.mean()))
        .orElse(OptionalDouble.empty());
  }

  private static String othersLabel(int teams) {
    return "Gemiddelde van " + teams + " andere teams";
  }

  private static ChartTable dimensionTable(
      List<DimensionScore> scores, boolean compare, boolean withSpread) {
    List<String> headers = new ArrayList<>(List.of(HEADER_DIMENSION, HEADER_MEAN));
    if (withSpread) {
      headers.add(HEADER_SPREAD);
    }
    if (compare) {
      headers.add(HEADER_OTHERS);
    }
    List<List<String>> rows = new ArrayList<>();
    for (DimensionScore score : scores) {
      List<String> row = new ArrayList<>();
      row.add(score.dimension().name());
      row.add(score(score.mean()));
      if (withSpread) {
        row.add(ScoreFormat.oneDecimal(score.spread()));
      }
      if (compare) {
        row.add(score(score.others()));
      }
      rows.add(row);
    }
    return new ChartTable("Gemiddelde score per dimensie (0–100)", headers, rows);
  }

  private static String radarDescription(
      List<DimensionScore> scores, String othersLabel, boolean radar, String ownWords) {
    StringBuilder text =
        new StringBuilder(
            (radar ? "Radardiagram" : "Staafdiagram")
                + " met de gemiddelde score van "
                + ownWords
                + " per dimensie, van 0 tot 100: ");
    appendScores(text, scores, DimensionScore::mean);
    if (othersLabel != null) {
      text.append(' ').append(othersLabel).append(": ");
      appendScores(text, scores, DimensionScore::others);
    }
    if (radar && scores.stream().anyMatch(s -> s.mean().isEmpty())) {
      text.append(" Een dimensie zonder score staat in het midden.");
    }
    return text.toString();
  }

  private static void appendScores(
      StringBuilder text,
      List<DimensionScore> scores,
      Function<DimensionScore, OptionalDouble> of) {
    for (int i = 0; i < scores.size(); i++) {
      text.append(i == 0 ? "" : "; ").append(scores.get(i).dimension().name()).append(' ');
      text.append(score(of.apply(scores.get(i))));
    }
    text.append('.');
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

  private static void legend(Svg svg, double x, double y, String othersLabel, String ownLegend) {
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

  private static String barsSvg(
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

  // ---------------------------------------------------------------------------------------------
  // Trend

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

  // ---------------------------------------------------------------------------------------------
  // Distribution

  /** One bar of a distribution. */
  private record Bar(String label, int count, String colour, boolean outsideScale) {}

  private static String distributionSvg(String title, List<Bar> bars, String description) {
    double labelX = 10;
    double x0 = 220;
    double full = 340;
    double rowHeight = 26;
    double barHeight = 16;
    int max = Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(0));
    long steps = bars.stream().filter(b -> !b.outsideScale()).count();
    int height = (int) Math.ceil(12 + bars.size() * rowHeight + 14 + 8);
    Svg svg = new Svg(640, height, title, description);
    double y = 12;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      if (i == steps) {
        y += 7;
        svg.element(
            "line",
            null,
            "x1",
            Svg.num(labelX),
            "y1",
            Svg.num(y - 4),
            "x2",
            Svg.num(x0 + full),
            "y2",
            Svg.num(y - 4),
            "stroke",
            Svg.GRID,
            "stroke-dasharray",
            "2 2");
        y += 7;
      }
      double length = full * bar.count() / max;
      svg.text(labelX, y + barHeight - 4, bar.label(), "fill", Svg.TEXT);
      svg.element(
          "line",
          null,
          "x1",
          Svg.num(x0),
          "y1",
          Svg.num(y - 2),
          "x2",
          Svg.num(x0),
          "y2",
          Svg.num(y + barHeight + 2),
          "stroke",
          Svg.AXIS);
      if (bar.count() > 0) {
        svg.element(
            "rect",
            bar.label() + ": " + bar.count(),
            "x",
            Svg.num(x0),
            "y",
            Svg.num(y),
            "width",
            Svg.num(length),
            "height",
            Svg.num(barHeight),
            "fill",
            bar.colour(),
            "class",
            bar.outsideScale() ? "outside-scale" : "step");
      }
      svg.text(x0 + length + 6, y + barHeight - 4, Integer.toString(bar.count()), "fill", Svg.TEXT);
      y += rowHeight;
    }
    return svg.finish();
  }

  // ---------------------------------------------------------------------------------------------
  // Shared

  /** Marker shapes, so that lines differ by more than colour. */
  enum Marker {
    CIRCLE,
    SQUARE,
    TRIANGLE,
    DIAMOND,
    TRIANGLE_DOWN,
    BIG_CIRCLE;

    void draw(Svg svg, double x, double y, String colour, String tooltip) {
      String[] paint = {"fill", colour, "stroke", "#FFFFFF", "stroke-width", "1"};
      switch (this) {
        case CIRCLE ->
            svg.element(
                "circle", tooltip, concat(paint, "cx", Svg.num(x), "cy", Svg.num(y), "r", "4"));
        case BIG_CIRCLE ->
            svg.element(
                "circle", tooltip, concat(paint, "cx", Svg.num(x), "cy", Svg.num(y), "r", "5.5"));
        case SQUARE ->
            svg.element(
                "rect",
                tooltip,
                concat(
                    paint, "x", Svg.num(x - 4), "y", Svg.num(y - 4), "width", "8", "height", "8"));
        case TRIANGLE ->
            svg.element(
                "polygon",
                tooltip,
                concat(
                    paint,
                    "points",
                    Svg.points(
                        List.of(
                            new double[] {x, y - 5},
                            new double[] {x + 5, y + 4},
                            new double[] {x - 5, y + 4}))));
        case TRIANGLE_DOWN ->
            svg.element(
                "polygon",
                tooltip,
                concat(
                    paint,
                    "points",
                    Svg.points(
                        List.of(
                            new double[] {x, y + 5},
                            new double[] {x + 5, y - 4},
                            new double[] {x - 5, y - 4}))));
        case DIAMOND ->
            svg.element(
                "polygon",
                tooltip,
                concat(
                    paint,
                    "points",
                    Svg.points(
                        List.of(
                            new double[] {x, y - 5.5},
                            new double[] {x + 5.5, y},
                            new double[] {x, y + 5.5},
                            new double[] {x - 5.5, y}))));
      }
    }
  }

  private static String[] concat(String[] first, String... second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  /** A mean as tables and labels show it: "62,5", or "geen score". */
  static String score(OptionalDouble mean) {
    return mean.isPresent() ? ScoreFormat.oneDecimal(mean.getAsDouble()) : NO_SCORE;
  }

  private static String count(int count) {
    return Integer.toString(count);
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(100, value));
  }
}
