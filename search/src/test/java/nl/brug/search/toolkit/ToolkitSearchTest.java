package nl.brug.search.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.search.synonym.SynonymList;
import nl.brug.search.toolkit.SearchResults.Facet;
import nl.brug.search.toolkit.SearchResults.FacetCount;
import nl.brug.search.toolkit.SearchResults.Hit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a professional finds, on a small fixed corpus where each word proves one rule. */
class ToolkitSearchTest {

  private static final Caller ZWOLLE = DemoAccounts.find("sanne").orElseThrow().caller();
  private static final Caller HILVERSUM = DemoAccounts.find("youssef").orElseThrow().caller();

  private final TestCorpus corpus = new TestCorpus();
  private final SearchIndex index = corpus.indexedOneByOne();
  private final AtomicReference<SynonymList> synonyms =
      new AtomicReference<>(
          SynonymList.parse(
              "# test\nstatushouder, vergunninghouder, nieuwkomer\ntolk, taalhulp\n"
                  + "wijkteam, sociaal team"));
  private final ToolkitSearch search = new ToolkitSearch(index, synonyms::get);

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> titles(Caller caller, String text) {
    return search.search(caller, SearchRequest.of(text)).hits().stream().map(Hit::title).toList();
  }

  private String first(String text) {
    List<String> titles = titles(ZWOLLE, text);
    assertThat(titles).as("hits for '%s'", text).isNotEmpty();
    return titles.get(0);
  }

  @Test
  void dutchStemming_findsPluralsAndInflections() {
    assertThat(first("tolken")).isEqualTo("Werken met een tolk");
    assertThat(first("sleutelpersoon")).isEqualTo("Sleutelpersonen uit de Eritrese gemeenschap");
  }

  @Test
  void accentsAreFolded_bothWays() {
    assertThat(first("geintegreerd")).isEqualTo("Geïntegreerd werken in de buurt");
    assertThat(first("geïntegreerde")).isEqualTo("Geïntegreerd werken in de buurt");
  }

  @Test
  void synonymsOfTheField_findItemsThatUseAnotherWord() {
    assertThat(first("vergunninghouders eerste jaar"))
        .isEqualTo("Statushouders en hun eerste jaar");
    assertThat(first("taalhulp")).isEqualTo("Werken met een tolk");
  }

  @Test
  void aChangedSynonymList_appliesToTheNextSearch_withoutARestart() {
    assertThat(titles(ZWOLLE, "plattegrond")).isEmpty();

    synonyms.set(SynonymList.parse("netwerkkaart, plattegrond"));

    assertThat(first("plattegrond")).isEqualTo("Netwerkkaart maken");
  }

  @Test
  void typosInLongerWords_stillFindTheTool_andExactWordsRankFirst() {
    assertThat(first("sleutelpersonnen eritrea"))
        .isEqualTo("Sleutelpersonen uit de Eritrese gemeenschap");
    assertThat(first("schuldhulpverleningg")).isEqualTo("Schuldhulpverlening uitgelegd");
    assertThat(first("tolk")).isEqualTo("Werken met een tolk");
  }

  @Test
  void partsOfCompounds_findTheCompound() {
    assertThat(first("schulden")).isEqualTo("Schuldhulpverlening uitgelegd");
    assertThat(first("hulpverlening")).isEqualTo("Schuldhulpverlening uitgelegd");
    assertThat(first("kaart")).isIn("Netwerkkaart maken", "Wie doet wat in Zwolle");
    assertThat(titles(HILVERSUM, "kaart")).containsExactly("Netwerkkaart maken");
  }

  @Test
  void translatedQuestions_areFoundInTheirLanguage() {
    assertThat(first("money")).isEqualTo("Gesprek over geld");
    assertThat(first("الأموال")).isEqualTo("Gesprek over geld");
  }

  @Test
  void suggestionsOfferTitlesStartingWithWhatWasTyped() {
    assertThat(search.suggest(ZWOLLE, "netw"))
        .extracting(SearchResults.Suggestion::title)
        .containsExactly("Netwerkkaart maken");
    assertThat(search.suggest(ZWOLLE, "sleutel eri"))
        .extracting(SearchResults.Suggestion::title)
        .containsExactly("Sleutelpersonen uit de Eritrese gemeenschap");
    assertThat(search.suggest(ZWOLLE, "wie doet"))
        .extracting(SearchResults.Suggestion::title)
        .containsExactly("Wie doet wat in Zwolle");
  }

  @Test
  void anotherMunicipalitysItem_neverAppears_notInHitsSuggestionsFacetsOrCorrections() {
    assertThat(titles(HILVERSUM, "zwolle")).isEmpty();
    assertThat(titles(HILVERSUM, "humanitas steunpunt")).isEmpty();
    assertThat(search.suggest(HILVERSUM, "wie doet")).isEmpty();
    SearchResults all = search.search(HILVERSUM, SearchRequest.of(""));
    assertThat(all.total()).isEqualTo(corpus.all.size() - 1);
    assertThat(count(all, Facet.KIND, "WORKING_METHOD")).isEqualTo(2);
    assertThat(search.search(HILVERSUM, SearchRequest.of("zwole")).didYouMean())
        .as("no correction drawn from an invisible item")
        .isEmpty();

    assertThat(first("zwolle")).isEqualTo("Wie doet wat in Zwolle");
    assertThat(count(search.search(ZWOLLE, SearchRequest.of("")), Facet.KIND, "WORKING_METHOD"))
        .isEqualTo(3);
  }

