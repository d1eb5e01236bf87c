package nl.brug.ui.assessment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.DimensionResult;
import nl.brug.content.assessment.Distribution;
import nl.brug.content.assessment.ItemResult;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.ScoreFormat;
import nl.brug.content.assessment.TeamTrend;
import nl.brug.content.assessment.Trend;

/**
 * The results of a round as the team reads them: the overall score, per dimension mean, spread,
 * counted answers and distribution, the statements the team agreed least on, the comparison with
 * other teams and the trend over the team's rounds. While too few handed in, only the reason.
 */
final class ResultsSection extends Div {

  private static final long serialVersionUID = 1L;
  static final int DISAGREEMENT_SHOWN = 3;

  /** One line of the trend table: the overall score or a dimension, one mean per round. */
  record TrendLine(String label, List<OptionalDouble> means) {}

  /**
   * @param benchmark the comparison; read only when the results are shown (may be null otherwise)
   * @param trend the team's rounds; read only when the results are shown (may be null otherwise)
   */
  ResultsSection(RoundResults results, Benchmark benchmark, TeamTrend trend) {
    setId("round-results");
    add(new H3(getTranslation("assessment.results.title")));
    if (!results.shown()) {
      Paragraph hidden =
          new Paragraph(
              results.hiddenReason().orElse("")
                  + ". "
                  + getTranslation("assessment.results.hiddenWhy", RoundResults.MINIMUM_RESPONSES));
      hidden.setId("results-hidden");
      add(hidden);
      return;
    }
    Paragraph overall =
        new Paragraph(
            getTranslation(
                "assessment.results.overall", ScoreFormat.oneDecimal(results.overallScore())));
    overall.setId("overall-score");
    overall.addClassName("brug-score");
    add(
        overall,
        new Paragraph(getTranslation("assessment.results.scale")),
        dimensions(results),
        disagreement(results),
        benchmark(benchmark),
        trend(trend));
  }

  private Div dimensions(RoundResults results) {
    Grid<DimensionResult> grid = grid("dimension-results");
    grid.addColumn(d -> d.dimension().name())
        .setKey("dimension")
        .setHeader(getTranslation("assessment.results.dimension"))
        .setFlexGrow(2);
    grid.addColumn(d -> ScoreFormat.oneDecimal(d.score().mean()))
        .setKey("mean")
        .setHeader(getTranslation("assessment.results.mean"));
    grid.addColumn(d -> ScoreFormat.oneDecimal(d.score().spread()))
        .setKey("spread")
        .setHeader(getTranslation("assessment.results.spread"));
    grid.addColumn(d -> d.score().countedAnswers())
        .setKey("counted")
        .setHeader(getTranslation("assessment.results.counted"));
    grid.addColumn(d -> distribution(results, d))
        .setKey("distribution")
        .setHeader(getTranslation("assessment.results.distribution"))
        .setFlexGrow(3);
    grid.setItems(results.dimensions());
    return section("assessment.results.perDimension", grid);
  }

  /** The counts per step of the scales the dimension's statements use, then the other answers. */
  private String distribution(RoundResults results, DimensionResult dimension) {
    Distribution distribution = dimension.score().distribution();
    java.util.Set<nl.brug.content.assessment.AnswerScale> used =
        results.checklist().itemsOf(dimension.dimension().code()).stream()
            .map(nl.brug.content.assessment.ChecklistItem::scale)
            .collect(java.util.stream.Collectors.toSet());
    List<String> parts = new ArrayList<>();
    distribution.steps().stream()
        .filter(s -> used.contains(s.scale()))
        .forEach(s -> parts.add(s.step().label() + ": " + s.count()));
    parts.add(getTranslation("assessment.results.notApplicable", distribution.notApplicable()));
    parts.add(getTranslation("assessment.results.dontKnow", distribution.dontKnow()));
    return String.join(", ", parts);
  }

  private Div disagreement(RoundResults results) {
    UnorderedList list = new UnorderedList();
    list.setId("most-disagreement");
    for (ItemResult item : results.mostDisagreement(DISAGREEMENT_SHOWN)) {
      list.add(
          new ListItem(
              getTranslation(
                  "assessment.results.disagreementItem",
                  item.item().statement(),
                  ScoreFormat.oneDecimal(item.score().spread()),
                  ScoreFormat.oneDecimal(item.score().mean()))));
    }
    return section("assessment.results.disagreement", list);
  }

  private Div benchmark(Benchmark benchmark) {
    if (!benchmark.shown()) {
      Paragraph hidden = new Paragraph(benchmark.hiddenReason().orElse(""));
      hidden.setId("benchmark-hidden");
      return section("assessment.results.benchmark", hidden);
    }
    Grid<Benchmark.Row> grid = grid("benchmark");
    grid.addColumn(r -> r.dimension().name())
        .setKey("dimension")
        .setHeader(getTranslation("assessment.results.dimension"))
        .setFlexGrow(2);
    grid.addColumn(r -> ScoreFormat.oneDecimal(r.own()))
        .setKey("own")
        .setHeader(getTranslation("assessment.results.own"));
    grid.addColumn(r -> r.others().map(a -> ScoreFormat.oneDecimal(a.mean())).orElse(dash()))
        .setKey("others")
        .setHeader(getTranslation("assessment.results.others"));
    grid.addColumn(r -> r.others().map(this::range).orElse(dash()))
        .setKey("range")
        .setHeader(getTranslation("assessment.results.range"));
    grid.setItems(benchmark.dimensions());
    Paragraph overall =
        new Paragraph(
            getTranslation(
                "assessment.results.benchmarkOverall",
                ScoreFormat.oneDecimal(benchmark.ownOverall()),
                benchmark.othersOverall().map(a -> ScoreFormat.oneDecimal(a.mean())).orElse(dash()),
                benchmark.otherTeams()));
    overall.setId("benchmark-overall");
    return section("assessment.results.benchmark", overall, grid);
  }

  private String range(Benchmark.Aggregate aggregate) {
    return ScoreFormat.oneDecimal(aggregate.min()) + "–" + ScoreFormat.oneDecimal(aggregate.max());
  }

  private Div trend(TeamTrend trend) {
    if (trend.rounds().size() < 2) {
      Paragraph none = new Paragraph(getTranslation("assessment.results.trendNone"));
      none.setId("trend-none");
      return section("assessment.results.trend", none);
    }
    Grid<TrendLine> grid = grid("trend");
    grid.addColumn(TrendLine::label)
        .setKey("label")
        .setHeader(getTranslation("assessment.results.dimension"))
        .setFlexGrow(2);
    for (int i = 0; i < trend.rounds().size(); i++) {
      int round = i;
      grid.addColumn(line -> ScoreFormat.oneDecimal(line.means().get(round)))
          .setKey("round-" + round)
          .setHeader(trend.rounds().get(round).period());
    }
    List<TrendLine> lines = new ArrayList<>();
    lines.add(
        new TrendLine(getTranslation("assessment.results.overallLabel"), trend.trend().overall()));
    for (Trend.DimensionSeries series : trend.trend().dimensions()) {
      lines.add(new TrendLine(series.dimension().name(), series.means()));
    }
    grid.setItems(lines);
    return section("assessment.results.trend", grid);
  }

  private static <T> Grid<T> grid(String id) {
    Grid<T> grid = new Grid<>();
    grid.setId(id);
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    return grid;
  }

  private Div section(String headingKey, Component... content) {
    Div section = new Div(new H4(getTranslation(headingKey)));
    section.add(content);
    return section;
  }

  private static String dash() {
    return ScoreFormat.NO_SCORE;
  }
}
