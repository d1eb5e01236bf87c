package nl.brug.content.assessment.report;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.AnswerScale;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.ChecklistItem;
import nl.brug.content.assessment.DimensionResult;
import nl.brug.content.assessment.ItemResult;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.ScoreFormat;
import nl.brug.content.assessment.ScoreSummary;
import nl.brug.content.assessment.TeamTrend;
import org.w3c.dom.Element;

/** Writes {@link RoundReport#pdf}: XHTML built as a DOM, rendered by openhtmltopdf. */
final class ReportPdf {

  /**
   * The report's font, embedded as a subset. PDF/UA demands embedded fonts (the standard PDF fonts
   * may not be used), and DejaVu Sans covers every Dutch character; its licence allows shipping it
   * (see {@code assessment/fonts/LICENSE}).
   */
  static final String FONT_FAMILY = "DejaVu Sans";

  private static final String FONTS = "/assessment/fonts/";

  /** How many statements with most disagreement the report lists. */
  static final int MOST_DISAGREEMENT = 5;

  static final String LATE = "te laat";

  /** Tables with at most this many rows are not split over two pages. */
  private static final int KEEP_TOGETHER = 15;

  private static final String CSS =
      """
      @page {
        size: A4;
        margin: 18mm 16mm 20mm 16mm;
        @bottom-left {
          content: "Brug – zelfevaluatie diversiteit";
          font-family: 'DejaVu Sans'; font-size: 8pt; color: #595959;
        }
        @bottom-right {
          content: "Pagina " counter(page) " van " counter(pages);
          font-family: 'DejaVu Sans'; font-size: 8pt; color: #595959;
        }
      }
      body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; color: #1A1A1A; }
      h1 { font-size: 17pt; margin: 0 0 1mm 0; }
      h2 { font-size: 12.5pt; margin: 7mm 0 2mm 0; page-break-after: avoid; }
      h3 { font-size: 10.5pt; margin: 4mm 0 1mm 0; page-break-after: avoid; }
      p { margin: 1mm 0 2mm 0; }
      .subtitle { font-size: 12pt; margin: 0 0 4mm 0; }
      .note { color: #595959; font-size: 8.5pt; }
      .intro { page-break-after: avoid; }
      .notice { border: 0.75pt solid #767676; background-color: #F2F2F2; padding: 3mm; }
      table { border-collapse: collapse; width: 100%; margin: 1mm 0 4mm 0;
              -fs-table-paginate: paginate; }
      caption { text-align: left; font-weight: bold; padding: 0 0 1mm 0; }
      th, td { border: 0.5pt solid #BDBDBD; padding: 1mm 1.6mm; text-align: left;
               vertical-align: top; }
      th { background-color: #F2F2F2; font-weight: bold; }
      tr { page-break-inside: avoid; }
      table.keep { page-break-inside: avoid; }
      th.number { white-space: nowrap; }
      .number { text-align: right; }
      table.meta { width: auto; }
      table.meta th { background-color: transparent; border: none; padding-left: 0; }
      table.meta td { border: none; }
      .late { font-weight: bold; color: #A30000; white-space: nowrap; }
      .nowrap { white-space: nowrap; }
      .chart { page-break-inside: avoid; margin: 2mm 0 3mm 0; }
      .chart svg { width: 100%; }
      .chart.small svg { width: 78%; }
      """;

  static {
    PdfLogging.install();
  }

  private ReportPdf() {}

