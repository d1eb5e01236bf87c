package nl.brug.benchmark.report;

import static nl.brug.benchmark.report.Format.count;
import static nl.brug.benchmark.report.Format.ms;
import static nl.brug.benchmark.report.Format.number;
import static nl.brug.benchmark.report.Format.percent;
import static nl.brug.benchmark.report.Targets.BRUG;
import static nl.brug.benchmark.report.Targets.POSTGRES;
import static nl.brug.benchmark.report.Targets.RAW;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import nl.brug.benchmark.engines.lucene.RawLuceneEngine;
import nl.brug.benchmark.measurement.Latencies;
import nl.brug.benchmark.measurement.SizeResult;
import nl.brug.benchmark.measurement.WorkDone;
import nl.brug.benchmark.queries.QueryType;
import nl.brug.benchmark.queries.Stratum;

/**
 * The note for every missed target: what Brug does there that the other engine does not, with the
 * measured numbers that show it (the floor's own breakdown, the number of hits).
 */
final class Notes {

  private final List<String> lines = new ArrayList<>();

  List<String> lines() {
    return lines;
  }

  /** A note when the rebuild misses its target. */
  void rebuild(SizeResult r) {
    if (!Targets.rebuild(r)) {
      lines.add(
          String.format(
              Locale.ROOT,
              "- %s items, rebuild %.2f× the plain path: Brug reads through"
                  + " `PublishedToolkitReader` in batches of 200 ids (five queries per batch with IN"
                  + " lists, on 2 loading threads) and indexes through Hibernate Search's mass"
                  + " indexer (its own id, type and field-name fields per document), where the plain"
                  + " path streams one SELECT into `IndexWriter`.",
              number(r.size()),
              r.rebuildRatio()));
    }
  }

