package nl.brug.search.toolkit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.caller.Caller;
import nl.brug.content.gap.ContentGapLog;
import nl.brug.content.synonym.SavedSynonymList;
import nl.brug.content.synonym.SynonymListChanged;
import nl.brug.content.synonym.SynonymListService;
import nl.brug.content.toolkit.boundary.PublicationChanged;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.boundary.PublishedToolkitReader;
import nl.brug.search.synonym.InvalidSynonymsException;
import nl.brug.search.synonym.SynonymList;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Search as the portal and the API use it. Owns the index under {@code <data>/index}: keeps it
 * current after every publication change (after commit), checks it at start (rebuilding a missing
 * or outdated index from the database, with progress in the log) and rebuilds it when an admin
 * asks, while searches keep answering. Applies the synonym list experts keep, and counts searches
 * that find nothing, or whose results nobody opens, for the content-gap report.
 */
@ApplicationScoped
public class ToolkitSearchService {

  private static final Logger LOG = Logger.getLogger(ToolkitSearchService.class.getName());
  static final String DEFAULT_SYNONYMS = "nl/brug/search/synonyms-default.txt";

  private PublishedItems published;
  private SearchIndex index;
  private ToolkitSearch search;
  private final AtomicReference<SynonymList> synonyms = new AtomicReference<>(SynonymList.EMPTY);
  private final AtomicReference<ReindexStatus> reindex = new AtomicReference<>(ReindexStatus.NONE);
  private SynonymListService synonymStore;
  private ContentGapLog gaps;
  private Clock clock = Clock.systemUTC();

  @Resource private ManagedExecutorService managedExecutor;
  private Executor background;

  protected ToolkitSearchService() {
    // for CDI
  }

  @Inject
  ToolkitSearchService(
      PublishedToolkitReader reader,
      SynonymListService synonymStore,
      ContentGapLog gaps,
      Clock clock) {
    this.published = new PublishedItemsInDatabase(reader);
    this.synonymStore = synonymStore;
    this.gaps = gaps;
    this.clock = clock;
  }

  /**
   * A service over a given index and source, for tests and benchmarks: the built-in synonym list,
   * no content-gap counting, rebuilds on a thread of their own.
   */
  public ToolkitSearchService(SearchIndex index, PublishedItems published) {
    this(index, published, null, null, runnable -> new Thread(runnable, "brug-reindex").start());
  }

  /**
   * As above, with the synonym list kept in {@code synonymStore} (the built-in one when {@code
   * null}), counting content gaps in {@code gaps} (none when {@code null}) and rebuilding on {@code
   * background}.
   */
  public ToolkitSearchService(
      SearchIndex index,
      PublishedItems published,
      SynonymListService synonymStore,
      ContentGapLog gaps,
      Executor background) {
    this.published = published;
    this.synonymStore = synonymStore;
    this.gaps = gaps;
    this.background = background;
    open(index);
    useStoredSynonyms();
  }

  @PostConstruct
  void start() {
    Path data =
        Path.of(
            ConfigProvider.getConfig()
                .getOptionalValue("brug.data.dir", String.class)
                .filter(s -> !s.isBlank())
                .orElse("data"));
    this.background = managedExecutor;
    open(SearchIndex.onDisk(data.resolve("index")));
    useStoredSynonyms();
  }

  private void open(SearchIndex opened) {
    this.index = opened;
    this.synonyms.set(defaultSynonyms());
    this.search = new ToolkitSearch(opened, synonyms::get);
  }

  static String defaultSynonymsText() {
    try (InputStream in =
        ToolkitSearchService.class.getClassLoader().getResourceAsStream(DEFAULT_SYNONYMS)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SynonymList defaultSynonyms() {
    return SynonymList.parse(defaultSynonymsText());
  }

  /**
   * What professionals find, and the facets of it; a search that finds nothing is counted for the
   * caller's (active) municipality.
   */
  public SearchResults search(Caller caller, SearchRequest request) {
    SearchResults results = search.search(caller, request);
    if (gaps != null && request.page() == 0 && results.total() == 0) {
      gaps.foundNothing(caller, request.text());
    }
    return results;
  }

  /**
   * A search whose results a person sees in the portal: counted as a content gap when it finds
   * nothing, and its results as unopened until {@link #resultOpened} is called for it.
   */
  public SearchResults searchInPortal(Caller caller, SearchRequest request) {
    SearchResults results = search(caller, request);
    if (gaps != null && request.page() == 0 && results.total() > 0) {
      gaps.resultsShown(caller, request.text());
    }
    return results;
  }

  /** The caller opened a result of this search in the portal; call once per search shown. */
  public void resultOpened(Caller caller, SearchRequest request) {
    if (gaps != null) {
      gaps.resultOpened(caller, request.text());
    }
  }

  public List<SearchResults.Suggestion> suggest(Caller caller, String typed) {
    return search.suggest(caller, typed);
  }

  // --- The synonym list experts keep ---

  /**
   * The synonym list in use, as experts edit it: the saved one, or the built-in one (version 0).
   */
  public SavedSynonymList synonymsToEdit(Caller caller) {
    AccessPolicy.requireSynonymEditor(caller);
    return storedSynonyms()
        .orElseGet(
            () ->
                new SavedSynonymList(
                    defaultSynonymsText(), SynonymListService.NOTHING_SAVED, null, null));
  }

  /**
   * Checks and saves a new synonym list (experts only); searches use it as soon as it is saved.
   *
   * @throws InvalidSynonymsException naming the first line that cannot be used; nothing is saved
   * @throws nl.brug.content.concurrency.StaleVersionException when someone else saved since
   */
  public SavedSynonymList saveSynonyms(Caller caller, String text, long basedOnVersion) {
    AccessPolicy.requireSynonymEditor(caller);
    SynonymList.parse(text);
    return synonymStore.save(caller, text, basedOnVersion);
  }

  /** Replaces the synonym list; the next search uses it. */
  public void useSynonyms(SynonymList list) {
    synonyms.set(list);
  }

  /** Uses a newly saved synonym list once its transaction committed. */
  public void onSynonymListChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) SynonymListChanged change) {
    useSynonyms(SynonymList.parse(change.list().text()));
    LOG.info(() -> "Synonym list version " + change.list().version() + " in use");
  }

