package nl.brug.benchmark.report;

import static nl.brug.benchmark.report.Format.count;
import static nl.brug.benchmark.report.Format.megabytes;
import static nl.brug.benchmark.report.Format.ms;
import static nl.brug.benchmark.report.Format.number;
import static nl.brug.benchmark.report.Format.percent;
import static nl.brug.benchmark.report.Format.seconds;
import static nl.brug.benchmark.report.Format.times;
import static nl.brug.benchmark.report.Targets.BRUG;
import static nl.brug.benchmark.report.Targets.POSTGRES;
import static nl.brug.benchmark.report.Targets.RAW;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.brug.benchmark.engines.lucene.RawLuceneEngine;
import nl.brug.benchmark.measurement.Latencies;
import nl.brug.benchmark.measurement.SizeResult;
import nl.brug.benchmark.measurement.WorkDone;
import nl.brug.benchmark.queries.QueryType;
import nl.brug.benchmark.queries.Stratum;

/**
 * The measured tables in Markdown: per corpus size the latencies per query type and engine, the
 * ratios against the targets (PASS or MISS), what the engines found, and the rebuild times; then
 * how everything grows from the smallest to the largest size, and a note for every missed target
 * saying what Brug does there that the other engine does not.
 */
public final class Report {

  private static final List<String> ENGINES = List.of(BRUG, RAW, POSTGRES);

  private final RunFacts facts;
  private final List<SizeResult> results;
  private final StringBuilder out = new StringBuilder();
  private final Notes notes = new Notes();

  private Report(RunFacts facts, List<SizeResult> results) {
    this.facts = facts;
    this.results = results;
  }

  public static String markdown(RunFacts facts, List<SizeResult> results) {
    return new Report(facts, results).write();
  }

  private String write() {
    line("## Run of " + facts.date());
    line("");
    facts.machine().forEach((key, value) -> line("- " + key + ": " + value));
    line("- Brug: commit " + facts.commit());
    line("- word list: " + facts.words());
    line(
        "- seed "
            + facts.seed()
            + "; per size "
            + facts.queries()
            + " measured queries (100 per row below) after "
            + facts.warmUp()
            + " warm-up queries, engines taking turns per query; sizes: "
            + String.join(", ", results.stream().map(r -> number(r.size())).toList()));
    line("");
    summary();
    for (SizeResult result : results) {
      size(result);
    }
    if (results.size() > 1) {
      growth(results.get(0), results.get(results.size() - 1));
    }
    line("### Notes on missed targets");
    line("");
    if (notes.lines().isEmpty()) {
      line("Every target was met.");
    }
    notes.lines().forEach(this::line);
    line("");
    return out.toString();
  }

  private void summary() {
    line("### Targets");
    line("");
    StringBuilder header = new StringBuilder("| target |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (SizeResult r : results) {
      header.append(' ').append(number(r.size())).append(" items |");
      rule.append(" --- |");
    }
    line(header.toString());
    line(rule.toString());
    summaryRow(
        "Brug ≤ " + Targets.VERSUS_RAW + "× raw Lucene at p50 and p99, every query type",
        r -> missed(r, s -> true, Targets::versusRaw));
    summaryRow(
        "selective: Brug ≤ " + Targets.SELECTIVE_VERSUS_POSTGRES + "× PostgreSQL (p50, p95)",
        r -> missed(r, s -> s.type() == QueryType.SELECTIVE, Targets::versusPostgres));
    summaryRow(
        "frequent and OR: Brug p95 ≤ ½ PostgreSQL p95",
        r ->
            missed(
                r,
                s -> s.type() == QueryType.FREQUENT || s.type() == QueryType.OR,
                Targets::versusPostgres));
    summaryRow(
        "Brug p95 < " + (int) Targets.FAST_P95_MS + " ms at 50,000 items on 2 cores",
        r -> Targets.appliesFast(r) ? missed(r, s -> true, Targets::fast) : "–");
    summaryRow(
        "full rebuild ≤ " + Targets.REBUILD + "× plain read + raw indexing",
        r -> Targets.verdict(Targets.rebuild(r)) + String.format(" (%.2f×)", r.rebuildRatio()));
    line("");
  }

  private void summaryRow(String target, java.util.function.Function<SizeResult, String> cell) {
    StringBuilder row = new StringBuilder("| " + target + " |");
    results.forEach(r -> row.append(' ').append(cell.apply(r)).append(" |"));
    line(row.toString());
  }

  private static String missed(
      SizeResult r,
      java.util.function.Predicate<Stratum> applies,
      java.util.function.BiPredicate<Latencies, Stratum> target) {
    List<String> missed =
        Stratum.all().stream()
            .filter(applies)
            .filter(s -> !target.test(r.queries().latencies(), s))
            .map(Stratum::label)
            .toList();
    return missed.isEmpty() ? "PASS" : "**MISS**: " + String.join("; ", missed);
  }

