package nl.brug.content.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.ActionStatus;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.TeamTrend;
import nl.brug.content.assessment.Trend;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RoundReportPdfTest {

  private static final Instant GENERATED = Instant.parse("2026-05-04T08:30:00Z");

  private static List<ActionPoint> actionPoints() {
    return List.of(
        Fixtures.actionPoint(
            "Vacatures ook in de wijkkrant plaatsen",
            "Fatma Yıldız",
            LocalDate.of(2026, 3, 1),
            ActionStatus.IN_PROGRESS,
            true),
        Fixtures.actionPoint(
            "Sleutelpersonen uitnodigen voor het teamoverleg",
            "Joël de Vries",
            LocalDate.of(2026, 9, 1),
            ActionStatus.OPEN,
            false));
  }

  private static TeamTrend threeRounds() {
    return new TeamTrend(
        List.of(
            Fixtures.round("najaar 2025"),
            Fixtures.round("voorjaar 2026"),
            Fixtures.round("najaar 2026")),
        Trend.of(List.of(Fixtures.uniform(3, 2), Fixtures.hiddenResults(), Fixtures.results())));
  }

  private static RoundReport.Data data(
      String teamName, RoundResults results, Benchmark benchmark, TeamTrend trend) {
    return new RoundReport.Data(
        Fixtures.round("voorjaar 2026"),
        teamName,
        results,
        benchmark,
        trend,
        actionPoints(),
        GENERATED);
  }

  /** The text of the PDF, with every run of white space (line breaks in table cells) one space. */
  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theReport_isAPdf_withTheTeamNameInDutchCharacters_andThePeriod() throws Exception {
    byte[] pdf =
        RoundReport.pdf(
            data("Team Zuiderzeeë", Fixtures.results(), Fixtures.benchmark(5), threeRounds()));

    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    String text = text(pdf);
    assertThat(text)
        .contains("Team Zuiderzeeë")
        .contains("voorjaar 2026")
        .contains("Diversiteitsscan sociale wijkteams, versie 2")
        .contains("Gemaakt op")
        .contains("4 mei 2026 om 10:30");
  }

  @Test
  void theReport_hasTheScoresPerDimension_theDisagreement_theTrendAndTheComparison()
      throws Exception {
    String text =
        text(
            RoundReport.pdf(
                data("Team Zuid", Fixtures.results(), Fixtures.benchmark(5), threeRounds())));

    assertThat(text)
        .contains("Totaalscore")
        .contains("64,6 van 100")
        .contains("Scores per dimensie")
        .contains("Samenstelling van het team")
        .contains("62,5")
        .contains("Stellingen met de meeste verschillen")
        .contains("Ons team weerspiegelt de wijk.")
        .contains("31,2")
        .contains("Verdeling van de antwoorden per dimensie")
        .contains("Ontwikkeling door de tijd")
        .contains("najaar 2025")
        .contains("Vergelijking met andere teams")
        .contains("Het gemiddelde van 5 andere teams");
  }

  @Test
  void actionPoints_showStatusDueDateAndOwner_andAnOverdueOneReadsTeLaat() throws Exception {
    String text = text(RoundReport.pdf(data("Team Zuid", Fixtures.results(), null, null)));

    assertThat(text)
        .contains("Actiepunten")
        .contains("Vacatures ook in de wijkkrant plaatsen")
        .contains("Fatma Yıldız")
        .contains("1 maart 2026 (te laat)")
        .contains("Bezig")
        .contains("Joël de Vries")
        .contains("1 september 2026")
        .contains("Open");
    assertThat(text.split("te laat", -1)).hasSize(2);
  }

  @Test
  void withoutAComparison_orWithTooFewTeams_theReportSaysWhy() throws Exception {
    assertThat(text(RoundReport.pdf(data("Team Zuid", Fixtures.results(), null, null))))
        .contains("Er is geen vergelijking met andere teams beschikbaar.")
        .doesNotContain("Ontwikkeling door de tijd");
    assertThat(
            text(
                RoundReport.pdf(
                    data("Team Zuid", Fixtures.results(), Fixtures.benchmark(4), null))))
        .contains("Vergelijking kan pas met minimaal 5 andere teams; nu 4.");
  }

  @Test
  void hiddenResults_giveTheReasonInsteadOfScores() throws Exception {
    String text =
        text(
            RoundReport.pdf(
                data("Team Zuiderzeeë", Fixtures.hiddenResults(), Fixtures.benchmark(4), null)));

    assertThat(text)
        .contains("Nog te weinig ingevulde lijsten: 2 van minimaal 3")
        .contains("Team Zuiderzeeë")
        .contains("Actiepunten")
        .doesNotContain("Stellingen met de meeste verschillen")
        .doesNotContain("Verdeling van de antwoorden")
        .doesNotContain("Ons team weerspiegelt de wijk.")
        .doesNotContain("van 100");
  }

  @Test
  void textFromUsers_isPrintedAsText_neverReadAsMarkup() throws Exception {
    String team = "<b>Team</b> & \"Zuid\" <script>x()</script>";

    String text = text(RoundReport.pdf(data(team, Fixtures.results(), null, null)));

    assertThat(text).contains(team);
  }

  @Test
  void theReport_isTaggedForAccessibility_inDutch_withEveryFontEmbedded() throws Exception {
    byte[] pdf =
        RoundReport.pdf(
            data("Team Zuiderzeeë", Fixtures.results(), Fixtures.benchmark(5), threeRounds()));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Zelfevaluatie diversiteit – Team Zuiderzeeë – voorjaar 2026");
      String xmp =
          new String(
              document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("pdfuaid");
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        collectFonts(page.getResources(), fonts, 0);
      }
      assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
    }
  }

  private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth)
      throws Exception {
    if (resources == null || depth > 5) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        collectFonts(form.getResources(), fonts, depth + 1);
      }
    }
  }
}
