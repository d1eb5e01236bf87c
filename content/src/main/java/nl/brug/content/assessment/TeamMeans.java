package nl.brug.content.assessment;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/** Combines one value per team so that every team weighs the same, whatever its size. */
final class TeamMeans {

  private TeamMeans() {}

  /** The mean of the teams' values; teams without a value are left out. */
  static OptionalDouble mean(
      List<RoundResults> teams, Function<RoundResults, OptionalDouble> value) {
    DoubleSummaryStatistics statistics = statistics(teams, value);
    return statistics.getCount() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(statistics.getAverage());
  }

  /**
   * The aggregate of the teams' values, only when allowed and when at least {@value
   * Benchmark#MINIMUM_OTHER_TEAMS} teams have a value.
   */
  static Optional<Benchmark.Aggregate> aggregate(
      List<RoundResults> teams, Function<RoundResults, OptionalDouble> value, boolean allowed) {
    DoubleSummaryStatistics statistics = statistics(teams, value);
    if (!allowed || statistics.getCount() < Benchmark.MINIMUM_OTHER_TEAMS) {
      return Optional.empty();
    }
    return Optional.of(
        new Benchmark.Aggregate(
            statistics.getAverage(),
            statistics.getMin(),
            statistics.getMax(),
            (int) statistics.getCount()));
  }

  private static DoubleSummaryStatistics statistics(
      List<RoundResults> teams, Function<RoundResults, OptionalDouble> value) {
    return teams.stream()
        .map(value)
        .filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble)
        .summaryStatistics();
  }
}
