package nl.brug.benchmark.queries;

import java.util.ArrayList;
import java.util.List;

/**
 * A query type, with or without a facet filter (a kind or a life domain): the unit the benchmark
 * reports percentiles for.
 */
public record Stratum(QueryType type, boolean filtered) {

  /** All ten strata, in report order. */
  public static List<Stratum> all() {
    List<Stratum> all = new ArrayList<>();
    for (QueryType type : QueryType.values()) {
      all.add(new Stratum(type, false));
      all.add(new Stratum(type, true));
    }
    return all;
  }

  public String label() {
    return type.label() + (filtered ? " + filter" : "");
  }
}
