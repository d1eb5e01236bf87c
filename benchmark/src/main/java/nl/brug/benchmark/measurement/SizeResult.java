package nl.brug.benchmark.measurement;

import nl.brug.benchmark.corpus.CorpusStats;

/**
 * Everything measured for one corpus size.
 *
 * @param size items in the corpus
 * @param corpus what the corpus holds
 * @param loadSeconds generating and storing the corpus (Flyway schema, {@code COPY})
 * @param brugRebuildSeconds Brug's full rebuild from the database
 * @param rawRebuildSeconds the plain JDBC read with raw Lucene indexing
 * @param postgresBuildSeconds filling PostgreSQL's search table and building its indexes
 * @param brugIndexBytes Brug's index on disk
 * @param rawIndexBytes the raw Lucene index on disk
 * @param postgresTableBytes PostgreSQL's search table with its indexes and TOAST
 * @param databaseBytes the whole benchmark database
 * @param querySeconds the warm-up and measured queries of all engines
 * @param queries latencies and what was found
 * @param rawBreakdown where raw Lucene's time went (see {@code RawLuceneEngine.breakdown()})
 */
public record SizeResult(
    int size,
    CorpusStats corpus,
    double loadSeconds,
    double brugRebuildSeconds,
    double rawRebuildSeconds,
    double postgresBuildSeconds,
    long brugIndexBytes,
    long rawIndexBytes,
    long postgresTableBytes,
    long databaseBytes,
    double querySeconds,
    QueryRun.Result queries,
    Latencies rawBreakdown) {

  /** Brug's rebuild time over the plain read and raw indexing. */
  public double rebuildRatio() {
    return brugRebuildSeconds / rawRebuildSeconds;
  }
}
