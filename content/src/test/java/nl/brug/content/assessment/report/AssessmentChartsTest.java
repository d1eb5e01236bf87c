package nl.brug.content.assessment.report;

import static nl.brug.content.assessment.AnswerScale.AGREEMENT_5;
import static nl.brug.content.assessment.AnswerScale.DEVELOPMENT_4;
import static nl.brug.content.assessment.report.Fixtures.parseXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.brug.content.assessment.Checklist;
import nl.brug.content.assessment.ChecklistDimension;
import nl.brug.content.assessment.ChecklistItem;
import nl.brug.content.assessment.Distribution;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.ScoreFormat;
import nl.brug.content.assessment.TeamTrend;
import nl.brug.content.assessment.Trend;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class AssessmentChartsTest {

  private static final String SVG = "http://www.w3.org/2000/svg";

  /** The radar's radius, as {@link AssessmentCharts} draws it. */
  private static final double RADIUS = 150;

  // --- radar --------------------------------------------------------------------------------

  @Test
  void radar_hasOneAxisPerDimension_andGridRingsAt25_50_75And100() throws Exception {
    Document svg = parseXml(AssessmentCharts.radar(Fixtures.results(), null).svg());
    double[] centre = centre(svg);

    assertThat(withClass(svg, "line", "axis")).hasSize(3);
    List<Element> rings = withClass(svg, "polygon", "ring");
    assertThat(rings).hasSize(4);
    // the outer ring's first corner is the top of the first axis, at 100
    assertThat(points(rings.get(3)).get(0)[1]).isCloseTo(centre[1] - RADIUS, within(0.05));
    assertThat(points(rings.get(0)).get(0)[1]).isCloseTo(centre[1] - RADIUS / 4, within(0.05));
    assertThat(texts(svg)).contains("25", "50", "75", "100");
  }

  @Test
  void radar_drawsTheTeamAsAFilledPolygon_throughTheDimensionMeans() throws Exception {
    Document svg = parseXml(AssessmentCharts.radar(Fixtures.results(), null).svg());
    double cx = centre(svg)[0];
    double cy = centre(svg)[1];

    Element team = withClass(svg, "polygon", "team").get(0);
    assertThat(team.getAttribute("fill")).isEqualTo("#0072B2");
    assertThat(team.getAttribute("fill-opacity")).isEqualTo("0.2");
    List<double[]> points = points(team);
    assertThat(points).hasSize(3);
    // samenstelling 62.5 on the axis straight up
    assertThat(points.get(0)[0]).isCloseTo(cx, within(0.05));
    assertThat(points.get(0)[1]).isCloseTo(cy - RADIUS * 0.625, within(0.05));
    // toegankelijkheid 66.7 on the axis at 30° below the horizontal, to the right
    double r = RADIUS * (200.0 / 3) / 100;
    assertThat(points.get(1)[0]).isCloseTo(cx + r * Math.cos(Math.PI / 6), within(0.05));
    assertThat(points.get(1)[1]).isCloseTo(cy + r * Math.sin(Math.PI / 6), within(0.05));
    assertThat(titles(svg))
        .contains(
            "Samenstelling van het team, dit team: 62,5",
            "Toegankelijkheid en bereik, dit team: 66,7");
  }

  @Test
  void aDimensionWithoutAMean_liesAtTheCentre_andReadsGeenScoreAtItsAxisAndInTheTable()
      throws Exception {
    Chart chart = AssessmentCharts.radar(Fixtures.results(), null);
    Document svg = parseXml(chart.svg());

    double[] methods = points(withClass(svg, "polygon", "team").get(0)).get(2);
    assertThat(methods[0]).isCloseTo(centre(svg)[0], within(0.05));
    assertThat(methods[1]).isCloseTo(centre(svg)[1], within(0.05));
    assertThat(texts(svg)).contains("(geen score)");
    assertThat(titles(svg)).noneMatch(t -> t.startsWith("Werkwijze"));
    assertThat(chart.table().rows().get(2)).containsExactly("Werkwijze", "geen score", "–");
  }

  @Test
  void theOtherTeams_areADashedPolygon_onlyWhenTheComparisonMayBeShown() throws Exception {
    Document without = parseXml(AssessmentCharts.radar(Fixtures.results(), null).svg());
    Chart tooFew = AssessmentCharts.radar(Fixtures.results(), Fixtures.benchmark(4));
    Chart shown = AssessmentCharts.radar(Fixtures.results(), Fixtures.benchmark(5));

    assertThat(withClass(without, "polygon", "others")).isEmpty();
    assertThat(withClass(parseXml(tooFew.svg()), "polygon", "others")).isEmpty();
    assertThat(tooFew.table().headers()).doesNotContain("Overige teams");

    Document svg = parseXml(shown.svg());
    Element others = withClass(svg, "polygon", "others").get(0);
    assertThat(others.getAttribute("stroke-dasharray")).isNotEmpty();
    assertThat(others.getAttribute("fill")).isEqualTo("none");
    // the others' samenstelling mean is 50
    assertThat(points(others).get(0)[1]).isCloseTo(centre(svg)[1] - RADIUS / 2, within(0.05));
    assertThat(texts(svg)).contains("Dit team", "Gemiddelde van 5 andere teams");
    assertThat(shown.table().headers())
        .containsExactly("Dimensie", "Gemiddelde (0–100)", "Spreiding", "Overige teams");
  }

  @Test
  void theRadarTable_holdsTheNumbersOfTheResults() {
    RoundResults results = Fixtures.results();
    Chart chart = AssessmentCharts.radar(results, Fixtures.benchmark(5));

    assertThat(chart.title()).isEqualTo("Scores per dimensie");
    assertThat(chart.table().rows())
        .containsExactly(
            List.of(
                "Samenstelling van het team",
                ScoreFormat.oneDecimal(results.dimensionMean("samenstelling")),
                ScoreFormat.oneDecimal(
                    results.dimension("samenstelling").orElseThrow().score().spread()),
                "50,0"),
            List.of("Toegankelijkheid en bereik", "66,7", "27,2", "33,3"),
            List.of("Werkwijze", "geen score", "–", "geen score"));
    assertThat(chart.table().rows().get(0).subList(1, 3)).containsExactly("62,5", "28,0");
  }

  @Test
  void withFewerThanThreeDimensions_theRadarBecomesHorizontalBars() throws Exception {
    Checklist two =
        new Checklist(
            List.of(Fixtures.COMPOSITION, Fixtures.REACH),
            List.of(
                new ChecklistItem(
                    "S1", "samenstelling", "Ons team weerspiegelt de wijk.", AGREEMENT_5),
                new ChecklistItem(
                    "T1", "toegankelijkheid", "Wij werken met tolken.", DEVELOPMENT_4)));
    RoundResults results =
        RoundResults.of(
            two,
            List.of(
                Fixtures.response("S1", 5, "T1", 4),
                Fixtures.response("S1", 3, "T1", 1),
                Fixtures.response("S1", 1, "T1", 1)));

    Chart chart = AssessmentCharts.radar(results, null);
    Document svg = parseXml(chart.svg());

    assertThat(elements(svg, "polygon")).isEmpty();
    List<Element> bars = withClass(svg, "rect", "team");
    assertThat(bars).hasSize(2);
    // 340 wide at 100: samenstelling 50 → 170, toegankelijkheid 33.3 → 113.3
    assertThat(Double.parseDouble(bars.get(0).getAttribute("width"))).isCloseTo(170, within(0.05));
    assertThat(Double.parseDouble(bars.get(1).getAttribute("width")))
        .isCloseTo(113.3, within(0.05));
    assertThat(texts(svg)).contains("50,0", "33,3");
    assertThat(chart.table().rows()).extracting(row -> row.get(1)).containsExactly("50,0", "33,3");
  }

  @Test
  void hiddenResults_giveAChartWithOnlyTheDutchReason() throws Exception {
    RoundResults hidden = Fixtures.hiddenResults();

    Chart chart = AssessmentCharts.radar(hidden, Fixtures.benchmark(5));
    Document svg = parseXml(chart.svg());

    String reason = "Nog te weinig ingevulde lijsten: 2 van minimaal 3";
    assertThat(hidden.hiddenReason()).hasValue(reason);
    assertThat(texts(svg)).containsExactly(reason);
    assertThat(elements(svg, "polygon")).isEmpty();
    assertThat(chart.table().rows()).containsExactly(List.of(reason));
    assertThat(chart.svg()).doesNotContain("62,5").doesNotContain("100,0");
  }

  // --- trend --------------------------------------------------------------------------------

  /**
   * Four rounds; the third had too few responses. Composition 62.5, 75, –, 100; reach 66.7, 66.7,
   * –, 100; working methods never counted; overall 64.6, 70.8, –, 100.
   */
  private static TeamTrend fourRounds() {
    List<RoundResults> rounds =
        List.of(
            Fixtures.results(),
            Fixtures.uniform(4, 3),
            Fixtures.hiddenResults(),
            Fixtures.uniform(5, 4));
    return new TeamTrend(
        List.of(
            Fixtures.round("najaar 2025"),
            Fixtures.round("voorjaar 2026"),
            Fixtures.round("najaar 2026"),
            Fixtures.round("voorjaar 2027")),
        Trend.of(rounds));
  }

  @Test
  void trend_hasOneLinePerDimension_andABoldOverallLine_overThePeriods() throws Exception {
    Chart chart = AssessmentCharts.trend(fourRounds());
    Document svg = parseXml(chart.svg());

    List<Element> series = withClass(svg, "g", "series");
    assertThat(series).hasSize(4);
    Element overall = children(series.get(3), "polyline").get(0);
    assertThat(overall.getAttribute("stroke-width")).isEqualTo("4.0");
    assertThat(overall.getAttribute("stroke")).isEqualTo("#000000");
    assertThat(texts(svg))
        .contains(
            "najaar 2025",
            "voorjaar 2026",
            "najaar 2026",
            "voorjaar 2027",
            "Samenstelling van het team",
            "Toegankelijkheid en bereik",
            "Werkwijze",
            "Totaalscore");
    assertThat(chart.table().headers())
        .containsExactly(
            "Dimensie", "najaar 2025", "voorjaar 2026", "najaar 2026", "voorjaar 2027");
    assertThat(chart.table().rows())
        .containsExactly(
            List.of("Samenstelling van het team", "62,5", "75,0", "geen score", "100,0"),
            List.of("Toegankelijkheid en bereik", "66,7", "66,7", "geen score", "100,0"),
            List.of("Werkwijze", "geen score", "geen score", "geen score", "geen score"),
            List.of("Totaalscore", "64,6", "70,8", "geen score", "100,0"));
  }

  @Test
  void trend_leavesAGap_whereARoundHasNoMean() throws Exception {
    Document svg = parseXml(AssessmentCharts.trend(fourRounds()).svg());
    List<Element> series = withClass(svg, "g", "series");

    // composition: one line through the first two rounds, then only a marker for the fourth
    Element composition = series.get(0);
    assertThat(children(composition, "polyline")).hasSize(1);
    assertThat(points(children(composition, "polyline").get(0))).hasSize(2);
    assertThat(markerTitles(composition))
        .containsExactly(
            "Samenstelling van het team, najaar 2025: 62,5",
            "Samenstelling van het team, voorjaar 2026: 75,0",
            "Samenstelling van het team, voorjaar 2027: 100,0");
    // working methods never had a mean: nothing is drawn, and certainly nothing at 0
    assertThat(series.get(2).getChildNodes().getLength()).isZero();
  }

  @Test
  void trendLines_differInDashPatternAndMarkerShape_notInColourAlone() throws Exception {
    Document svg = parseXml(AssessmentCharts.trend(fourRounds()).svg());
    List<Element> series = withClass(svg, "g", "series");

    List<String> styles = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Element line = children(series.get(i), "polyline").get(0);
      Element marker = firstMarker(series.get(i));
      styles.add(line.getAttribute("stroke-dasharray") + "|" + marker.getLocalName());
    }
    Element overall = children(series.get(3), "polyline").get(0);
    styles.add(
        overall.getAttribute("stroke-width") + "|" + firstMarker(series.get(3)).getLocalName());
    assertThat(Set.copyOf(styles)).hasSize(3);
    assertThat(children(series.get(0), "polyline").get(0).getAttribute("stroke-dasharray"))
        .isNotEqualTo(children(series.get(1), "polyline").get(0).getAttribute("stroke-dasharray"));
  }

  // --- distribution ---------------------------------------------------------------------------

  @Test
  void distribution_countsEveryStepOfTheScale_withNvtAndWeetNietApartInGrey() throws Exception {
    Distribution composition =
        Fixtures.results().dimension("samenstelling").orElseThrow().score().distribution();

    Chart chart =
        AssessmentCharts.distribution("Samenstelling van het team", composition, AGREEMENT_5);
    Document svg = parseXml(chart.svg());

    assertThat(chart.title()).isEqualTo("Samenstelling van het team");
    assertThat(chart.table().headers()).containsExactly("Antwoord", "Aantal");
    assertThat(chart.table().rows())
        .containsExactly(
            List.of("helemaal oneens", "0"),
            List.of("oneens", "1"),
            List.of("neutraal", "1"),
            List.of("eens", "1"),
            List.of("helemaal eens", "1"),
            List.of("n.v.t.", "1"),
            List.of("weet niet", "1"));
    assertThat(withClass(svg, "rect", "step"))
        .extracting(AssessmentChartsTest::title)
        .containsExactly("oneens: 1", "neutraal: 1", "eens: 1", "helemaal eens: 1");
    List<Element> outside = withClass(svg, "rect", "outside-scale");
    assertThat(outside)
        .extracting(AssessmentChartsTest::title)
        .containsExactly("n.v.t.: 1", "weet niet: 1");
    assertThat(outside).allMatch(rect -> rect.getAttribute("fill").equals("#6E6E6E"));
    // equal counts, equal bars
    assertThat(withClass(svg, "rect", "step"))
        .extracting(rect -> rect.getAttribute("width"))
        .containsOnly("340.0");
  }

  @Test
  void distribution_withoutAScale_listsEveryStepTheDistributionHas() {
    Distribution reach =
        Fixtures.results().dimension("toegankelijkheid").orElseThrow().score().distribution();

    Chart chart = AssessmentCharts.distribution("Toegankelijkheid", reach, null);

    assertThat(chart.table().rows())
        .containsExactly(
            List.of("nog niet gestart", "0"),
            List.of("in ontwikkeling", "1"),
            List.of("grotendeels gerealiseerd", "1"),
            List.of("verankerd", "1"),
            List.of("n.v.t.", "0"),
            List.of("weet niet", "0"));
  }

  // --- every chart ----------------------------------------------------------------------------

  private static List<Chart> everyKindOfChart() {
    RoundResults results = Fixtures.results();
    return List.of(
        AssessmentCharts.radar(results, Fixtures.benchmark(5)),
        AssessmentCharts.radar(Fixtures.hiddenResults(), null),
        AssessmentCharts.trend(fourRounds()),
        AssessmentCharts.distribution(
            "Samenstelling",
            results.dimension("samenstelling").orElseThrow().score().distribution(),
            AGREEMENT_5));
  }

  @Test
  void everySvg_isWellFormed_andAnAccessibleScalableImage() throws Exception {
    for (Chart chart : everyKindOfChart()) {
      Element root = parseXml(chart.svg()).getDocumentElement();

      assertThat(root.getNamespaceURI()).isEqualTo(SVG);
      assertThat(root.getAttribute("role")).isEqualTo("img");
      assertThat(root.getAttribute("width")).isEqualTo("100%");
      assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
      assertThat(root.getAttribute("font-family")).isEqualTo("sans-serif");
      List<Element> children = elementChildren(root);
      assertThat(children.get(0).getLocalName()).isEqualTo("title");
      assertThat(children.get(0).getTextContent()).isEqualTo(chart.title());
      assertThat(children.get(1).getLocalName()).isEqualTo("desc");
      assertThat(children.get(1).getTextContent()).isNotBlank();
      assertThat(root.getAttribute("aria-labelledby"))
          .isEqualTo(children.get(0).getAttribute("id") + " " + children.get(1).getAttribute("id"));
      assertThat(chart.svg()).doesNotContain("<script").doesNotContain("onload");
    }
  }

  @Test
  void theDescription_saysTheNumbersInWords() throws Exception {
    Element root =
        parseXml(AssessmentCharts.radar(Fixtures.results(), Fixtures.benchmark(5)).svg())
            .getDocumentElement();

    assertThat(elementChildren(root).get(1).getTextContent())
        .contains("Samenstelling van het team 62,5")
        .contains("Werkwijze geen score")
        .contains("Gemiddelde van 5 andere teams: Samenstelling van het team 50,0");
  }

  @Test
  void textFromUsers_isEscaped_soTheSvgStaysWellFormedAndRunsNothing() throws Exception {
    String name = "<script>alert('x')</script> & \"Co\"";
    Checklist checklist =
        new Checklist(
            List.of(
                new ChecklistDimension("a", name, 1),
                new ChecklistDimension("b", "Bereik", 2),
                new ChecklistDimension("c", "Werkwijze", 3)),
            List.of(
                new ChecklistItem("A1", "a", "Stelling A", AGREEMENT_5),
                new ChecklistItem("B1", "b", "Stelling B", AGREEMENT_5),
                new ChecklistItem("C1", "c", "Stelling C", AGREEMENT_5)));
    RoundResults results =
        RoundResults.of(
            checklist,
            List.of(
                Fixtures.response("A1", 1, "B1", 2, "C1", 3),
                Fixtures.response("A1", 2, "B1", 3, "C1", 4),
                Fixtures.response("A1", 3, "B1", 4, "C1", 5)));

    for (Chart chart :
        List.of(
            AssessmentCharts.radar(results, null),
            AssessmentCharts.trend(
                new TeamTrend(List.of(Fixtures.round("<b>2026</b>")), Trend.of(List.of(results)))),
            AssessmentCharts.distribution(
                name, results.dimension("a").orElseThrow().score().distribution(), AGREEMENT_5))) {
      Document svg = parseXml(chart.svg());

      assertThat(svg.getElementsByTagName("script").getLength()).isZero();
      assertThat(svg.getElementsByTagName("b").getLength()).isZero();
      assertThat(chart.svg())
          .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
      assertThat(svg.getDocumentElement().getTextContent()).contains(name);
    }
    assertThat(AssessmentCharts.radar(results, null).table().rows().get(0).get(0)).isEqualTo(name);
  }

  @Test
  void theSameInput_givesTheSameMarkup() {
    assertThat(AssessmentCharts.radar(Fixtures.results(), Fixtures.benchmark(5)).svg())
        .isEqualTo(AssessmentCharts.radar(Fixtures.results(), Fixtures.benchmark(5)).svg());
    assertThat(AssessmentCharts.trend(fourRounds()).svg())
        .isEqualTo(AssessmentCharts.trend(fourRounds()).svg());
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Where the radar's axes start. */
  private static double[] centre(Document svg) {
    Element axis = withClass(svg, "line", "axis").get(0);
    return new double[] {
      Double.parseDouble(axis.getAttribute("x1")), Double.parseDouble(axis.getAttribute("y1"))
    };
  }

  private static List<Element> elements(Document svg, String name) {
    return list(svg.getElementsByTagNameNS(SVG, name));
  }

  private static List<Element> withClass(Document svg, String name, String cssClass) {
    return elements(svg, name).stream()
        .filter(e -> e.getAttribute("class").equals(cssClass))
        .toList();
  }

  private static List<Element> children(Element parent, String name) {
    return elementChildren(parent).stream().filter(e -> e.getLocalName().equals(name)).toList();
  }

  private static List<Element> elementChildren(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        children.add(element);
      }
    }
    return children;
  }

  private static List<Element> list(NodeList nodes) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static List<double[]> points(Element shape) {
    List<double[]> points = new ArrayList<>();
    for (String point : shape.getAttribute("points").trim().split(" ")) {
      String[] xy = point.split(",");
      points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
    }
    return points;
  }

  /** The visible texts: every text element and tspan without children of its own. */
  private static List<String> texts(Document svg) {
    List<String> texts = new ArrayList<>();
    for (Element text : elements(svg, "text")) {
      List<Element> spans = children(text, "tspan");
      if (spans.isEmpty()) {
        texts.add(text.getTextContent());
      } else {
        spans.forEach(span -> texts.add(span.getTextContent()));
      }
    }
    return texts;
  }

  /** The tooltips of the shapes (not the title of the chart itself). */
  private static List<String> titles(Document svg) {
    return elements(svg, "title").stream()
        .filter(t -> !t.getParentNode().getLocalName().equals("svg"))
        .map(Node::getTextContent)
        .toList();
  }

  private static String title(Element shape) {
    return children(shape, "title").stream()
        .map(Node::getTextContent)
        .collect(Collectors.joining());
  }

  private static List<String> markerTitles(Element group) {
    return elementChildren(group).stream()
        .filter(e -> !e.getLocalName().equals("polyline"))
        .map(AssessmentChartsTest::title)
        .toList();
  }

  private static Element firstMarker(Element group) {
    return elementChildren(group).stream()
        .filter(e -> !e.getLocalName().equals("polyline"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void municipalityRadar_drawsTheMunicipalitysTeamsBesideTheOthers_withoutASpreadColumn()
      throws Exception {
    Chart chart = AssessmentCharts.municipalityRadar("Zwolle", Fixtures.benchmark(5));
    Document svg = parseXml(chart.svg());

    assertThat(chart.title()).isEqualTo("Scores per dimensie: Zwolle en de andere teams");
    assertThat(withClass(svg, "polygon", "team")).hasSize(1);
    assertThat(withClass(svg, "polygon", "others")).hasSize(1);
    assertThat(texts(svg)).contains("Deze gemeente");
    assertThat(titles(svg)).contains("Samenstelling van het team, de teams van Zwolle: 62,5");
    assertThat(chart.table().headers())
        .containsExactly("Dimensie", "Gemiddelde (0–100)", "Overige teams");
    assertThat(chart.table().rows().get(0))
        .containsExactly("Samenstelling van het team", "62,5", "50,0");
  }

  @Test
  void municipalityRadar_withTooFewOtherTeams_drawsOnlyTheMunicipality() throws Exception {
    Chart chart = AssessmentCharts.municipalityRadar("Zwolle", Fixtures.benchmark(4));

    assertThat(withClass(parseXml(chart.svg()), "polygon", "others")).isEmpty();
    assertThat(chart.table().headers()).containsExactly("Dimensie", "Gemiddelde (0–100)");
  }
}
