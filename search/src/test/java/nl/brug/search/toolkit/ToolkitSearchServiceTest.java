package nl.brug.search.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.content.gap.ContentGapLog;
import nl.brug.content.gap.ContentGapReport;
import nl.brug.content.gap.ContentGapReport.Topic;
import nl.brug.content.schema.SchemaMigration;
import nl.brug.content.synonym.SavedSynonymList;
import nl.brug.content.synonym.SynonymListChanged;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.search.synonym.InvalidSynonymsException;
import nl.brug.search.toolkit.SearchResults.Hit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The search service as the portal and API use it: content gaps are counted without leaking what
 * another municipality has, the synonym list experts save applies at once, and a rebuild an admin
 * starts reports progress while searches keep answering.
 */
class ToolkitSearchServiceTest {

  private static final Caller ZWOLLE = caller("sanne");
  private static final Caller HILVERSUM = caller("youssef");
  private static final Caller EXPERT = caller("fatima");
  private static final Caller ADMIN = caller("daan");
  private static final Caller HILVERSUM_EXPERT =
      new Caller("hilde", "Hilde", Set.of(Role.EXPERT), "GM0402", null);

  private final TestCorpus corpus = new TestCorpus();
  private final ContentGapLog gaps = new ContentGapLog(migratedH2(), Clock.systemUTC());
  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private final ToolkitSearchService service =
      new ToolkitSearchService(corpus.indexedOneByOne(), corpus, null, gaps, background);

  private static Caller caller(String username) {
    return DemoAccounts.find(username).orElseThrow().caller();
  }

