package nl.brug.content.assessment.report;

import static nl.brug.content.assessment.report.AssessmentCharts.DONT_KNOW;
import static nl.brug.content.assessment.report.AssessmentCharts.NOT_APPLICABLE;
import static nl.brug.content.assessment.report.AssessmentCharts.OUTSIDE_SCALE;
import static nl.brug.content.assessment.report.AssessmentCharts.TEAM;
import static nl.brug.content.assessment.report.ChartParts.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.brug.content.assessment.AnswerScale;
import nl.brug.content.assessment.Distribution;

/**
 * How the answers are spread over the steps of a scale, as horizontal bars with their counts, and
 * the answers outside the scale in grey apart ({@link AssessmentCharts#distribution}).
 */
final class DistributionChart {

  private DistributionChart() {}

  static Chart distribution(String title, Distribution distribution, AnswerScale scale) {
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
}
