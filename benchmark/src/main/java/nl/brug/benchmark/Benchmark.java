package nl.brug.benchmark;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.brug.benchmark.corpus.DutchWords;
import nl.brug.benchmark.database.BenchDatabase;
import nl.brug.benchmark.measurement.SizeResult;
import nl.brug.benchmark.report.Machine;
import nl.brug.benchmark.report.Report;
import nl.brug.benchmark.report.ReportFile;

/**
 * The search benchmark of issue 4. For each corpus size: a synthetic Dutch corpus in Brug's schema
 * on the local PostgreSQL, Brug's full rebuild against a plain read with raw Lucene indexing, and
 * 1,000 stratified queries on Brug's search service, raw Lucene and PostgreSQL full-text search.
 * Prints the tables and writes them into {@code BENCHMARKS.md}. Run it with {@code benchmark/run}.
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    long started = System.nanoTime();
    Map<String, String> postgres;
    try (BenchDatabase db = BenchDatabase.recreate(settings.pgHost(), settings.pgPort())) {
      postgres = db.serverFacts();
    }
    Map<String, String> machine = Machine.facts(postgres);
    String loadAtStart = Machine.loadAverage();
    Progress.say("Search benchmark on " + machine);
    DutchWords words = DutchWords.load(settings.wordList(), Settings.SEED);
    Progress.say(
        String.format(
            "Vocabulary: %,d words (%d stop words first, then the word list shuffled by seed %d)",
            words.size(), words.stopWordCount(), Settings.SEED));
    List<SizeResult> results = new ArrayList<>();
    for (int size : settings.sizes()) {
      results.add(new SizeRun(settings, words, size).run());
    }
    machine.put(
        "load average (1 min)",
        "at start "
            + loadAtStart
            + ", at end "
            + Machine.loadAverage()
            + " (other work on the machine shows in every timing)");
    String report =
        Report.markdown(
            new Report.RunFacts(
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                machine,
                settings.commit(),
                String.format(
                    "%s (Debian wdutch %s), %,d plain lower-case words, Zipf exponent %.1f",
                    settings.wordList(),
                    settings.wordListVersion(),
                    words.size(),
                    DutchWords.ZIPF_EXPONENT),
                Settings.SEED,
                Settings.QUERIES,
                Settings.WARM_UP),
            results);
    System.out.println();
    System.out.println(report);
    ReportFile.write(settings.report(), report);
    Progress.say(
        String.format(
            "Written to %s; the whole run took %.1f min",
            settings.report().toAbsolutePath(), (System.nanoTime() - started) / 60e9));
  }
}
