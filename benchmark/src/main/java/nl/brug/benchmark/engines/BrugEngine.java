package nl.brug.benchmark.engines;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.benchmark.queries.BenchQuery;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.boundary.PublishedToolkitReader;
import nl.brug.search.toolkit.PublishedItems;
import nl.brug.search.toolkit.SearchIndex;
import nl.brug.search.toolkit.SearchRequest;
import nl.brug.search.toolkit.SearchResults;
import nl.brug.search.toolkit.ToolkitSearchService;

/**
 * Brug itself: its {@link SearchIndex} on disk, rebuilt from the database with its own reader, and
 * searched through {@link ToolkitSearchService} as a professional of one municipality (so the
 * visibility filter is in every query), with facets, snippets and exact counts as the portal gets
 * them.
 */
public final class BrugEngine implements SearchEngine, AutoCloseable {

  private static final Caller READER =
      new Caller(
          "benchmark",
          "Benchmark reader",
          Set.of(Role.PROFESSIONAL),
          READER_MUNICIPALITY,
          "zwolle-zuid");

  private final SearchIndex index;
  private final PublishedItems published;
  private final ToolkitSearchService service;

  public BrugEngine(Path directory, DataSource dataSource) {
    this.index = SearchIndex.onDisk(directory);
    PublishedToolkitReader reader = new PublishedToolkitReader(dataSource);
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
    this.service = new ToolkitSearchService(index, published);
  }

  /** A full rebuild from scratch (the mass indexer), as at a first start or after an upgrade. */
  public void rebuild(LongConsumer progress) throws InterruptedException {
    index.rebuild(published, true, progress);
  }

  /** Brug's analysers, for a plain Lucene index that analyses exactly the same way. */
  public SearchIndex index() {
    return index;
  }

  @Override
  public String name() {
    return "Brug";
  }

  @Override
  public Answer search(BenchQuery query) {
    SearchResults results =
        service.search(
            READER,
            new SearchRequest(
                query.text(),
                query.kind(),
                query.domain(),
                null,
                null,
                null,
                SearchRequest.Order.RELEVANCE,
                0,
                PAGE));
    return new Answer(
        results.total(),
        results.hits().stream().map(h -> h.id().toString()).toList(),
        (int) results.hits().stream().filter(h -> Answer.marks(h.snippetHtml())).count());
  }

  @Override
  public void close() {
    index.close();
  }
}
