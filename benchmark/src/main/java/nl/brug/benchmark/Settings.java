package nl.brug.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How the benchmark runs, from system properties ({@code benchmark/run} sets them): corpus sizes,
 * where the report and the indexes go, which PostgreSQL server, and what to record about the build.
 * The seed and the numbers of queries are fixed, so runs are comparable.
 *
 * @param sizes corpus sizes, run one after the other ({@code benchmark.sizes}, e.g. {@code
 *     50000,500000})
 * @param report the Markdown file whose generated part is rewritten ({@code benchmark.report})
 * @param work folder for the indexes ({@code benchmark.work}); emptied per size
 * @param wordList the Dutch word list ({@code benchmark.wordlist})
 * @param pgHost PostgreSQL host ({@code benchmark.pg.host})
 * @param pgPort PostgreSQL port ({@code benchmark.pg.port})
 * @param commit the Git commit measured, as the run script saw it ({@code benchmark.commit})
 * @param wordListVersion the version of the word list package ({@code benchmark.wordlist.version})
 */
public record Settings(
    List<Integer> sizes,
    Path report,
    Path work,
    Path wordList,
    String pgHost,
    int pgPort,
    String commit,
    String wordListVersion) {

  /** The seed of the corpus, the vocabulary order and the queries. */
  public static final long SEED = 20_261_123L;

  /** Measured queries per corpus size: 100 for each of the ten strata. */
  public static final int QUERIES = 1_000;

  /** Queries each engine answers first, unmeasured, to warm caches and the JIT compiler. */
  public static final int WARM_UP = 200;

  static Settings fromSystemProperties() {
    List<Integer> sizes =
        Arrays.stream(System.getProperty("benchmark.sizes", "50000,500000").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(Integer::valueOf)
            .toList();
    if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 100)) {
      throw new IllegalArgumentException("benchmark.sizes: sizes of at least 100 items");
    }
    return new Settings(
        sizes,
        Path.of(System.getProperty("benchmark.report", "BENCHMARKS.md")),
        Path.of(System.getProperty("benchmark.work", "benchmark/target/benchmark-work")),
        Path.of(System.getProperty("benchmark.wordlist", "/usr/share/dict/dutch")),
        System.getProperty("benchmark.pg.host", "127.0.0.1"),
        Integer.parseInt(System.getProperty("benchmark.pg.port", "5432")),
        System.getProperty("benchmark.commit", "unknown"),
        System.getProperty("benchmark.wordlist.version", "unknown"));
  }
}
