package nl.brug.search.toolkit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.brug.auth.caller.Caller;
import nl.brug.content.toolkit.boundary.PublicationChanged;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.boundary.PublishedToolkitReader;
import nl.brug.search.synonym.SynonymList;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Search as the portal and the API use it. Owns the index under {@code <data>/index}: keeps it
 * current after every publication change (after commit), and checks it at start, rebuilding a
 * missing or outdated index from the database with progress in the log.
 */
@ApplicationScoped
public class ToolkitSearchService {

  private static final Logger LOG = Logger.getLogger(ToolkitSearchService.class.getName());
  static final String DEFAULT_SYNONYMS = "nl/brug/search/synonyms-default.txt";

  private PublishedItems published;
  private SearchIndex index;
  private ToolkitSearch search;
  private final AtomicReference<SynonymList> synonyms = new AtomicReference<>(SynonymList.EMPTY);

  protected ToolkitSearchService() {
    // for CDI
  }

  @Inject
  ToolkitSearchService(PublishedToolkitReader reader) {
    this.published =
        new PublishedItems() {
          @Override
          public List<UUID> ids() {
            return reader.ids();
          }

          @Override
          public long count() {
            return reader.count();
          }

          @Override
          public List<PublishedToolkitItem> read(List<UUID> ids) {
            return reader.read(ids);
          }
        };
  }

  /** A service over a given index and source, for tests and benchmarks. */
  public ToolkitSearchService(SearchIndex index, PublishedItems published) {
    this.published = published;
    open(index);
  }

  @PostConstruct
  void start() {
    Path data =
        Path.of(
            ConfigProvider.getConfig()
                .getOptionalValue("brug.data.dir", String.class)
                .filter(s -> !s.isBlank())
                .orElse("data"));
    open(SearchIndex.onDisk(data.resolve("index")));
  }

  private void open(SearchIndex opened) {
    this.index = opened;
    this.synonyms.set(defaultSynonyms());
    this.search = new ToolkitSearch(opened, synonyms::get);
  }

  static SynonymList defaultSynonyms() {
    try (InputStream in =
        ToolkitSearchService.class.getClassLoader().getResourceAsStream(DEFAULT_SYNONYMS)) {
      return in == null
          ? SynonymList.EMPTY
          : SynonymList.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SearchResults search(Caller caller, SearchRequest request) {
    return search.search(caller, request);
  }

  public List<SearchResults.Suggestion> suggest(Caller caller, String typed) {
    return search.suggest(caller, typed);
  }

  /** Replaces the synonym list; the next search uses it. */
  public void useSynonyms(SynonymList list) {
    synonyms.set(list);
  }

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
   * Rebuilds the index when it is missing, of an older format, or does not hold as many items as
   * are published. Logs progress every tenth.
   */
  public void ensureCurrent() {
    boolean current = index.hasCurrentFormat();
    long expected = published.count();
    long indexed = index.size();
    if (current && indexed == expected) {
      LOG.info(() -> "Search index is current: " + indexed + " items");
      return;
    }
    LOG.info(
        () ->
            "Search index "
                + (current
                    ? "holds " + indexed + " of " + expected + " items"
                    : "is missing or outdated")
                + ": rebuilding from the database");
    rebuild(!current, logProgress(expected));
  }

  void rebuild(boolean fromScratch, java.util.function.LongConsumer progress) {
    try {
      index.rebuild(published, fromScratch, progress);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warning("Search index rebuild interrupted");
    }
  }

  private static java.util.function.LongConsumer logProgress(long total) {
    long step = Math.max(1, total / 10);
    java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong(step);
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
}
