package nl.brug.content.assessment.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.TeamTrend;

/**
 * The results of one round of a team as a file to download: CSV for a spreadsheet, PDF to read,
 * print or share. Both hold aggregated results only, never anyone's answers, and when the results
 * are not shown (too few responses) neither holds a score, only the Dutch reason why.
 */
public final class RoundReport {

  /**
   * What a report is made of.
   *
   * @param round the round
   * @param teamName the team's name as its members know it
   * @param results the round's results
   * @param benchmark the comparison with other teams; null when there is none
   * @param trend the team's rounds so far, for the trend chart (drawn from two rounds on); null
   *     when there is none
   * @param actionPoints the team's action points, in the order to list them
   * @param generatedAt when the report was made, shown in Dutch time
   */
  public record Data(
      RoundSummary round,
      String teamName,
      RoundResults results,
      Benchmark benchmark,
      TeamTrend trend,
      List<ActionPoint> actionPoints,
      Instant generatedAt) {

    public Data {
      Objects.requireNonNull(round, "round");
      Objects.requireNonNull(teamName, "teamName");
      Objects.requireNonNull(results, "results");
      Objects.requireNonNull(generatedAt, "generatedAt");
      actionPoints = actionPoints == null ? List.of() : List.copyOf(actionPoints);
    }
  }

  private RoundReport() {}

  /**
   * The round's results as CSV, for Excel as Dutch users have it: UTF-8 with a byte order mark (or
   * Excel reads the file as Windows-1252 and "ë" turns into "Ã«"), fields separated by semicolons
   * (Dutch Excel uses the comma as decimal separator, so it expects semicolons between fields) and
   * scores with a decimal comma.
   *
   * <p>A few lines about the round come first, then one row for the overall score and one per
   * dimension, each followed by its statements: level ("totaal", "dimensie", "stelling"), code,
   * name or statement, dimension, mean and spread (0–100), counted answers, the count per step of
   * each scale the checklist uses, "n.v.t." and "weet niet". A missing score is an empty cell. When
   * the results are not shown, the round lines are followed by one line with the reason and nothing
   * else. Text cells that a spreadsheet would take for a formula (starting with =, +, -, @, tab or
   * carriage return) get a leading apostrophe.
   */
  public static byte[] csv(Data data) {
    return ReportCsv.write(Objects.requireNonNull(data, "data"));
  }

  /**
   * The round's report as a tagged PDF (PDF/UA) in Dutch: team, period, checklist and version,
   * number of responses and overall score; then the radar chart and a table per dimension, the
   * statements with the most disagreement, the distribution of the answers per dimension, the trend
   * over the rounds (from two rounds on), the comparison with other teams or why it is not shown,
   * and the action points (status, due date, owner, marked "te laat" when overdue). When the
   * results are not shown, the reason replaces the scores. Text is set in DejaVu Sans, embedded, so
   * every Dutch character shows.
   */
  public static byte[] pdf(Data data) {
    return ReportPdf.write(Objects.requireNonNull(data, "data"));
  }
}
