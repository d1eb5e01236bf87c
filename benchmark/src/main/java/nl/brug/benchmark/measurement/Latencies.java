package nl.brug.benchmark.measurement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.brug.benchmark.queries.Stratum;

/** Measured wall times per engine and stratum, and their percentiles in milliseconds. */
public final class Latencies {

  private final Map<String, Map<Stratum, List<Long>>> nanos = new HashMap<>();

  /** Records one measured time. */
  public void add(String engine, Stratum stratum, long elapsedNanos) {
    nanos
        .computeIfAbsent(engine, e -> new HashMap<>())
        .computeIfAbsent(stratum, s -> new ArrayList<>())
        .add(elapsedNanos);
  }

  /**
   * The {@code p}-th percentile (nearest rank, {@code p} in 0–100) in milliseconds; NaN when
   * nothing was measured.
   */
  public double percentile(String engine, Stratum stratum, double p) {
    return percentile(nanos.getOrDefault(engine, Map.of()).getOrDefault(stratum, List.of()), p);
  }

  /** The percentile over all strata together. */
  public double overall(String engine, double p) {
    List<Long> all = new ArrayList<>();
    nanos.getOrDefault(engine, Map.of()).values().forEach(all::addAll);
    return percentile(all, p);
  }

  private static double percentile(List<Long> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }
}