  static byte[] write(RoundReport.Data data) {
    RoundSummary round = data.round();
    RoundResults results = data.results();
    String title = "Zelfevaluatie diversiteit – " + data.teamName() + " – " + round.period();
    XhtmlDocument html = new XhtmlDocument("nl", title, CSS);
    html.meta("author", "Brug");
    html.meta(
        "subject",
        "Resultaten van de zelfevaluatie diversiteit van "
            + data.teamName()
            + " over "
            + round.period());
    Element body = html.body();

    html.add(body, "h1", "Zelfevaluatie diversiteit");
    html.add(body, "p", data.teamName() + " – " + round.period(), "subtitle");
    Element meta = html.add(body, "table");
    meta.setAttribute("class", "meta");
    Element metaBody = html.add(meta, "tbody");
    metaRow(html, metaBody, "Team", data.teamName());
    metaRow(html, metaBody, "Periode", round.period());
    metaRow(html, metaBody, "Vragenlijst", round.title() + ", versie " + round.templateVersion());
    metaRow(html, metaBody, "Ingevulde lijsten", Integer.toString(results.responseCount()));
    if (results.shown()) {
      metaRow(
          html,
          metaBody,
          "Totaalscore",
          results.overallScore().isPresent()
              ? ScoreFormat.oneDecimal(results.overallScore()) + " van 100"
              : AssessmentCharts.NO_SCORE);
    }
    metaRow(html, metaBody, "Gemaakt op", Dutch.dateTime(data.generatedAt()));

    if (results.shown()) {
      scores(html, body, data);
    } else {
      html.add(body, "h2", "Resultaten");
      html.add(body, "p", results.hiddenReason().orElseThrow(), "notice");
      html.add(
          body,
          "p",
          "Scores worden pas getoond als genoeg teamleden de lijst hebben ingevuld, zodat niemands"
              + " antwoorden te herleiden zijn.",
          "note");
    }
    trend(html, body, data.trend());
    benchmark(html, body, data.benchmark());
    actionPoints(html, body, data);
    html.add(
        body,
        "p",
        "Dit rapport bevat alleen samengevoegde antwoorden van het team, nooit de antwoorden van één"
            + " persoon. Scores lopen van 0 (laagste antwoord) tot 100 (hoogste antwoord); de"
            + " spreiding is de standaardafwijking: hoe groter, hoe meer de antwoorden uiteenlopen."
            + " Antwoorden \"niet van toepassing\" en \"weet ik niet\" tellen niet mee in de scores.",
        "note");
    return render(html);
  }

  private static void metaRow(XhtmlDocument html, Element table, String label, String value) {
    Element row = html.add(table, "tr");
    html.add(row, "th", label).setAttribute("scope", "row");
    html.add(row, "td", value);
  }

  // ---------------------------------------------------------------------------------------------

  private static void scores(XhtmlDocument html, Element body, RoundReport.Data data) {
    RoundResults results = data.results();
    html.add(body, "h2", "Scores per dimensie");
    chart(html, body, AssessmentCharts.radar(results, data.benchmark()), false);
    Element table =
        table(
            html,
            body,
            "Gemiddelde score per dimensie (0–100)",
            List.of("Dimensie", "Gemiddelde", "Spreiding", "Antwoorden", "n.v.t.", "Weet niet"),
            1,
            results.dimensions().size() + 1);
    for (DimensionResult dimension : results.dimensions()) {
      ScoreSummary score = dimension.score();
      row(
          html,
          table,
          List.of(
              dimension.dimension().name(),
              AssessmentCharts.score(score.mean()),
              ScoreFormat.oneDecimal(score.spread()),
              Integer.toString(score.countedAnswers()),
              Integer.toString(score.distribution().notApplicable()),
              Integer.toString(score.distribution().dontKnow())),
          1);
    }
    row(
        html,
        table,
        List.of(
            "Totaalscore (gemiddelde van de dimensies)",
            AssessmentCharts.score(results.overallScore()),
            "",
            "",
            "",
            ""),
        1);

    html.add(body, "h2", "Stellingen met de meeste verschillen");
    List<ItemResult> disagreement = results.mostDisagreement(MOST_DISAGREEMENT);
    if (disagreement.isEmpty()) {
      html.add(body, "p", "Geen stellingen met getelde antwoorden.");
    } else {
      html.add(
          body,
          "p",
          "Bij deze stellingen liepen de antwoorden het verst uiteen: een goed begin voor een"
              + " gesprek in het team.",
          "intro");
      Element items =
          table(
              html,
              body,
              "Stellingen met de grootste spreiding (0–100)",
              List.of("Stelling", "Dimensie", "Gemiddelde", "Spreiding"),
              2,
              disagreement.size());
      for (ItemResult item : disagreement) {
        row(
            html,
            items,
            List.of(
                item.item().statement(),
                dimensionName(results, item.item().dimensionCode()),
                AssessmentCharts.score(item.score().mean()),
                ScoreFormat.oneDecimal(item.score().spread())),
            2);
      }
    }

    html.add(body, "h2", "Verdeling van de antwoorden per dimensie");
    for (DimensionResult dimension : results.dimensions()) {
      List<AnswerScale> scales =
          results.checklist().itemsOf(dimension.dimension().code()).stream()
              .map(ChecklistItem::scale)
              .distinct()
              .toList();
      chart(
          html,
          body,
          AssessmentCharts.distribution(
              dimension.dimension().name(),
              dimension.score().distribution(),
              scales.size() == 1 ? scales.get(0) : null),
          true);
    }
  }