  private static JdbcDataSource migratedH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SchemaMigration.migrate(h2);
    return h2;
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
    service.stop();
  }

  private ContentGapReport report() {
    return report(EXPERT);
  }

  private ContentGapReport report(Caller expert) {
    return gaps.report(expert, YearMonth.now(), 20);
  }

  private List<String> titles(Caller caller, String text) {
    return service.search(caller, SearchRequest.of(text)).hits().stream().map(Hit::title).toList();
  }

  @Test
  void aSearchThatFindsNothing_isAContentGap_oneThatFindsSomethingIsNot() {
    service.search(ZWOLLE, SearchRequest.of("kinderopvang iftar"));
    service.search(ZWOLLE, SearchRequest.of("Kinderopvang  iftar!"));
    service.search(ZWOLLE, SearchRequest.of("tolk"));

    assertThat(report().withoutResults()).containsExactly(new Topic("kinderopvang iftar", 2));
  }

  @Test
  void anotherMunicipalitysItem_isAGapForHilversum_andNeverShowsInTheReport() {
    assertThat(titles(ZWOLLE, "humanitas steunpunt")).containsExactly("Wie doet wat in Zwolle");

    assertThat(titles(HILVERSUM, "humanitas steunpunt")).isEmpty();

    ContentGapReport report = report(HILVERSUM_EXPERT);
    assertThat(report.withoutResults()).containsExactly(new Topic("humanitas steunpunt", 1));
    assertThat(report(EXPERT).isEmpty()).as("Hilversum's gap is not Zwolle's").isTrue();
    assertThat(report.toString())
        .as("the report holds query texts and counts, nothing of the item")
        .doesNotContain("Wie doet wat", corpus.zwolle.id().toString(), corpus.zwolle.slug());
  }

  @Test
  void portalResultsNobodyOpens_countAsUnopened_untilOneIsOpened() {
    SearchRequest networkMap = SearchRequest.of("netwerkkaart");
    service.searchInPortal(ZWOLLE, networkMap);
    service.searchInPortal(ZWOLLE, networkMap);
    service.resultOpened(ZWOLLE, networkMap);

    assertThat(report().unopened()).containsExactly(new Topic("netwerkkaart", 1));
  }

  @Test
  void laterPagesAndApiSearchesWithResults_areNotCountedAsShown() {
    service.search(ZWOLLE, SearchRequest.of("tolk"));
    service.searchInPortal(
        ZWOLLE, new SearchRequest("schulden", null, null, null, null, null, null, 1, 20));

    assertThat(report().isEmpty()).isTrue();
  }

  @Test
  void anInvalidSynonymList_isRefusedWithItsLineNumber() {
    assertThatThrownBy(
            () -> service.saveSynonyms(EXPERT, "# lijst\ntolk, taalhulp\nalleen-een-term\n", 1))
        .isInstanceOf(InvalidSynonymsException.class)
        .hasMessageStartingWith("Regel 3:");
  }

  @Test
  void onlyExpertsEditTheSynonymList() {
    assertThatThrownBy(() -> service.synonymsToEdit(ZWOLLE))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(() -> service.saveSynonyms(ZWOLLE, "tolk, taalhulp", 0))
        .isInstanceOf(ActionNotAllowedException.class);
  }

  @Test
  void withNothingSaved_expertsEditTheBuiltInList() {
    SavedSynonymList builtIn = service.synonymsToEdit(EXPERT);

    assertThat(builtIn.version()).isZero();
    assertThat(builtIn.text()).contains("statushouder, vergunninghouder");
  }

  @Test
  void aSavedSynonymList_appliesToTheNextSearch() {
    assertThat(titles(ZWOLLE, "steunpunt formulieren")).contains("Wie doet wat in Zwolle");
    assertThat(titles(ZWOLLE, "vrijwilligerspunt")).isEmpty();

    service.onSynonymListChanged(
        new SynonymListChanged(
            new SavedSynonymList(
                "steunpunt, vrijwilligerspunt", 2, "fatima", java.time.Instant.now())));

    assertThat(titles(ZWOLLE, "vrijwilligerspunt")).containsExactly("Wie doet wat in Zwolle");
  }

  @Test
  void onlyAdminsStartAReindex() {
    assertThatThrownBy(() -> service.startReindex(EXPERT))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(() -> service.reindexStatus(EXPERT))
        .isInstanceOf(ActionNotAllowedException.class);
  }

  @Test
  void aReindex_reportsProgress_searchesAnswerMeanwhile_andASecondStartJoinsIt()
      throws InterruptedException {
    CountDownLatch halfway = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    SlowCorpus slow = new SlowCorpus(corpus, halfway, goOn);
    ToolkitSearchService slowService =
        new ToolkitSearchService(corpus.indexedOneByOne(), slow, null, gaps, background);
    try {
      ReindexStatus started = slowService.startReindex(ADMIN);
      assertThat(started.running()).isTrue();

      assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
      ReindexStatus meanwhile = slowService.reindexStatus(ADMIN);
      assertThat(meanwhile.running()).isTrue();
      assertThat(meanwhile.total()).isEqualTo(corpus.all.size());
      assertThat(slowService.search(ZWOLLE, SearchRequest.of("tolk")).hits())
          .as("searches answer, complete, during the rebuild")
          .extracting(Hit::title)
          .contains("Werken met een tolk");
      assertThat(slowService.startReindex(ADMIN).startedAt())
          .as("a second start joins the running rebuild")
          .isEqualTo(started.startedAt());

      goOn.countDown();
      ReindexStatus finished = awaitFinished(slowService);
      assertThat(finished.failure()).isNull();
      assertThat(finished.done()).isEqualTo(corpus.all.size());
      assertThat(finished.fraction()).isEqualTo(1.0);
      assertThat(finished.finishedAt()).isNotNull();
    } finally {
      goOn.countDown();
    }
  }

  @Test
  void aFailedReindex_saysSo_andTheIndexStillAnswers() throws InterruptedException {
    PublishedItems broken =
        new PublishedItems() {
          @Override
          public List<UUID> ids() {
            throw new IllegalStateException("database weg");
          }

          @Override
          public List<PublishedToolkitItem> read(List<UUID> ids) {
            return List.of();
          }
        };
    ToolkitSearchService failing =
        new ToolkitSearchService(corpus.indexedOneByOne(), broken, null, gaps, Runnable::run);

    ReindexStatus status = failing.startReindex(ADMIN);

    assertThat(status.running()).isFalse();
    assertThat(status.failure()).contains("mislukt").contains("database weg");
    assertThat(titles(ZWOLLE, "tolk")).contains("Werken met een tolk");
    failing.stop();
  }

  @Test
  void anIndexWithTheRightCountButAnOlderVersionOfAnItem_isFoundAtStart_andThatItemIndexedAgain() {
    SearchIndex index = corpus.indexedOneByOne();
    ToolkitSearchService starting =
        new ToolkitSearchService(index, corpus, null, null, Runnable::run);
    PublishedToolkitItem v1 = corpus.interpreter;
    ItemContent before = v1.content();
    // Version 2 was published, but the index never heard of it (the server died after commit).
    corpus.all.set(
        corpus.all.indexOf(v1),
        new PublishedToolkitItem(
            v1.id(),
            v1.slug(),
            v1.kind(),
            v1.municipalityCode(),
            2,
            v1.publishedAt().plusSeconds(3600),
            new ItemContent(
                "Werken met een taalmaatje",
                before.summary(),
                before.body(),
                before.lifeDomains(),
                before.themes(),
                before.targetGroups(),
                null,
                List.of(),
                null)));
    assertThat(index.size()).as("the count alone sees nothing").isEqualTo(corpus.all.size());

    starting.ensureCurrent();

    assertThat(index.versions()).containsEntry(v1.id(), 2).hasSize(corpus.all.size());
    assertThat(starting.search(ZWOLLE, SearchRequest.of("taalmaatje")).hits())
        .extracting(Hit::title)
        .containsExactly("Werken met een taalmaatje");
    ReindexStatus status = starting.reindexStatus(ADMIN);
    assertThat(status.running()).isFalse();
    assertThat(status.failure()).isNull();
    assertThat(status.total()).as("only the differing item is indexed again").isEqualTo(1);
    assertThat(status.done()).isEqualTo(1);
    starting.stop();
  }

  @Test
  void anIndexHoldingAWithdrawnItemAndLackingAPublishedOne_isRepairedAtStart() {
    SearchIndex index = corpus.indexedOneByOne();
    ToolkitSearchService starting =
        new ToolkitSearchService(index, corpus, null, null, Runnable::run);
    index.remove(corpus.debts.id());
    corpus.all.remove(corpus.keyPersons);
    index.put(corpus.keyPersons);

    starting.ensureCurrent();

    assertThat(index.versions().keySet())
        .containsExactlyInAnyOrderElementsOf(corpus.ids())
        .contains(corpus.debts.id())
        .doesNotContain(corpus.keyPersons.id());
    starting.stop();
  }

  @Test
  void aCurrentIndex_isLeftAsItIsAtStart() {
    ToolkitSearchService starting =
        new ToolkitSearchService(corpus.indexedOneByOne(), corpus, null, null, Runnable::run);

    starting.ensureCurrent();

    assertThat(starting.reindexStatus(ADMIN)).isEqualTo(ReindexStatus.NONE);
    starting.stop();
  }

  private static ReindexStatus awaitFinished(ToolkitSearchService service)
      throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (service.reindexStatus(ADMIN).running() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    return service.reindexStatus(ADMIN);
  }

  /** The corpus, read in batches of one that stop after the first until told to go on. */
  private static final class SlowCorpus implements PublishedItems {
    private final TestCorpus corpus;
    private final CountDownLatch halfway;
    private final CountDownLatch goOn;

    SlowCorpus(TestCorpus corpus, CountDownLatch halfway, CountDownLatch goOn) {
      this.corpus = corpus;
      this.halfway = halfway;
      this.goOn = goOn;
    }

    @Override
    public List<UUID> ids() {
      return corpus.ids();
    }

    @Override
    public List<PublishedToolkitItem> read(List<UUID> ids) {
      halfway.countDown();
      try {
        goOn.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return corpus.read(ids);
    }
  }
}
