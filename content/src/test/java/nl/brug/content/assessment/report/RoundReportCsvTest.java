package nl.brug.content.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.brug.content.assessment.ActionStatus;
import nl.brug.content.assessment.AnswerScale;
import nl.brug.content.assessment.Checklist;
import nl.brug.content.assessment.ChecklistItem;
import nl.brug.content.assessment.RoundResults;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RoundReportCsvTest {

  private static final Instant GENERATED = Instant.parse("2026-11-23T16:42:00Z");

  private static RoundReport.Data data(String teamName, RoundResults results) {
    return new RoundReport.Data(
        Fixtures.round("voorjaar 2026"),
        teamName,
        results,
        Fixtures.benchmark(5),
        null,
        List.of(
            Fixtures.actionPoint(
                "Vacatures ook in de wijkkrant",
                "Fatma Yıldız",
                LocalDate.of(2026, 1, 15),
                ActionStatus.OPEN,
                true)),
        GENERATED);
  }

  /** Reads the CSV back as Excel would: UTF-8, without the byte order mark, semicolons. */
  private static List<CSVRecord> read(byte[] csv) throws Exception {
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(';')
        .get()
        .parse(new StringReader(text.substring(1)))
        .getRecords();
  }

  /** The rows of the results table, by their code (the overall row by its level). */
  private static Map<String, CSVRecord> resultRows(List<CSVRecord> records) {
    int header = headerIndex(records);
    return records.subList(header + 1, records.size()).stream()
        .collect(
            java.util.stream.Collectors.toMap(
                r -> r.get(0).equals("totaal") ? "totaal" : r.get(1), r -> r));
  }

  private static int headerIndex(List<CSVRecord> records) {
    return IntStream.range(0, records.size())
        .filter(i -> records.get(i).get(0).equals("Niveau"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theCsv_startsWithAByteOrderMark_andSeparatesFieldsWithSemicolons() {
    byte[] csv = RoundReport.csv(data("Team Zuiderzeeë", Fixtures.results()));

    assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).contains("Team;Team Zuiderzeeë\r\n").contains("Periode;voorjaar 2026\r\n");
  }

  @Test
  void theRoundLines_sayTeamPeriodChecklistResponsesAndWhenItWasMade() throws Exception {
    List<CSVRecord> records = read(RoundReport.csv(data("Team Zuiderzeeë", Fixtures.results())));

    assertThat(records.subList(0, 6))
        .extracting(CSVRecord::toList)
        .containsExactly(
            List.of("Zelfevaluatie diversiteit"),
            List.of("Team", "Team Zuiderzeeë"),
            List.of("Periode", "voorjaar 2026"),
            List.of("Vragenlijst", "Diversiteitsscan sociale wijkteams, versie 2"),
            List.of("Ingevulde lijsten", "3"),
            List.of("Gemaakt op", "23 november 2026 om 17:42"));
  }

  @Test
  void everyDimensionAndStatement_hasItsMeanSpreadAndCounts_withADecimalComma() throws Exception {
    List<CSVRecord> records = read(RoundReport.csv(data("Team Zuid", Fixtures.results())));

    assertThat(records.get(headerIndex(records)).toList())
        .containsExactly(
            "Niveau",
            "Code",
            "Naam of stelling",
            "Dimensie",
            "Gemiddelde (0–100)",
            "Spreiding",
            "Getelde antwoorden",
            "helemaal oneens",
            "oneens",
            "neutraal",
            "eens",
            "helemaal eens",
            "nog niet gestart",
            "in ontwikkeling",
            "grotendeels gerealiseerd",
            "verankerd",
            "n.v.t.",
            "weet niet");
    Map<String, CSVRecord> rows = resultRows(records);
    assertThat(rows.keySet())
        .containsExactlyInAnyOrder(
            "totaal", "samenstelling", "S1", "S2", "toegankelijkheid", "T1", "werkwijze", "W1");
    assertThat(rows.get("totaal").toList())
        .containsExactly(
            "totaal",
            "",
            "Totaalscore",
            "",
            "64,6",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "");
    assertThat(rows.get("samenstelling").toList())
        .containsExactly(
            "dimensie",
            "samenstelling",
            "Samenstelling van het team",
            "samenstelling",
            "62,5",
            "28,0",
            "4",
            "0",
            "1",
            "1",
            "1",
            "1",
            "",
            "",
            "",
            "",
            "1",
            "1");
    assertThat(rows.get("S1").toList())
        .containsExactly(
            "stelling",
            "S1",
            "Ons team weerspiegelt de wijk.",
            "samenstelling",
            "66,7",
            "31,2",
            "3",
            "0",
            "1",
            "0",
            "1",
            "1",
            "",
            "",
            "",
            "",
            "0",
            "0");
    assertThat(rows.get("T1").toList().subList(4, 18))
        .containsExactly("66,7", "27,2", "3", "", "", "", "", "", "0", "1", "1", "1", "0", "0");
    // nothing counted: no score, but the answers outside the scale are there
    assertThat(rows.get("werkwijze").toList().subList(4, 18))
        .containsExactly("", "", "0", "", "", "", "", "", "0", "0", "0", "0", "1", "1");
  }

  @Test
  void dimensionsAreFollowedByTheirOwnStatements() throws Exception {
    List<CSVRecord> records = read(RoundReport.csv(data("Team Zuid", Fixtures.results())));

    assertThat(records.subList(headerIndex(records) + 1, records.size()))
        .extracting(r -> r.get(1))
        .containsExactly(
            "", "samenstelling", "S1", "S2", "toegankelijkheid", "T1", "werkwijze", "W1");
  }

  @Test
  void cellsASpreadsheetWouldRunAsAFormula_getALeadingApostrophe() throws Exception {
    Checklist checklist =
        new Checklist(
            Fixtures.checklist().dimensions(),
            List.of(
                new ChecklistItem(
                    "S1",
                    "samenstelling",
                    "=HYPERLINK(\"http://evil\";\"klik\")",
                    AnswerScale.AGREEMENT_5),
                new ChecklistItem(
                    "S2", "samenstelling", "+31 6 12345678 bellen", AnswerScale.AGREEMENT_5),
                new ChecklistItem("T1", "toegankelijkheid", "-2+3", AnswerScale.DEVELOPMENT_4),
                new ChecklistItem("W1", "werkwijze", "@SUM(A1:A9)", AnswerScale.DEVELOPMENT_4)));

    List<CSVRecord> records = read(RoundReport.csv(data("=1+1", Fixtures.results(checklist))));

    assertThat(records.get(1).toList()).containsExactly("Team", "'=1+1");
    Map<String, CSVRecord> rows = resultRows(records);
    assertThat(rows.get("S1").get(2)).isEqualTo("'=HYPERLINK(\"http://evil\";\"klik\")");
    assertThat(rows.get("S2").get(2)).isEqualTo("'+31 6 12345678 bellen");
    assertThat(rows.get("T1").get(2)).isEqualTo("'-2+3");
    assertThat(rows.get("W1").get(2)).isEqualTo("'@SUM(A1:A9)");
    assertThat(ReportCsv.guard("\tx")).isEqualTo("'\tx");
    assertThat(ReportCsv.guard("Gewoon")).isEqualTo("Gewoon");
  }

  @Test
  void hiddenResults_giveTheRoundLinesAndTheReason_andNoNumbers() throws Exception {
    byte[] csv = RoundReport.csv(data("Team Zuid", Fixtures.hiddenResults()));
    List<CSVRecord> records = read(csv);

    assertThat(records).hasSize(7);
    assertThat(records.get(4).toList()).containsExactly("Ingevulde lijsten", "2");
    assertThat(records.get(6).toList())
        .containsExactly("Resultaten", "Nog te weinig ingevulde lijsten: 2 van minimaal 3");
    assertThat(records).noneMatch(r -> r.get(0).equals("Niveau"));
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .doesNotContainPattern("\\d+,\\d")
        .doesNotContain("Samenstelling")
        .doesNotContain("weerspiegelt");
  }

  @Test
  void neverAnIndividualAnswer_onlyAggregates() throws Exception {
    List<CSVRecord> records = read(RoundReport.csv(data("Team Zuid", Fixtures.results())));

    // the rows are the overall score, the dimensions and the statements; nothing per member
    assertThat(records.subList(headerIndex(records) + 1, records.size()))
        .extracting(r -> r.get(0))
        .containsOnly("totaal", "dimensie", "stelling");
    assertThat(records).hasSize(headerIndex(records) + 1 + 8);
  }
}
