package nl.brug.search.toolkit;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * The Lucene index of published toolkit items (Hibernate Search standalone mapper): kept current
 * one item at a time, rebuilt from the database in bulk. A rebuild updates in place, so searches
 * keep answering with complete results while it runs; a rebuild from scratch is for a missing or
 * outdated index.
 */
public final class SearchIndex implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  /** Raise when the mapping or analysis changes: an index of another version is rebuilt. */
  static final String FORMAT = "brug-toolkit-index-5";

  private static final String FORMAT_FILE = "brug-index-format";

  private final CloseableSearchMapping mapping;
  private final Path directory;

  private SearchIndex(CloseableSearchMapping mapping, Path directory) {
    this.mapping = mapping;
    this.directory = directory;
  }

  /** An index in files under {@code directory}. */
  public static SearchIndex onDisk(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create the search index folder " + directory, e);
    }
    return new SearchIndex(
        builder()
            .property("hibernate.search.backend.directory.type", "local-filesystem")
            .property("hibernate.search.backend.directory.root", directory.toString())
            .build(),
        directory);
  }

  /** An index in memory, for tests and benchmarks. */
  public static SearchIndex inMemory() {
    return new SearchIndex(
        builder().property("hibernate.search.backend.directory.type", "local-heap").build(), null);
  }

  private static org.hibernate.search.mapper.pojo.standalone.mapping.SearchMappingBuilder
      builder() {
    return SearchMapping.builder(
            AnnotatedTypeSource.fromClasses(ToolkitDocument.class), MethodHandles.lookup())
        .property("hibernate.search.backend.lucene_version", "LATEST")
        .property(
            "hibernate.search.backend.analysis.configurer",
            BeanReference.ofInstance(new BrugAnalysis()))
        .property("hibernate.search.mapping.build_missing_discovered_jandex_indexes", false)
        .property(
            "hibernate.search.mapping.discover_annotated_types_from_root_mapping_annotations",
            false)
        .property("hibernate.search.schema_management.strategy", "create-or-validate")
        .property("hibernate.search.backend.io.commit_interval", 1000);
  }

  SearchMapping mapping() {
    return mapping;
  }

  /**
   * One of Brug's analysers by name (e.g. {@code dutch}, {@code dutch_index}, {@code folded}), for
   * benchmarks that compare Brug's search with plain Lucene on the same analysis.
   *
   * @throws java.util.NoSuchElementException for an unknown name
   */
  public org.apache.lucene.analysis.Analyzer analyzer(String name) {
    return mapping
        .backend()
        .unwrap(org.hibernate.search.backend.lucene.LuceneBackend.class)
        .analyzer(name)
        .orElseThrow();
  }

  /** Indexes (or re-indexes) an item's published form; searchable when this returns. */
  public void put(PublishedToolkitItem item) {
    try (SearchSession session = session()) {
      session.indexingPlan().addOrUpdate(ToolkitDocument.of(item));
    }
  }

  /** Removes an item that readers can no longer see. */
  public void remove(UUID itemId) {
    try (SearchSession session = session()) {
      session.indexingPlan().purge(ToolkitDocument.class, itemId.toString(), null);
    }
  }

  private SearchSession session() {
    return mapping
        .createSessionWithOptions()
        .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync())
        .build();
  }

  /** How many items are in the index. */
  public long size() {
    try (SearchSession session = mapping.createSession()) {
      return session.search(ToolkitDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }
  }

  /** The number of the published version indexed for each item, by item id. */
  public Map<UUID, Integer> versions() {
    Map<UUID, Integer> versions = new HashMap<>();
    try (SearchSession session = mapping.createSession()) {
      session
          .search(ToolkitDocument.class)
          .select(
              f ->
                  f.composite()
                      .from(f.id(String.class), f.field(ToolkitDocument.VERSION, Integer.class))
                      .asList())
          .where(f -> f.matchAll())
          .fetchAllHits()
          .forEach(hit -> versions.put(UUID.fromString((String) hit.get(0)), (Integer) hit.get(1)));
    }
    return versions;
  }

  /** Whether the index was written by this version of Brug's mapping. */
  public boolean hasCurrentFormat() {
    if (directory == null) {
      return true;
    }
    try {
      Path file = directory.resolve(FORMAT_FILE);
      return Files.exists(file)
          && FORMAT.equals(Files.readString(file, StandardCharsets.UTF_8).trim());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads every published item and indexes it, reporting the number done so far. {@code
   * fromScratch} recreates the index with Hibernate Search's mass indexer (searches find less until
   * it is done: for a missing or outdated index); otherwise items are updated in place in batches,
   * so searches keep answering with complete results, and items no longer published are removed at
   * the end.
   */
  public void rebuild(PublishedItems source, boolean fromScratch, LongConsumer progress)
      throws InterruptedException {
    long started = System.nanoTime();
    long done = fromScratch ? massIndex(source, progress) : updateInPlace(source, progress);
    writeFormat();
    LOG.info(
        () ->
            "Search index rebuilt: "
                + done
                + " items in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }

  private long massIndex(PublishedItems source, LongConsumer progress) throws InterruptedException {
    AtomicLong done = new AtomicLong();
    try (SearchSession session = mapping.createSession()) {
      session
          .massIndexer(ToolkitDocument.class)
          .context(PublishedItems.class, source)
          .dropAndCreateSchemaOnStart(true)
          .purgeAllOnStart(false)
          .mergeSegmentsOnFinish(true)
          .threadsToLoadObjects(2)
          .batchSizeToLoadObjects(BATCH)
          .monitor(new ProgressMonitor(done, progress))
          .startAndWait();
      session.workspace(ToolkitDocument.class).refresh();
    }
    return done.get();
  }

  /**
   * Indexes these items again from {@code source} (the ones it no longer publishes are removed),
   * reporting the number done so far; the rest of the index stays as it is.
   */
  public void reindex(PublishedItems source, List<UUID> ids, LongConsumer progress)
      throws InterruptedException {
    long started = System.nanoTime();
    Set<UUID> published = new HashSet<>(update(source, ids, progress));
    ids.stream().filter(id -> !published.contains(id)).forEach(this::remove);
    LOG.info(
        () ->
            "Search index: "
                + ids.size()
                + " items indexed again in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }

  private long updateInPlace(PublishedItems source, LongConsumer progress)
      throws InterruptedException {
    List<UUID> ids = source.ids();
    long done = update(source, ids, progress).size();
    try (SearchSession session = mapping.createSession()) {
      removeWithdrawn(session, ids);
    }
    return done;
  }

  /** Indexes the published form of these items in batches; returns the ids that were published. */
  private List<UUID> update(PublishedItems source, List<UUID> ids, LongConsumer progress)
      throws InterruptedException {
    List<UUID> published = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += BATCH) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("Rebuild stopped");
      }
      List<PublishedToolkitItem> batch =
          source.read(ids.subList(from, Math.min(from + BATCH, ids.size())));
      try (SearchSession session = session()) {
        batch.forEach(item -> session.indexingPlan().addOrUpdate(ToolkitDocument.of(item)));
      }
      batch.forEach(item -> published.add(item.id()));
      progress.accept(Math.min(from + BATCH, ids.size()));
    }
    return published;
  }

  private static final int BATCH = 200;

  /** Passes the mass indexer's count of indexed documents on. */
  private static final class ProgressMonitor implements MassIndexingMonitor {
    private final AtomicLong done;
    private final LongConsumer progress;

    ProgressMonitor(AtomicLong done, LongConsumer progress) {
      this.done = done;
      this.progress = progress;
    }

    @Override
    public void documentsAdded(long increment) {
      progress.accept(done.addAndGet(increment));
    }

    @Override
    public void documentsBuilt(long increment) {
      // counted when added
    }

    @Override
    public void entitiesLoaded(long increment) {
      // counted when added
    }

    @Override
    public void indexingCompleted() {
      // the caller reports completion
    }
  }

  private void removeWithdrawn(SearchSession session, List<UUID> ids) {
    Set<String> published = new HashSet<>();
    ids.forEach(id -> published.add(id.toString()));
    List<String> indexed =
        session
            .search(ToolkitDocument.class)
            .select(f -> f.id(String.class))
            .where(f -> f.matchAll())
            .fetchAllHits();
    indexed.stream()
        .filter(id -> !published.contains(id))
        .forEach(id -> remove(UUID.fromString(id)));
  }

  private void writeFormat() {
    if (directory == null) {
      return;
    }
    try {
      Files.writeString(directory.resolve(FORMAT_FILE), FORMAT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      LOG.warning("Could not record the search index format: " + e);
    }
  }

  @Override
  public void close() {
    mapping.close();
  }
}
