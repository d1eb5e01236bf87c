package nl.brug.content.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * A team's (or a municipality's) scores beside the anonymous aggregate of all other teams on the
 * same template version.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The input is, per team, the results of its latest closed round on that template version.
 *       Only teams whose results are shown (enough responses) contribute.
 *   <li>"Own" is one team or the teams of one municipality; with several teams each weighs the
 *       same. Own teams never count among the others.
 *   <li>The comparison is shown only when at least {@value #MINIMUM_OTHER_TEAMS} other teams
 *       contributed; otherwise a Dutch reason says why not.
 *   <li>The aggregate of a dimension is the mean of the other teams' dimension means, each team
 *       weighing the same however many members it has, with the lowest and highest team mean. A
 *       dimension for which fewer than {@value #MINIMUM_OTHER_TEAMS} other teams have a mean gets
 *       no aggregate. Nothing in the result tells which team gave which value.
 * </ul>
 */
public final class Benchmark {

  /** The fewest other teams an aggregate may be built from. */
  public static final int MINIMUM_OTHER_TEAMS = 5;

  /** The other teams' means on one dimension or overall: no team is named. */
  public record Aggregate(double mean, double min, double max, int teams) {}

  /** One dimension: the own mean beside the other teams' aggregate. */
  public record Row(ChecklistDimension dimension, OptionalDouble own, Optional<Aggregate> others) {}

  private final int otherTeams;
  private final List<Row> dimensions;
  private final OptionalDouble ownOverall;
  private final Optional<Aggregate> othersOverall;

  private Benchmark(
      int otherTeams,
      List<Row> dimensions,
      OptionalDouble ownOverall,
      Optional<Aggregate> othersOverall) {
    this.otherTeams = otherTeams;
    this.dimensions = dimensions;
    this.ownOverall = ownOverall;
    this.othersOverall = othersOverall;
  }

  /**
   * Compares the own teams with all other teams.
   *
   * @param ownTeams the team, or the teams of the municipality, being compared
   * @param latestClosedRoundPerTeam every team's latest closed round on one template version
   * @throws IllegalArgumentException when the rounds are not all on the same template version
   */
  public static <T> Benchmark of(Set<T> ownTeams, Map<T, RoundResults> latestClosedRoundPerTeam) {
    List<Checklist> versions =
        latestClosedRoundPerTeam.values().stream().map(RoundResults::checklist).distinct().toList();
    if (versions.size() > 1) {
      throw new IllegalArgumentException("A benchmark compares rounds of one template version");
    }
    List<RoundResults> own = contributing(latestClosedRoundPerTeam, ownTeams, true);
    List<RoundResults> others = contributing(latestClosedRoundPerTeam, ownTeams, false);
    boolean shown = others.size() >= MINIMUM_OTHER_TEAMS;
    List<Row> rows =
        versions.isEmpty()
            ? List.of()
            : versions.get(0).dimensions().stream()
                .map(
                    d -> {
                      Function<RoundResults, OptionalDouble> mean = r -> r.dimensionMean(d.code());
                      return new Row(
                          d, TeamMeans.mean(own, mean), TeamMeans.aggregate(others, mean, shown));
                    })
                .toList();
    return new Benchmark(
        others.size(),
        rows,
        TeamMeans.mean(own, RoundResults::overallScore),
        TeamMeans.aggregate(others, RoundResults::overallScore, shown));
  }

  private static <T> List<RoundResults> contributing(
      Map<T, RoundResults> rounds, Set<T> ownTeams, boolean own) {
    return rounds.entrySet().stream()
        .filter(e -> ownTeams.contains(e.getKey()) == own)
        .map(Map.Entry::getValue)
        .filter(RoundResults::shown)
        .toList();
  }

  /** Whether the comparison with the other teams may be shown. */
  public boolean shown() {
    return otherTeams >= MINIMUM_OTHER_TEAMS;
  }

  /** Why the comparison is not shown, in Dutch; empty when it is shown. */
  public Optional<String> hiddenReason() {
    return shown()
        ? Optional.empty()
        : Optional.of(
            "Vergelijking kan pas met minimaal "
                + MINIMUM_OTHER_TEAMS
                + " andere teams; nu "
                + otherTeams
                + ".");
  }

  /** How many other teams contributed. */
  public int otherTeams() {
    return otherTeams;
  }

  /** Per dimension the own mean and, when shown, the others' aggregate; in dimension order. */
  public List<Row> dimensions() {
    return dimensions;
  }

  public Optional<Row> dimension(String code) {
    return dimensions.stream().filter(r -> r.dimension().code().equals(code)).findFirst();
  }

  /** The own overall score (each own team weighing the same). */
  public OptionalDouble ownOverall() {
    return ownOverall;
  }

  /** The others' overall scores, when shown. */
  public Optional<Aggregate> othersOverall() {
    return othersOverall;
  }
}