  @Test
  void facetCounts_areExact_forEveryFacet() {
    SearchResults results = search.search(ZWOLLE, SearchRequest.of(""));

    Map<String, Long> kinds =
        corpus.all.stream()
            .collect(Collectors.groupingBy(i -> i.kind().name(), Collectors.counting()));
    assertThat(results.facets().get(Facet.KIND))
        .extracting(FacetCount::value, FacetCount::count)
        .containsExactlyInAnyOrderElementsOf(
            kinds.entrySet().stream()
                .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()))
                .toList());
    assertThat(count(results, Facet.DOMAIN, "MAATSCHAPPELIJK")).isEqualTo(5);
    assertThat(count(results, Facet.TARGET_GROUP, "statushouders")).isEqualTo(5);
    assertThat(count(results, Facet.LANGUAGE, "en")).isEqualTo(1);
    assertThat(count(results, Facet.THEME, "netwerk")).isEqualTo(2);
  }

  @Test
  void filtersNarrowHits_andFacetCountsFollow() {
    SearchResults social =
        search.search(
            ZWOLLE,
            new SearchRequest(
                "", null, "SOCIAAL", null, null, null, SearchRequest.Order.NEWEST, 0, 20));

    assertThat(social.hits())
        .extracting(Hit::title)
        .containsExactly(
            "Netwerkkaart maken",
            "Geïntegreerd werken in de buurt",
            "Sleutelpersonen uit de Eritrese gemeenschap");
    assertThat(count(social, Facet.DOMAIN, "SOCIAAL")).isEqualTo(3);
  }

  @Test
  void snippetsMarkTheMatchedWords_andNeverCarryMarkupFromTheText() {
    Hit hit = search.search(ZWOLLE, SearchRequest.of("cirkels")).hits().get(0);

    assertThat(hit.snippetHtml()).contains("<mark>cirkels</mark>").doesNotContain("<script");
    assertThat(search.search(ZWOLLE, SearchRequest.of("alert")).hits())
        .allSatisfy(h -> assertThat(h.snippetHtml()).doesNotContain("<script"));
  }

  @Test
  void aMisspeltQueryWithNoResults_getsACorrectionFromVisibleItems() {
    assertThat(search.search(ZWOLLE, SearchRequest.of("cirkls")).total())
        .as("one typo in a longer word is tolerated outright")
        .isEqualTo(1);
    SearchResults misspelt = search.search(ZWOLLE, SearchRequest.of("tolx"));
    assertThat(misspelt.total()).isZero();
    assertThat(misspelt.didYouMean()).contains("tolk");
  }

  @Test
  void aNewlyPublishedItem_isFoundAtOnce_andAWithdrawnOneIsGone() {
    PublishedToolkitItem fresh =
        new PublishedToolkitItem(
            UUID.randomUUID(),
            "ramadan",
            ToolkitKind.BACKGROUND,
            null,
            1,
            Instant.parse("2026-11-23T09:00:00Z"),
            new ItemContent(
                "Ramadan en afspraken plannen",
                "",
                "",
                java.util.Set.of(LifeDomain.GEEST),
                List.of(),
                List.of(),
                null,
                List.of(),
                null));

    index.put(fresh);
    assertThat(first("ramadan")).isEqualTo("Ramadan en afspraken plannen");

    index.remove(fresh.id());
    assertThat(titles(ZWOLLE, "ramadan")).isEmpty();
  }

  @Test
  void aRebuildFromAnEmptyIndex_restoresIdenticalResults() throws InterruptedException {
    List<String> queries =
        List.of("tolk", "schulden", "statushouders", "", "netwerk kaart", "sleutelpersonen");
    try (SearchIndex rebuilt = SearchIndex.inMemory()) {
      java.util.concurrent.atomic.AtomicLong progress =
          new java.util.concurrent.atomic.AtomicLong();
      rebuilt.rebuild(corpus, true, progress::set);
      ToolkitSearch again = new ToolkitSearch(rebuilt, synonyms::get);

      assertThat(progress.get()).isEqualTo(corpus.all.size());
      assertThat(rebuilt.size()).isEqualTo(index.size());
      for (String q : queries) {
        SearchResults before = search.search(ZWOLLE, SearchRequest.of(q));
        SearchResults after = again.search(ZWOLLE, SearchRequest.of(q));
        assertThat(after.hits()).as(q).isEqualTo(before.hits());
        assertThat(after.facets()).as(q).isEqualTo(before.facets());
      }
    }
  }

  @Test
  void aRebuildInPlace_removesWhatIsNoLongerPublished() throws InterruptedException {
    corpus.all.remove(corpus.networkMap);

    index.rebuild(corpus, false, done -> {});

    assertThat(titles(ZWOLLE, "netwerkkaart")).doesNotContain("Netwerkkaart maken");
    assertThat(index.size()).isEqualTo(corpus.all.size());
  }

  private static long count(SearchResults results, Facet facet, String value) {
    return results.facets().get(facet).stream()
        .filter(c -> c.value().equals(value))
        .mapToLong(FacetCount::count)
        .findFirst()
        .orElse(0);
  }
}
