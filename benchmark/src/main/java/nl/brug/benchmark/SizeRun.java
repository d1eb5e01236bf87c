package nl.brug.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.brug.benchmark.corpus.CorpusGenerator;
import nl.brug.benchmark.corpus.CorpusLoader;
import nl.brug.benchmark.corpus.CorpusStats;
import nl.brug.benchmark.corpus.DutchWords;
import nl.brug.benchmark.corpus.ReaderSelfCheck;
import nl.brug.benchmark.database.BenchDatabase;
import nl.brug.benchmark.engines.BrugEngine;
import nl.brug.benchmark.engines.SearchEngine;
import nl.brug.benchmark.engines.lucene.Analysis;
import nl.brug.benchmark.engines.lucene.RawIndex;
import nl.brug.benchmark.engines.lucene.RawLuceneEngine;
import nl.brug.benchmark.engines.postgres.PostgresFts;
import nl.brug.benchmark.measurement.Latencies;
import nl.brug.benchmark.measurement.QueryRun;
import nl.brug.benchmark.measurement.SizeResult;
import nl.brug.benchmark.queries.BenchQuery;
import nl.brug.benchmark.queries.QueryGenerator;
import nl.brug.content.schema.SchemaMigration;
import nl.brug.content.toolkit.boundary.PublishedToolkitReader;

/**
 * The benchmark for one corpus size: a fresh database with Brug's schema and the corpus, the reader
 * self-check, both rebuilds (Brug, then the plain read with raw Lucene), PostgreSQL's search table,
 * then the queries on all three engines. The database is dropped at the end.
 */
final class SizeRun {

  /** How many of the measured queries raw Lucene answers again to see where its time goes. */
  private static final int DIAGNOSED = 500;

  private final Settings settings;
  private final DutchWords words;
  private final int size;

  SizeRun(Settings settings, DutchWords words, int size) {
    this.settings = settings;
    this.words = words;
    this.size = size;
  }

  SizeResult run() throws Exception {
    Progress.say(String.format("%n== %,d items ==", size));
    Path work = settings.work().resolve(String.valueOf(size));
    delete(work);
    Files.createDirectories(work);
    CorpusGenerator generator = new CorpusGenerator(words, Settings.SEED);
    try (BenchDatabase db = BenchDatabase.recreate(settings.pgHost(), settings.pgPort())) {
      SchemaMigration.migrate(db.direct());
      long started = System.nanoTime();
      CorpusStats corpus =
          CorpusLoader.load(
              db.direct(),
              generator,
              size,
              SearchEngine.READER_MUNICIPALITY,
              Progress.of("corpus stored", size)::accept);
      db.execute("VACUUM ANALYZE");
      double load = seconds(started);
      Progress.say(String.format("  corpus stored and analysed in %.1f s", load));
      ReaderSelfCheck.check(new PublishedToolkitReader(db.pooled()), generator, size);
      Progress.say("  self-check passed: PublishedToolkitReader reads the corpus as generated");
      db.execute("SELECT count(*), sum(length(body)) FROM item_revision");

      try (BrugEngine brug = new BrugEngine(work.resolve("brug"), db.pooled())) {
        System.gc();
        started = System.nanoTime();
        brug.rebuild(Progress.of("Brug rebuild", size));
        double brugRebuild = seconds(started);
        Progress.say(String.format("  Brug rebuild: %.1f s", brugRebuild));

        Analysis analysis = new Analysis(brug.index());
        System.gc();
        started = System.nanoTime();
        long rawCount =
            RawIndex.build(
                work.resolve("raw"), db.direct(), analysis, Progress.of("raw indexing", size));
        double rawRebuild = seconds(started);
        Progress.say(String.format("  plain read + raw Lucene: %.1f s", rawRebuild));
        requireCount("raw Lucene index", rawCount);
        requireCount("Brug's index", brug.index().size());

        started = System.nanoTime();
        long pgCount = PostgresFts.build(db.direct());
        double pgBuild = seconds(started);
        Progress.say(String.format("  PostgreSQL search table and indexes: %.1f s", pgBuild));
        requireCount("PostgreSQL search table", pgCount);

        QueryGenerator queries =
            new QueryGenerator(generator, words, size, SearchEngine.READER_MUNICIPALITY);
        List<BenchQuery> measured = queries.generate(Settings.QUERIES, Settings.SEED + 1);
        List<BenchQuery> warmUp = queries.generate(Settings.WARM_UP, Settings.SEED + 2);
        QueryRun.Result result;
        Latencies breakdown;
        System.gc();
        started = System.nanoTime();
        try (RawLuceneEngine raw = new RawLuceneEngine(work.resolve("raw"), analysis);
            PostgresFts postgres = PostgresFts.open(db.direct())) {
          Progress.say(
              String.format(
                  "  queries: %d warm-up, then %d measured, on each engine",
                  warmUp.size(), measured.size()));
          result =
              QueryRun.run(
                  List.of(brug, raw, postgres),
                  warmUp,
                  measured,
                  Progress.of("queries measured", measured.size())::accept);
          for (BenchQuery query : measured.subList(0, Math.min(DIAGNOSED, measured.size()))) {
            raw.diagnose(query);
          }
          breakdown = raw.breakdown();
        }
        double querySeconds = seconds(started);
        Progress.say(String.format("  queries: %.1f s", querySeconds));
        return new SizeResult(
            size,
            corpus,
            load,
            brugRebuild,
            rawRebuild,
            pgBuild,
            bytes(work.resolve("brug")),
            bytes(work.resolve("raw")),
            databaseBytes(db, "pg_total_relation_size('fts_item')"),
            databaseBytes(db, "pg_database_size(current_database())"),
            querySeconds,
            result,
            breakdown);
      }
    } finally {
      delete(work);
    }
  }

  private void requireCount(String what, long count) {
    if (count != size) {
      throw new IllegalStateException(what + " holds " + count + " items, expected " + size);
    }
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  private static long databaseBytes(BenchDatabase db, String expression) throws SQLException {
    try (Connection connection = db.direct().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT " + expression)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static long bytes(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(SizeRun::size).sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
