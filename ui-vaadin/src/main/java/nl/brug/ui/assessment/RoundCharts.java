package nl.brug.ui.assessment;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.DimensionResult;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.TeamTrend;
import nl.brug.content.assessment.report.AssessmentCharts;

/**
 * The round in pictures, drawn on the server as SVG (no chart library in the browser): the radar of
 * the dimensions beside the other teams, the trend over the team's rounds, and per dimension how
 * the answers were spread. The same charts are in the PDF report.
 */
class RoundCharts extends Div {

  private static final long serialVersionUID = 1L;

  /**
   * @param benchmark null when there is none to show
   * @param trend null when there is none
   */
  RoundCharts(RoundResults results, Benchmark benchmark, TeamTrend trend) {
    setId("round-charts");
    if (!results.shown()) {
      return;
    }
    add(new H3(getTranslation("assessment.charts.title")));
    add(new ChartPanel("chart-radar", AssessmentCharts.radar(results, benchmark)));
    if (trend != null && trend.rounds().size() >= 2) {
      add(new ChartPanel("chart-trend", AssessmentCharts.trend(trend)));
    }
    Div distributions = new Div();
    distributions.setId("chart-distributions");
    for (DimensionResult dimension : results.dimensions()) {
      results.checklist().itemsOf(dimension.dimension().code()).stream()
          .map(item -> item.scale())
          .distinct()
          .forEach(
              scale ->
                  distributions.add(
                      new ChartPanel(
                          "chart-distribution-" + dimension.dimension().code() + "-" + scale,
                          AssessmentCharts.distribution(
                              dimension.dimension().name(),
                              dimension.score().distribution(),
                              scale))));
    }
    Details more = new Details(getTranslation("assessment.charts.distributions"), distributions);
    add(more);
  }
}
