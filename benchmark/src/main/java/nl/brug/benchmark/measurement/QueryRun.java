package nl.brug.benchmark.measurement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import nl.brug.benchmark.engines.Answer;
import nl.brug.benchmark.engines.SearchEngine;
import nl.brug.benchmark.queries.BenchQuery;

/**
 * Asks every engine every query and times each answer (wall time, {@link System#nanoTime()}). The
 * engines take turns per query, in an order rotated from query to query, so they see the same
 * machine conditions; a warm-up set runs first and is not measured.
 */
public final class QueryRun {

  /** The measured latencies and what the engines found. */
  public record Result(Latencies latencies, WorkDone work) {}

  private QueryRun() {}

  /**
   * Runs the warm-up queries, then the measured ones. The first engine's pages are compared with
   * the second's (Brug with its floor).
   */
  public static Result run(
      List<SearchEngine> engines,
      List<BenchQuery> warmup,
      List<BenchQuery> measured,
      IntConsumer progress)
      throws Exception {
    for (int i = 0; i < warmup.size(); i++) {
      for (SearchEngine engine : rotated(engines, i)) {
        engine.search(warmup.get(i));
      }
    }
    Latencies latencies = new Latencies();
    WorkDone work = new WorkDone();
    for (int i = 0; i < measured.size(); i++) {
      BenchQuery query = measured.get(i);
      Map<SearchEngine, Answer> answers = new HashMap<>();
      for (SearchEngine engine : rotated(engines, i)) {
        long started = System.nanoTime();
        Answer answer = engine.search(query);
        long elapsed = System.nanoTime() - started;
        latencies.add(engine.name(), query.stratum(), elapsed);
        work.add(engine.name(), query.stratum(), answer);
        answers.put(engine, answer);
      }
      work.compare(query.stratum(), answers.get(engines.get(0)), answers.get(engines.get(1)));
      progress.accept(i + 1);
    }
    return new Result(latencies, work);
  }

  private static List<SearchEngine> rotated(List<SearchEngine> engines, int turn) {
    int shift = turn % engines.size();
    return java.util.stream.Stream.concat(
            engines.subList(shift, engines.size()).stream(), engines.subList(0, shift).stream())
        .toList();
  }
}