  /**
   * The notes for one corpus size: for each query type that misses the raw-Lucene target, what Brug
   * adds; for the PostgreSQL and 10 ms targets one note each, with what the time goes to.
   */
  void size(SizeResult r) {
    Latencies l = r.queries().latencies();
    for (Stratum s : Stratum.all()) {
      if (!Targets.versusRaw(l, s)) {
        versusRaw(r, s);
      }
    }
    List<Stratum> selective =
        Stratum.all().stream()
            .filter(s -> s.type() == QueryType.SELECTIVE && !Targets.versusPostgres(l, s))
            .toList();
    if (!selective.isEmpty()) {
      lines.add(
          "- "
              + number(r.size())
              + " items, selective queries, Brug vs PostgreSQL ("
              + percentiles(l, selective, 50, 95)
              + "): rare words match few rows, so PostgreSQL reads a few GIN entries and ranks and"
              + " headlines a handful of rows, with no typo tolerance (it finds "
              + count(meanHits(r, POSTGRES, selective))
              + " items per query where Brug finds "
              + count(meanHits(r, BRUG, selective))
              + "); "
              + sharedWork(r, selective)
              + ".");
    }
    List<Stratum> broad =
        Stratum.all().stream()
            .filter(
                s ->
                    (s.type() == QueryType.FREQUENT || s.type() == QueryType.OR)
                        && !Targets.versusPostgres(l, s))
            .toList();
    if (!broad.isEmpty()) {
      lines.add(
          "- "
              + number(r.size())
              + " items, frequent-term and OR queries, Brug vs PostgreSQL ("
              + percentiles(l, broad, 95)
              + "): PostgreSQL ranks every matching row (ts_rank), so its time grows with the"
              + " matches ("
              + count(meanHits(r, POSTGRES, broad))
              + " per query here); Brug's cost per search is larger where few rows match: "
              + sharedWork(r, broad)
              + ".");
    }
    List<Stratum> slow =
        Targets.appliesFast(r)
            ? Stratum.all().stream().filter(s -> !Targets.fast(l, s)).toList()
            : List.of();
    if (!slow.isEmpty()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "- %s items, Brug p95 of %s ms on %d of 10 query types (target < %s ms on %d"
                  + " cores; raw Lucene %s ms): %s.",
              number(r.size()),
              range(slow, s -> l.percentile(BRUG, s, 95)),
              slow.size(),
              (int) Targets.FAST_P95_MS,
              Runtime.getRuntime().availableProcessors(),
              range(slow, s -> l.percentile(RAW, s, 95)),
              sharedWork(r, slow)));
    }
  }

  /** What Brug adds to the floor's work on this query type. */
  private void versusRaw(SizeResult r, Stratum s) {
    Latencies l = r.queries().latencies();
    WorkDone work = r.queries().work();
    double p50 = Targets.ratio(l, RAW, s, 50);
    double p99 = Targets.ratio(l, RAW, s, 99);
    String detail =
        p50 <= Targets.VERSUS_RAW
            ? String.format(
                Locale.ROOT,
                "p50 is within target (%.2f×); p99 (%.2f×) is the second slowest of 100 queries,"
                    + " where a garbage-collection pause or a larger facet count can land",
                p50,
                p99)
            : String.format(
                Locale.ROOT,
                "%s ms against %s ms at p50, about %s ms more per search",
                ms(l.percentile(BRUG, s, 50)),
                ms(l.percentile(RAW, s, 50)),
                ms(l.percentile(BRUG, s, 50) - l.percentile(RAW, s, 50)));
    String didYouMean =
        work.emptyShare(BRUG, s) > 0
            ? "; "
                + percent(work.emptyShare(BRUG, s))
                + " of these queries find nothing, and then Brug also runs its \"did you mean\""
                + " search"
            : "";
    lines.add(
        String.format(
            Locale.ROOT,
            "- %s items, %s, Brug vs raw Lucene: Brug counts five facets over all %s hits (the"
                + " floor only ranks them), builds the query through Hibernate Search's DSL and"
                + " projects through its composite projection in a session per search; %s%s.",
            number(r.size()),
            s.label(),
            count(work.meanHits(BRUG, s)),
            detail,
            didYouMean));
  }

  /**
   * The work Brug shares with its floor on these query types, from the floor's own breakdown: Brug
   * is about as fast as plain Lucene doing the same, so this is where its time goes.
   */
  private static String sharedWork(SizeResult r, List<Stratum> strata) {
    Latencies l = r.queries().latencies();
    Latencies b = r.rawBreakdown();
    return String.format(
        Locale.ROOT,
        "Brug takes %s the time of plain Lucene doing the same work, so the time is in that work"
            + " (see *Where the time goes*): at p50 the search takes %s ms, of which all but %s ms"
            + " is the typo tolerance (for each word of five letters or more that no visible item"
            + " has as typed, fuzzy queries on four fields, each building its Levenshtein"
            + " automaton and walking the term dictionary, after a check per word whether it is"
            + " known),"
            + " and the page %s ms, of which all but %s ms is the snippets (the plain highlighter"
            + " analyses the questions, body and summary of all 20 hits again)",
        range(strata, s -> Targets.ratio(l, RAW, s, 50), "×"),
        range(strata, s -> b.percentile(RawLuceneEngine.SEARCH, s, 50)),
        range(strata, s -> b.percentile(RawLuceneEngine.SEARCH_WITHOUT_TYPOS, s, 50)),
        range(strata, s -> b.percentile(RawLuceneEngine.SNIPPETS, s, 50)),
        range(strata, s -> b.percentile(RawLuceneEngine.PAGE_WITHOUT_SNIPPETS, s, 50)));
  }

  /** Brug's and PostgreSQL's percentiles per query type, e.g. "selective: p50 30 / 12 ms". */
  private static String percentiles(Latencies l, List<Stratum> strata, double... ps) {
    List<String> parts = new ArrayList<>();
    for (Stratum s : strata) {
      StringBuilder part = new StringBuilder(s.label()).append(':');
      for (double p : ps) {
        part.append(
            String.format(
                Locale.ROOT,
                " p%.0f Brug %s ms, PostgreSQL %s ms;",
                p,
                ms(l.percentile(BRUG, s, p)),
                ms(l.percentile(POSTGRES, s, p))));
      }
      parts.add(part.substring(0, part.length() - 1));
    }
    return String.join("; ", parts);
  }

  private static double meanHits(SizeResult r, String engine, List<Stratum> strata) {
    return strata.stream()
        .mapToDouble(s -> r.queries().work().meanHits(engine, s))
        .average()
        .orElse(Double.NaN);
  }

  private static String range(List<Stratum> strata, ToDoubleFunction<Stratum> value) {
    return range(strata, value, "");
  }

  /** The smallest and largest value over the strata, e.g. "12.30–20.10", or one value. */
  private static String range(List<Stratum> strata, ToDoubleFunction<Stratum> value, String unit) {
    DoubleSummaryStatistics stats = strata.stream().mapToDouble(value).summaryStatistics();
    String min = String.format(Locale.ROOT, "%.2f", stats.getMin()) + unit;
    String max = String.format(Locale.ROOT, "%.2f", stats.getMax()) + unit;
    return min.equals(max) ? min : min + "–" + max;
  }
}
