package nl.brug.search.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.search.synonym.SynonymList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dutch compounds yield their parts, and words that merely contain a part do not. */
class CompoundWordsTest {

  private static final Caller ZWOLLE = DemoAccounts.find("sanne").orElseThrow().caller();

  @Test
  void aCompoundMadeEntirelyOfParts_yieldsThem_withLinkingAndPluralEndings() {
    assertThat(CompoundWords.DUTCH.allParts("schuldhulpverlening"))
        .contains("schuld", "hulp", "verlening", "hulpverlening");
    assertThat(CompoundWords.DUTCH.allParts("huisarts")).containsExactly("huis", "arts");
    assertThat(CompoundWords.DUTCH.allParts("gezinsplan")).containsExactly("gezin", "plan");
    assertThat(CompoundWords.DUTCH.allParts("thuistaal")).containsExactly("thuis", "taal");
    assertThat(CompoundWords.DUTCH.allParts("taalcafes")).containsExactly("taal", "cafe");
    assertThat(CompoundWords.DUTCH.allParts("geldzorgen")).contains("geld", "zorgen");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "betaalt",
        "betaalde",
        "betaalbaar",
        "vertaald",
        "digitaal",
        "kwartaal",
        "geregeld",
        "netwerk",
        "netwerken",
        "samenwerking",
        "uitgewerkt",
        "thuis",
        "gepland",
        "ingepland",
        "verhuizen",
        "vereiste",
        "godsdienst",
        "herkenning",
        "ontspanning",
        "leerkracht",
        "harderwijk",
        "ontwijkt",
        "schuurde",
        "veeleisend",
        "maatwerk"
      })
  void aWordThatOnlyHappensToContainAPart_isNoCompound(String word) {
    assertThat(CompoundWords.DUTCH.allParts(word)).isEmpty();
    assertThat(CompoundWords.DUTCH.split(word)).isEmpty();
  }

  @Test
  void aTypedCompound_isSplitIntoItsFewestParts() {
    assertThat(CompoundWords.DUTCH.split("geldgesprek")).containsExactly("geld", "gesprek");
    assertThat(CompoundWords.DUTCH.split("schuldhulpverlening"))
        .containsExactly("schuldhulp", "verlening");
    assertThat(CompoundWords.DUTCH.split("gezondheidsklachten"))
        .containsExactly("gezondheid", "klachten");
    assertThat(CompoundWords.DUTCH.split("tolk")).isEmpty();
  }

  @Test
  void searchingForAPart_neverFindsATextThatOnlyHappensToContainIt() {
    PublishedToolkitItem accidental =
        item(
            1,
            "Afspraken die geregeld zijn",
            "Wat betaalde u, wat is vertaald en digitaal ingepland in uw netwerken?");
    PublishedToolkitItem compounds =
        item(2, "Taalhulp bij geldzorgen", "De huisarts en het gezinsplan.");
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.put(accidental);
      index.put(compounds);
      ToolkitSearch search = new ToolkitSearch(index, () -> SynonymList.EMPTY);

      for (String part : List.of("geld", "taal", "plan", "werk", "huis")) {
        assertThat(search.search(ZWOLLE, SearchRequest.of(part)).hits())
            .as(part)
            .extracting(SearchResults.Hit::slug)
            .doesNotContain(accidental.slug());
      }
      assertThat(search.search(ZWOLLE, SearchRequest.of("geld")).hits())
          .extracting(SearchResults.Hit::slug)
          .containsExactly(compounds.slug());
    }
  }

  @Test
  void aTypedCompound_findsATextThatSaysItInSeparateWords() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      PublishedToolkitItem money = item(1, "Gesprek over geld", "Samen de post doornemen.");
      index.put(money);
      index.put(item(2, "Een gesprek met de school", "Over verzuim."));
      ToolkitSearch search = new ToolkitSearch(index, () -> SynonymList.EMPTY);

      assertThat(search.search(ZWOLLE, SearchRequest.of("geldgesprek")).hits())
          .extracting(SearchResults.Hit::slug)
          .first()
          .isEqualTo(money.slug());
    }
  }

  @Test
  void pluralsOfWordsInIe_areStemmedLikeTheirSingular_andTheOtherWayRound() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.put(item(1, "Outreach", "Samen met organisaties in de wijk."));
      index.put(item(2, "Thuis", "Eén situatie uitgelegd."));
      ToolkitSearch search = new ToolkitSearch(index, () -> SynonymList.EMPTY);

      assertThat(snippet(search, "organisatie")).contains("<mark>organisaties</mark>");
      assertThat(snippet(search, "situaties")).contains("<mark>situatie</mark>");
    }
  }

  /** The snippet of the best hit: it marks only words the stemmed text matched, not typos. */
  private static String snippet(ToolkitSearch search, String text) {
    List<SearchResults.Hit> hits = search.search(ZWOLLE, SearchRequest.of(text)).hits();
    assertThat(hits).as(text).isNotEmpty();
    return hits.get(0).snippetHtml();
  }

  private static PublishedToolkitItem item(int n, String title, String body) {
    return new PublishedToolkitItem(
        UUID.nameUUIDFromBytes(title.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "item-" + n,
        ToolkitKind.BACKGROUND,
        null,
        1,
        Instant.parse("2026-10-0" + n + "T09:00:00Z"),
        new ItemContent(
            title,
            "",
            body,
            Set.of(LifeDomain.SOCIAAL),
            List.of(),
            List.of(),
            null,
            List.of(),
            null));
  }
}
