package nl.brug.benchmark.engines.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import nl.brug.benchmark.corpus.PublishedRows;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The rebuild baseline: one plain JDBC read of every published row, streamed to a raw Lucene {@link
 * IndexWriter} fed by two threads (the cores the machine has), then merged into one segment as
 * Brug's mass indexer does at the end. Lucene's default writer settings.
 */
public final class RawIndex {

  private static final int BATCH = 100;
  private static final int THREADS = 2;

  private RawIndex() {}

  /** Builds the index from scratch in {@code directory}; returns how many items it holds. */
  public static long build(
      Path directory, DataSource dataSource, Analysis analysis, LongConsumer progress)
      throws Exception {
    IndexWriterConfig config =
        new IndexWriterConfig(analysis.indexing()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);
    try (Directory files = FSDirectory.open(directory);
        IndexWriter writer = new IndexWriter(files, config)) {
      Semaphore inFlight = new Semaphore(THREADS * 4);
      List<Future<?>> tasks = new ArrayList<>();
      AtomicLong done = new AtomicLong();
      List<PublishedToolkitItem> batch = new ArrayList<>(BATCH);
      PublishedRows.stream(
          dataSource,
          item -> {
            batch.add(item);
            if (batch.size() == BATCH) {
              tasks.add(submit(workers, writer, List.copyOf(batch), inFlight, done, progress));
              batch.clear();
            }
          });
      tasks.add(submit(workers, writer, List.copyOf(batch), inFlight, done, progress));
      for (Future<?> task : tasks) {
        task.get();
      }
      writer.commit();
      writer.forceMerge(1);
      writer.commit();
      return done.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Raw indexing failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }

  private static Future<?> submit(
      ExecutorService workers,
      IndexWriter writer,
      List<PublishedToolkitItem> items,
      Semaphore inFlight,
      AtomicLong done,
      LongConsumer progress) {
    inFlight.acquireUninterruptibly();
    return workers.submit(
        () -> {
          try {
            for (PublishedToolkitItem item : items) {
              writer.addDocument(RawDocuments.of(item));
            }
            progress.accept(done.addAndGet(items.size()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } finally {
            inFlight.release();
          }
        });
  }
}
