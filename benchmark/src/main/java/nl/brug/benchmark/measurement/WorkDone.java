package nl.brug.benchmark.measurement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.brug.benchmark.engines.Answer;
import nl.brug.benchmark.queries.Stratum;

/**
 * What the engines found, per stratum: hits, queries that found nothing, snippets that mark a
 * match, and how many of Brug's top 20 the plain Lucene floor also returns (the same query on the
 * same documents should give the same page).
 */
public final class WorkDone {

  private final Map<String, Map<Stratum, Tally>> tallies = new HashMap<>();
  private final Map<Stratum, double[]> sameTop = new HashMap<>();

  private static final class Tally {
    long queries;
    long hits;
    long empty;
    long highlighted;
    long shown;
  }

  void add(String engine, Stratum stratum, Answer answer) {
    Tally tally =
        tallies
            .computeIfAbsent(engine, e -> new HashMap<>())
            .computeIfAbsent(stratum, s -> new Tally());
    tally.queries++;
    tally.hits += answer.total();
    tally.empty += answer.total() == 0 ? 1 : 0;
    tally.highlighted += answer.highlighted();
    tally.shown += answer.ids().size();
  }

  /** Records how much of {@code reference}'s page {@code other} returns too. */
  void compare(Stratum stratum, Answer reference, Answer other) {
    double[] sum = sameTop.computeIfAbsent(stratum, s -> new double[2]);
    List<String> ids = reference.ids();
    if (ids.isEmpty() && other.ids().isEmpty()) {
      sum[0] += 1;
    } else {
      Set<String> common = new HashSet<>(ids);
      common.retainAll(other.ids());
      sum[0] += (double) common.size() / Math.max(ids.size(), other.ids().size());
    }
    sum[1] += 1;
  }

  /** Mean number of hits per query. */
  public double meanHits(String engine, Stratum stratum) {
    Tally t = tally(engine, stratum);
    return t.queries == 0 ? Double.NaN : (double) t.hits / t.queries;
  }

  /** Share of queries that found nothing. */
  public double emptyShare(String engine, Stratum stratum) {
    Tally t = tally(engine, stratum);
    return t.queries == 0 ? Double.NaN : (double) t.empty / t.queries;
  }

  /** Share of shown hits whose snippet marks a matched word. */
  public double highlightedShare(String engine, Stratum stratum) {
    Tally t = tally(engine, stratum);
    return t.shown == 0 ? Double.NaN : (double) t.highlighted / t.shown;
  }

  /** Mean share of the reference page that the other engine returned too. */
  public double sameTop(Stratum stratum) {
    double[] sum = sameTop.get(stratum);
    return sum == null || sum[1] == 0 ? Double.NaN : sum[0] / sum[1];
  }

  private Tally tally(String engine, Stratum stratum) {
    return tallies.getOrDefault(engine, Map.of()).getOrDefault(stratum, new Tally());
  }
}
