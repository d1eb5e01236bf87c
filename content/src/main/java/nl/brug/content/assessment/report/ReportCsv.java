package nl.brug.content.assessment.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import nl.brug.content.assessment.AnswerScale;
import nl.brug.content.assessment.ChecklistItem;
import nl.brug.content.assessment.DimensionResult;
import nl.brug.content.assessment.Distribution;
import nl.brug.content.assessment.ItemResult;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.ScoreFormat;
import nl.brug.content.assessment.ScoreSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@link RoundReport#csv}; see there for the layout. */
final class ReportCsv {

  /** Dutch Excel expects semicolons, as the comma is its decimal separator. */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').get();

  /** The byte order mark that tells Excel the file is UTF-8. */
  static final char BOM = '\uFEFF';

  static final String LEVEL_OVERALL = "totaal";
  static final String LEVEL_DIMENSION = "dimensie";
  static final String LEVEL_ITEM = "stelling";

  private ReportCsv() {}

  static byte[] write(RoundReport.Data data) {
    StringBuilder out = new StringBuilder(4096).append(BOM);
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      RoundSummary round = data.round();
      RoundResults results = data.results();
      record(csv, "Zelfevaluatie diversiteit");
      record(csv, "Team", data.teamName());
      record(csv, "Periode", round.period());
      record(csv, "Vragenlijst", round.title() + ", versie " + round.templateVersion());
      record(csv, "Ingevulde lijsten", Integer.toString(results.responseCount()));
      record(csv, "Gemaakt op", Dutch.dateTime(data.generatedAt()));
      csv.println();
      if (!results.shown()) {
        record(csv, "Resultaten", results.hiddenReason().orElseThrow());
        return bytes(csv, out);
      }

      List<AnswerScale.Step> stepColumns = new ArrayList<>();
      List<AnswerScale> stepScales = new ArrayList<>();
      for (AnswerScale scale : scales(results)) {
        for (AnswerScale.Step step : scale.steps()) {
          stepScales.add(scale);
          stepColumns.add(step);
        }
      }
      List<String> header =
          new ArrayList<>(
              List.of(
                  "Niveau",
                  "Code",
                  "Naam of stelling",
                  "Dimensie",
                  "Gemiddelde (0–100)",
                  "Spreiding",
                  "Getelde antwoorden"));
      stepColumns.forEach(step -> header.add(step.label()));
      header.add(AssessmentCharts.NOT_APPLICABLE);
      header.add(AssessmentCharts.DONT_KNOW);
      record(csv, header.toArray(String[]::new));

      List<String> overall =
          new ArrayList<>(
              List.of(
                  LEVEL_OVERALL, "", "Totaalscore", "", number(results.overallScore()), "", ""));
      while (overall.size() < header.size()) {
        overall.add("");
      }
      record(csv, overall.toArray(String[]::new));

      for (DimensionResult dimension : results.dimensions()) {
        String code = dimension.dimension().code();
        record(
            csv,
            row(
                LEVEL_DIMENSION,
                code,
                dimension.dimension().name(),
                code,
                dimension.score(),
                stepScales,
                stepColumns));
        for (ItemResult item : results.items()) {
          ChecklistItem checklistItem = item.item();
          if (checklistItem.dimensionCode().equals(code)) {
            record(
                csv,
                row(
                    LEVEL_ITEM,
                    checklistItem.key(),
                    checklistItem.statement(),
                    code,
                    item.score(),
                    stepScales,
                    stepColumns));
          }
        }
      }
      return bytes(csv, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scales the checklist's items use, in the order they first appear. */
  private static Set<AnswerScale> scales(RoundResults results) {
    Set<AnswerScale> scales = new LinkedHashSet<>();
    results.checklist().items().forEach(item -> scales.add(item.scale()));
    return scales;
  }

  private static String[] row(
      String level,
      String code,
      String name,
      String dimension,
      ScoreSummary score,
      List<AnswerScale> stepScales,
      List<AnswerScale.Step> stepColumns) {
    Distribution distribution = score.distribution();
    Set<AnswerScale> involved = new LinkedHashSet<>();
    distribution.steps().forEach(s -> involved.add(s.scale()));
    List<String> cells = new ArrayList<>();
    cells.add(level);
    cells.add(code);
    cells.add(name);
    cells.add(dimension);
    cells.add(number(score.mean()));
    cells.add(number(score.spread()));
    cells.add(Integer.toString(score.countedAnswers()));
    for (int i = 0; i < stepColumns.size(); i++) {
      AnswerScale scale = stepScales.get(i);
      cells.add(
          involved.contains(scale)
              ? Integer.toString(distribution.count(scale, stepColumns.get(i).value()))
              : "");
    }
    cells.add(Integer.toString(distribution.notApplicable()));
    cells.add(Integer.toString(distribution.dontKnow()));
    return cells.toArray(String[]::new);
  }

  /** A score with a decimal comma, or an empty cell when there is none. */
  private static String number(OptionalDouble score) {
    return score.isPresent() ? ScoreFormat.oneDecimal(score.getAsDouble()) : "";
  }

  private static void record(CSVPrinter csv, String... cells) throws IOException {
    List<String> guarded = new ArrayList<>(cells.length);
    for (String cell : cells) {
      guarded.add(guard(cell));
    }
    csv.printRecord(guarded);
  }

  /**
   * The cell with a leading apostrophe when a spreadsheet would run it as a formula (CSV or formula
   * injection: a statement or team name such as {@code =HYPERLINK(…)}); OWASP's list of dangerous
   * first characters.
   */
  static String guard(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }

  private static byte[] bytes(CSVPrinter csv, StringBuilder out) throws IOException {
    csv.flush();
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