  private Optional<SavedSynonymList> storedSynonyms() {
    return synonymStore == null ? Optional.empty() : synonymStore.current();
  }

  private void useStoredSynonyms() {
    try {
      storedSynonyms()
          .ifPresent(
              saved -> {
                useSynonyms(SynonymList.parse(saved.text()));
                LOG.info(() -> "Synonym list version " + saved.version() + " in use");
              });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The saved synonym list could not be used; the built-in one is", e);
    }
  }

  // --- Keeping the index current ---

  /** Indexes what readers now see of an item, once the change is committed. */
  void onPublicationChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) PublicationChanged change) {
    try {
      change.current().ifPresentOrElse(index::put, () -> index.remove(change.itemId()));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Indexing item " + change.itemId() + " failed; the next start or reindex repairs it",
          e);
    }
  }

  /**
   * Rebuilds the index when it is missing or of an older format, and otherwise indexes again every
   * item whose id or published version differs between index and database: missing, outdated (a
   * lost update of an item keeps the count but not the version) or no longer published. Logs
   * progress every tenth; admins see it in the portal too.
   */
  public void ensureCurrent() {
    if (!index.hasCurrentFormat()) {
      LOG.info("Search index is missing or outdated: rebuilding from the database");
      if (begin(0)) {
        rebuild(true, published::count);
      } else {
        LOG.info("Search index: a rebuild is already running");
      }
      return;
    }
    IndexDifference difference =
        IndexDifference.between(published.publishedVersions(), index.versions());
    if (difference.isEmpty()) {
      LOG.info(() -> "Search index is current: " + difference.published() + " items");
      return;
    }
    LOG.info(() -> "Search index " + difference + ": indexing those again from the database");
    if (!begin(difference.ids().size())) {
      LOG.info("Search index: a rebuild is already running");
      return;
    }
    reindex(difference.ids());
  }

  /**
   * Starts a rebuild of the index from the database in the background (admins only), in place:
   * searches keep answering with complete results meanwhile. When one is running already, that one
   * goes on.
   */
  public ReindexStatus startReindex(Caller caller) {
    AccessPolicy.requireSearchIndexRebuilder(caller);
    if (begin(0)) {
      LOG.info(() -> "Search index rebuild started by " + caller.username());
      background.execute(() -> rebuild(false, published::count));
    }
    return reindex.get();
  }

  /** How the latest rebuild went, or is going (admins only: it counts every scope's items). */
  public ReindexStatus reindexStatus(Caller caller) {
    AccessPolicy.requireSearchIndexRebuilder(caller);
    return reindex.get();
  }

  private boolean begin(long total) {
    ReindexStatus before = reindex.get();
    return !before.running()
        && reindex.compareAndSet(
            before, new ReindexStatus(true, 0, total, clock.instant(), null, null));
  }

  private void rebuild(boolean fromScratch, LongSupplier count) {
    tracked(
        () -> {
          long total = count.getAsLong();
          reindex.updateAndGet(s -> new ReindexStatus(true, 0, total, s.startedAt(), null, null));
          index.rebuild(published, fromScratch, progressOf(total));
        });
  }

  private void reindex(List<UUID> ids) {
    tracked(() -> index.reindex(published, ids, progressOf(ids.size())));
  }

  /** Work on the index that may be interrupted. */
  private interface IndexWork {
    void run() throws InterruptedException;
  }

  /** Runs index work, recording in the status how it ended. */
  private void tracked(IndexWork work) {
    String failure = null;
    try {
      work.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = "De herindexering is onderbroken.";
      LOG.warning("Search index rebuild interrupted");
    } catch (RuntimeException e) {
      failure = "De herindexering is mislukt: " + e.getMessage();
      LOG.log(Level.SEVERE, "Search index rebuild failed", e);
    }
    String failed = failure;
    reindex.updateAndGet(s -> s.finished(clock.instant(), failed));
  }

  /** Reports progress to the status admins see and, every tenth, to the log. */
  private LongConsumer progressOf(long total) {
    LongConsumer log = logProgress(total);
    return done -> {
      reindex.updateAndGet(s -> s.progressed(done));
      log.accept(done);
    };
  }

  private static LongConsumer logProgress(long total) {
    long step = Math.max(1, total / 10);
    AtomicLong next = new AtomicLong(step);
    return done -> {
      if (done >= next.get() || done == total) {
        next.set(done + step);
        LOG.info(() -> "Search index: " + done + " / " + total + " items");
      }
    };
  }

  @PreDestroy
  void stop() {
    if (index != null) {
      index.close();
    }
  }

  /** The published items in the database, as the rebuild reads them. */
  private static final class PublishedItemsInDatabase implements PublishedItems {
    private final PublishedToolkitReader reader;

    PublishedItemsInDatabase(PublishedToolkitReader reader) {
      this.reader = reader;
    }

    @Override
    public List<UUID> ids() {
      return reader.ids();
    }

    @Override
    public long count() {
      return reader.count();
    }

    @Override
    public Map<UUID, Integer> publishedVersions() {
      return reader.publishedVersions();
    }

    @Override
    public List<PublishedToolkitItem> read(List<UUID> ids) {
      return reader.read(ids);
    }
  }
}