  private void size(SizeResult r) {
    Latencies l = r.queries().latencies();
    WorkDone work = r.queries().work();
    line("### " + number(r.size()) + " items");
    line("");
    line(
        String.format(
            Locale.ROOT,
            "Corpus: %s items, %s of one municipality, %s visible to the reader (national + GM0193),"
                + " %s with an interview guide; bodies of %.0f words on average. Database %s,"
                + " PostgreSQL search table with indexes %s, Brug's index %s, raw Lucene index %s."
                + " Stored in %.0f s; queries took %.0f s.",
            number(r.corpus().items()),
            number(r.corpus().municipal()),
            number(r.corpus().visible()),
            number(r.corpus().guides()),
            r.corpus().meanBodyWords(),
            megabytes(r.databaseBytes()),
            megabytes(r.postgresTableBytes()),
            megabytes(r.brugIndexBytes()),
            megabytes(r.rawIndexBytes()),
            r.loadSeconds(),
            r.querySeconds()));
    line("");
    line("#### Latency (ms)");
    line("");
    line(
        "| query type | Brug p50 | Brug p95 | Brug p99 | raw p50 | raw p95 | raw p99 | PG p50 |"
            + " PG p95 | PG p99 |");
    line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Stratum s : Stratum.all()) {
      StringBuilder row = new StringBuilder("| " + s.label() + " |");
      for (String engine : ENGINES) {
        for (double p : new double[] {50, 95, 99}) {
          row.append(' ').append(ms(l.percentile(engine, s, p))).append(" |");
        }
      }
      line(row.toString());
    }
    StringBuilder all = new StringBuilder("| all queries |");
    for (String engine : ENGINES) {
      for (double p : new double[] {50, 95, 99}) {
        all.append(' ').append(ms(l.overall(engine, p))).append(" |");
      }
    }
    line(all.toString());
    line("");
    line("#### Ratios and targets");
    line("");
    line(
        "| query type | Brug÷raw p50 | Brug÷raw p99 | ≤ 1.3× | Brug÷PG p50 | Brug÷PG p95 |"
            + " PG target | Brug p95 < 10 ms |");
    line("| --- | ---: | ---: | --- | ---: | ---: | --- | --- |");
    for (Stratum s : Stratum.all()) {
      boolean rawPass = Targets.versusRaw(l, s);
      String pg = Targets.postgresTarget(s);
      if (Targets.hasPostgresTarget(s)) {
        pg += ": " + Targets.verdict(Targets.versusPostgres(l, s));
      }
      String fast =
          Targets.appliesFast(r) ? Targets.verdict(Targets.fast(l, s)) : "– (target at 50,000)";
      line(
          "| "
              + s.label()
              + " | "
              + times(Targets.ratio(l, RAW, s, 50))
              + " | "
              + times(Targets.ratio(l, RAW, s, 99))
              + " | "
              + Targets.verdict(rawPass)
              + " | "
              + times(Targets.ratio(l, POSTGRES, s, 50))
              + " | "
              + times(Targets.ratio(l, POSTGRES, s, 95))
              + " | "
              + pg
              + " | "
              + fast
              + " |");
    }
    line("");
    breakdown(r);
    line("#### What the engines found (mean per query)");
    line("");
    line(
        "| query type | hits Brug | hits raw | hits PG | no hits B / r / PG | snippet marks a"
            + " match B / r / PG | Brug's top 20 also raw's |");
    line("| --- | ---: | ---: | ---: | --- | --- | ---: |");
    for (Stratum s : Stratum.all()) {
      line(
          "| "
              + s.label()
              + " | "
              + count(work.meanHits(BRUG, s))
              + " | "
              + count(work.meanHits(RAW, s))
              + " | "
              + count(work.meanHits(POSTGRES, s))
              + " | "
              + percent(work.emptyShare(BRUG, s))
              + " / "
              + percent(work.emptyShare(RAW, s))
              + " / "
              + percent(work.emptyShare(POSTGRES, s))
              + " | "
              + percent(work.highlightedShare(BRUG, s))
              + " / "
              + percent(work.highlightedShare(RAW, s))
              + " / "
              + percent(work.highlightedShare(POSTGRES, s))
              + " | "
              + percent(work.sameTop(s))
              + " |");
    }
    line("");
    line("#### Full rebuild from the database");
    line("");
    line("| | seconds | items per second |");
    line("| --- | ---: | ---: |");
    line(
        "| Brug: `SearchIndex.rebuild` from scratch (mass indexer, `PublishedToolkitReader`) | "
            + seconds(r.brugRebuildSeconds())
            + " | "
            + number(Math.round(r.size() / r.brugRebuildSeconds()))
            + " |");
    line(
        "| plain JDBC read + raw Lucene `IndexWriter` (2 threads, merged to one segment) | "
            + seconds(r.rawRebuildSeconds())
            + " | "
            + number(Math.round(r.size() / r.rawRebuildSeconds()))
            + " |");
    line(
        "| Brug ÷ plain: "
            + times(r.rebuildRatio())
            + " (target ≤ "
            + Targets.REBUILD
            + "×: "
            + Targets.verdict(Targets.rebuild(r))
            + ") | | |");
    line(
        "| for comparison: PostgreSQL search table filled from Brug's tables (`INSERT … SELECT`,"
            + " 2 sessions), GIN and filter indexes, `VACUUM ANALYZE` | "
            + seconds(r.postgresBuildSeconds())
            + " | "
            + number(Math.round(r.size() / r.postgresBuildSeconds()))
            + " |");
    line("");
    notes.size(r);
    notes.rebuild(r);
  }

  private void breakdown(SizeResult r) {
    Latencies l = r.queries().latencies();
    Latencies b = r.rawBreakdown();
    line("#### Where the time goes (p50, ms)");
    line("");
    line(
        "Brug is about as fast as its floor, so the floor shows where Brug's time goes. Raw Lucene"
            + " times its two steps while measured (search: query, top 20 and exact count; page:"
            + " stored fields and snippets of the 20 hits). For diagnosis it then answers the first"
            + " 500 measured queries again, timing the search with and without the query's typo"
            + " (fuzzy) clauses, and the page with and without snippets.");
    line("");
    line(
        "| query type | Brug | raw Lucene | raw: search | raw: page | diagnosis: search |"
            + " search without typo clauses | page | page without snippets |");
    line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Stratum s : Stratum.all()) {
      line(
          "| "
              + s.label()
              + " | "
              + ms(l.percentile(BRUG, s, 50))
              + " | "
              + ms(l.percentile(RAW, s, 50))
              + " | "
              + ms(b.percentile(RawLuceneEngine.SEARCH, s, 50))
              + " | "
              + ms(b.percentile(RawLuceneEngine.SNIPPETS, s, 50))
              + " | "
              + ms(b.percentile(RawLuceneEngine.SEARCH_WHOLE_QUERY, s, 50))
              + " | "
              + ms(b.percentile(RawLuceneEngine.SEARCH_WITHOUT_TYPOS, s, 50))
              + " | "
              + ms(b.percentile(RawLuceneEngine.PAGE_WITH_SNIPPETS, s, 50))
              + " | "
              + ms(b.percentile(RawLuceneEngine.PAGE_WITHOUT_SNIPPETS, s, 50))
              + " |");
    }
    line("");
  }

  private void growth(SizeResult small, SizeResult large) {
    Latencies a = small.queries().latencies();
    Latencies b = large.queries().latencies();
    line("### Growth from " + number(small.size()) + " to " + number(large.size()) + " items");
    line("");
    line(
        "Each cell: how many times slower at "
            + number(large.size())
            + " items than at "
            + number(small.size())
            + " (×"
            + times(large.size() / (double) small.size()).replace("×", "")
            + " items); the ratio columns show small → large.");
    line("");
    line(
        "| query type | Brug p50 | Brug p95 | raw p50 | raw p95 | PG p50 | PG p95 |"
            + " Brug÷raw p50 | Brug÷PG p95 |");
    line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
    for (Stratum s : Stratum.all()) {
      StringBuilder row = new StringBuilder("| " + s.label() + " |");
      for (String engine : ENGINES) {
        for (double p : new double[] {50, 95}) {
          row.append(' ')
              .append(times(b.percentile(engine, s, p) / a.percentile(engine, s, p)))
              .append(" |");
        }
      }
      row.append(' ')
          .append(times(Targets.ratio(a, RAW, s, 50)))
          .append(" → ")
          .append(times(Targets.ratio(b, RAW, s, 50)))
          .append(" | ")
          .append(times(Targets.ratio(a, POSTGRES, s, 95)))
          .append(" → ")
          .append(times(Targets.ratio(b, POSTGRES, s, 95)))
          .append(" |");
      line(row.toString());
    }
    line("");
    line(
        String.format(
            Locale.ROOT,
            "Rebuild: Brug %s, plain read + raw Lucene %s; Brug ÷ plain %s → %s.",
            times(large.brugRebuildSeconds() / small.brugRebuildSeconds()),
            times(large.rawRebuildSeconds() / small.rawRebuildSeconds()),
            times(small.rebuildRatio()),
            times(large.rebuildRatio())));
    line("");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  /** What identifies a run besides the results. */
  public record RunFacts(
      String date,
      Map<String, String> machine,
      String commit,
      String words,
      long seed,
      int queries,
      int warmUp) {}
}
