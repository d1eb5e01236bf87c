package nl.brug.benchmark.report;

import nl.brug.benchmark.measurement.Latencies;
import nl.brug.benchmark.measurement.SizeResult;
import nl.brug.benchmark.queries.QueryType;
import nl.brug.benchmark.queries.Stratum;

/** The targets of issue 4 and whether a measurement meets them. */
final class Targets {

  static final String BRUG = "Brug";
  static final String RAW = "raw Lucene";
  static final String POSTGRES = "PostgreSQL FTS";

  /** Brug at most this many times raw Lucene at p50 and p99, for every query type. */
  static final double VERSUS_RAW = 1.3;

  /** Brug at most this many times PostgreSQL for selective queries (p50 and p95). */
  static final double SELECTIVE_VERSUS_POSTGRES = 1.2;

  /** Brug's p95 at most this share of PostgreSQL's for frequent-term and OR queries. */
  static final double BROAD_VERSUS_POSTGRES = 0.5;

  /** Brug's p95 under this many milliseconds at {@link #FAST_SIZE} items. */
  static final double FAST_P95_MS = 10;

  static final int FAST_SIZE = 50_000;

  /** Brug's full rebuild at most this many times the plain read with raw indexing. */
  static final double REBUILD = 2.0;

  private Targets() {}

  static double ratio(Latencies l, String engine, Stratum s, double p) {
    return l.percentile(BRUG, s, p) / l.percentile(engine, s, p);
  }

  static boolean versusRaw(Latencies l, Stratum s) {
    return ratio(l, RAW, s, 50) <= VERSUS_RAW && ratio(l, RAW, s, 99) <= VERSUS_RAW;
  }

  /** Whether a PostgreSQL target applies to the stratum. */
  static boolean hasPostgresTarget(Stratum s) {
    return s.type() == QueryType.SELECTIVE
        || s.type() == QueryType.FREQUENT
        || s.type() == QueryType.OR;
  }

  static boolean versusPostgres(Latencies l, Stratum s) {
    if (s.type() == QueryType.SELECTIVE) {
      return ratio(l, POSTGRES, s, 50) <= SELECTIVE_VERSUS_POSTGRES
          && ratio(l, POSTGRES, s, 95) <= SELECTIVE_VERSUS_POSTGRES;
    }
    return ratio(l, POSTGRES, s, 95) <= BROAD_VERSUS_POSTGRES;
  }

  static String postgresTarget(Stratum s) {
    if (s.type() == QueryType.SELECTIVE) {
      return "≤ " + SELECTIVE_VERSUS_POSTGRES + "× (p50, p95)";
    }
    return hasPostgresTarget(s) ? "≤ " + BROAD_VERSUS_POSTGRES + "× (p95)" : "–";
  }

  static boolean fast(Latencies l, Stratum s) {
    return l.percentile(BRUG, s, 95) < FAST_P95_MS;
  }

  static boolean appliesFast(SizeResult r) {
    return r.size() == FAST_SIZE;
  }

  static boolean rebuild(SizeResult r) {
    return r.rebuildRatio() <= REBUILD;
  }

  static String verdict(boolean pass) {
    return pass ? "PASS" : "**MISS**";
  }
}