  private static void trend(XhtmlDocument html, Element body, TeamTrend trend) {
    if (trend == null || trend.rounds().size() < 2) {
      return;
    }
    html.add(body, "h2", "Ontwikkeling door de tijd");
    Chart chart = AssessmentCharts.trend(trend);
    chart(html, body, chart, false);
    chartTable(html, body, chart.table());
  }

  private static void benchmark(XhtmlDocument html, Element body, Benchmark benchmark) {
    html.add(body, "h2", "Vergelijking met andere teams");
    if (benchmark == null) {
      html.add(body, "p", "Er is geen vergelijking met andere teams beschikbaar.");
      return;
    }
    if (!benchmark.shown()) {
      html.add(body, "p", benchmark.hiddenReason().orElseThrow());
      return;
    }
    html.add(
        body,
        "p",
        "Het gemiddelde van "
            + benchmark.otherTeams()
            + " andere teams met dezelfde vragenlijst, elk team even zwaar, met de laagste en"
            + " hoogste teamscore. Geen team is herkenbaar.",
        "intro");
    Element table =
        table(
            html,
            body,
            "Vergelijking met andere teams (0–100)",
            List.of("Dimensie", "Eigen team", "Andere teams", "Laagste", "Hoogste", "Teams"),
            1,
            benchmark.dimensions().size() + 1);
    for (Benchmark.Row row : benchmark.dimensions()) {
      row(html, table, benchmarkRow(row.dimension().name(), row.own(), row.others()), 1);
    }
    row(
        html,
        table,
        benchmarkRow("Totaalscore", benchmark.ownOverall(), benchmark.othersOverall()),
        1);
  }

  private static List<String> benchmarkRow(
      String name, OptionalDouble own, Optional<Benchmark.Aggregate> others) {
    return List.of(
        name,
        AssessmentCharts.score(own),
        others.map(a -> ScoreFormat.oneDecimal(a.mean())).orElse(AssessmentCharts.NO_SCORE),
        others.map(a -> ScoreFormat.oneDecimal(a.min())).orElse(ScoreFormat.NO_SCORE),
        others.map(a -> ScoreFormat.oneDecimal(a.max())).orElse(ScoreFormat.NO_SCORE),
        others.map(a -> Integer.toString(a.teams())).orElse(ScoreFormat.NO_SCORE));
  }

  private static void actionPoints(XhtmlDocument html, Element body, RoundReport.Data data) {
    html.add(body, "h2", "Actiepunten");
    if (data.actionPoints().isEmpty()) {
      html.add(body, "p", "Er zijn nog geen actiepunten.");
      return;
    }
    Element table =
        table(
            html,
            body,
            "Actiepunten van het team",
            List.of("Actiepunt", "Dimensie", "Eigenaar", "Uiterlijk", "Status"),
            99,
            data.actionPoints().size());
    for (ActionPoint point : data.actionPoints()) {
      Element row = html.add(table, "tr");
      html.add(row, "td", point.description());
      html.add(row, "td", dimensionName(data.results(), point.dimensionCode()));
      html.add(row, "td", point.ownerName());
      Element due = html.add(row, "td", Dutch.date(point.dueOn()));
      if (point.overdue()) {
        due.appendChild(html.document().createTextNode(" "));
        html.add(due, "strong", "(" + LATE + ")", "late");
      }
      html.add(row, "td", point.status().label());
    }
  }

