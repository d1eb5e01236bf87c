package nl.brug.content.assessment.report;

import static nl.brug.content.assessment.report.ChartParts.HEADER_DIMENSION;
import static nl.brug.content.assessment.report.ChartParts.score;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.ChecklistDimension;
import nl.brug.content.assessment.ScoreFormat;

/**
 * One dimension as the radar and its bars show it: the mean, the spread and the other teams' mean;
 * and, for a list of them, the table and the description in words that go with the chart.
 */
record DimensionScore(
    ChecklistDimension dimension,
    OptionalDouble mean,
    OptionalDouble spread,
    OptionalDouble others) {

  private static final String HEADER_MEAN = "Gemiddelde (0–100)";
  private static final String HEADER_SPREAD = "Spreiding";
  private static final String HEADER_OTHERS = "Overige teams";

  static OptionalDouble othersMean(Benchmark benchmark, String code) {
    return benchmark
        .dimension(code)
        .flatMap(Benchmark.Row::others)
        .map(a -> OptionalDouble.of(a.mean()))
        .orElse(OptionalDouble.empty());
  }

  static ChartTable dimensionTable(
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

  static String radarDescription(
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
}