  private static String dimensionName(RoundResults results, String code) {
    return results.checklist().dimension(code).map(d -> d.name()).orElse(code);
  }

  // ---------------------------------------------------------------------------------------------

  private static void chart(XhtmlDocument html, Element body, Chart chart, boolean small) {
    Element figure = html.add(body, "div");
    figure.setAttribute("class", small ? "chart small" : "chart");
    if (small) {
      html.add(figure, "h3", chart.title());
    }
    html.addSvg(figure, chart.svg());
  }

  private static void chartTable(XhtmlDocument html, Element body, ChartTable chartTable) {
    Element table =
        table(html, body, chartTable.caption(), chartTable.headers(), 1, chartTable.rows().size());
    for (List<String> cells : chartTable.rows()) {
      row(html, table, cells, 1);
    }
  }

  /**
   * A table with a caption and column headers; columns from {@code firstNumber} on are numbers,
   * aligned right. A table of a few rows is kept on one page; a longer one may break, repeating its
   * header row.
   */
  private static Element table(
      XhtmlDocument html,
      Element body,
      String caption,
      List<String> headers,
      int firstNumber,
      int rows) {
    Element table = html.add(body, "table");
    table.setAttribute("class", rows <= KEEP_TOGETHER ? "keep" : "long");
    html.add(table, "caption", caption);
    Element headerRow = html.add(html.add(table, "thead"), "tr");
    for (int i = 0; i < headers.size(); i++) {
      Element th = html.add(headerRow, "th", headers.get(i));
      th.setAttribute("scope", "col");
      if (i >= firstNumber) {
        th.setAttribute("class", "number");
      }
    }
    return html.add(table, "tbody");
  }

  private static void row(XhtmlDocument html, Element tbody, List<String> cells, int firstNumber) {
    Element row = html.add(tbody, "tr");
    for (int i = 0; i < cells.size(); i++) {
      if (i == 0) {
        html.add(row, "th", cells.get(i)).setAttribute("scope", "row");
      } else {
        Element td = html.add(row, "td", cells.get(i));
        if (i >= firstNumber) {
          td.setAttribute("class", "number");
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static byte[] render(XhtmlDocument html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder
        .useFont(
            font("DejaVuSans.ttf"),
            FONT_FAMILY,
            400,
            FontStyle.NORMAL,
            true,
            EnumSet.of(FSFontUseCase.DOCUMENT))
        .useFont(
            font("DejaVuSans-Bold.ttf"),
            FONT_FAMILY,
            700,
            FontStyle.NORMAL,
            true,
            EnumSet.of(FSFontUseCase.DOCUMENT))
        // The charts ask for "sans-serif": give Batik the same embedded font under that name.
        .useFont(
            font("DejaVuSans.ttf"),
            "sans-serif",
            400,
            FontStyle.NORMAL,
            true,
            EnumSet.of(FSFontUseCase.SVG))
        .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
        .usePdfUaAccessibility(true)
        // Everything the report needs is in the document: never fetch anything.
        .useExternalResourceAccessControl(
            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useExternalResourceAccessControl(
            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .withProducer("Brug")
        .withW3cDocument(html.document(), "about:blank")
        .toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the PDF report", e);
    }
    return out.toByteArray();
  }

  private static FSSupplier<InputStream> font(String file) {
    return () -> {
      InputStream in = ReportPdf.class.getResourceAsStream(FONTS + file);
      if (in == null) {
        throw new IllegalStateException("Font missing from the classpath: " + FONTS + file);
      }
      return in;
    };
  }
}
