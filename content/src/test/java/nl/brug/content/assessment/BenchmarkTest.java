package nl.brug.content.assessment;

import static nl.brug.content.assessment.AnswerScale.AGREEMENT_5;
import static nl.brug.content.assessment.Responses.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.brug.content.assessment.Benchmark.Aggregate;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

  private static final Checklist VERSION =
      new Checklist(
          List.of(
              new ChecklistDimension("samenstelling", "Samenstelling", 1),
              new ChecklistDimension("werkwijze", "Werkwijze", 2)),
          List.of(
              new ChecklistItem(
                  "S1", "samenstelling", "Ons team weerspiegelt de wijk.", AGREEMENT_5),
              new ChecklistItem("W1", "werkwijze", "Wij vragen naar het netwerk.", AGREEMENT_5)));

  /** A team whose members all chose the same step on S1 (1 → 0, 2 → 25 … 5 → 100). */
  private static RoundResults team(int step, int members) {
    return team(VERSION, step, members);
  }

  private static RoundResults team(Checklist checklist, int step, int members) {
    return RoundResults.of(checklist, Collections.nCopies(members, response("S1", step, "W1", 3)));
  }

  /** The own team "eigen" at 100, beside other teams at the given steps (3 members each). */
  private static Map<String, RoundResults> ownAt100Beside(int... otherSteps) {
    Map<String, RoundResults> teams = new LinkedHashMap<>();
    teams.put("eigen", team(5, 3));
    for (int i = 0; i < otherSteps.length; i++) {
      teams.put("team-" + i, team(otherSteps[i], 3));
    }
    return teams;
  }

  @Test
  void fourOtherTeams_areTooFewToCompareWith_andTheBenchmarkSaysWhy() {
    Benchmark benchmark = Benchmark.of(Set.of("eigen"), ownAt100Beside(1, 2, 3, 4));

    assertThat(benchmark.shown()).isFalse();
    assertThat(benchmark.hiddenReason())
        .hasValue("Vergelijking kan pas met minimaal 5 andere teams; nu 4.");
    assertThat(benchmark.dimensions()).allMatch(row -> row.others().isEmpty());
    assertThat(benchmark.othersOverall()).isEmpty();
    assertThat(benchmark.dimension("samenstelling").orElseThrow().own().getAsDouble())
        .isEqualTo(100.0);
  }

  @Test
  void fiveOtherTeams_areShown_withoutTheOwnTeamInTheAggregate() {
    Benchmark benchmark = Benchmark.of(Set.of("eigen"), ownAt100Beside(1, 2, 3, 4, 1));

    assertThat(benchmark.shown()).isTrue();
    assertThat(benchmark.hiddenReason()).isEmpty();
    Benchmark.Row composition = benchmark.dimension("samenstelling").orElseThrow();
    assertThat(composition.own().getAsDouble()).isEqualTo(100.0);
    // (0 + 25 + 50 + 75 + 0) / 5; with the own team it would be 41.7 and the maximum 100
    assertThat(composition.others()).hasValue(new Aggregate(30.0, 0.0, 75.0, 5));
  }

  @Test
  void everyOtherTeamWeighsTheSame_howeverManyMembersResponded() {
    Map<String, RoundResults> teams = ownAt100Beside(1, 1, 1, 1);
    teams.put("groot", team(5, 20));

    Aggregate composition =
        Benchmark.of(Set.of("eigen"), teams)
            .dimension("samenstelling")
            .orElseThrow()
            .others()
            .orElseThrow();

    // (0 + 0 + 0 + 0 + 100) / 5 teams, not 2000 / 32 answers
    assertThat(composition.mean()).isEqualTo(20.0);
  }

  @Test
  void aTeamWhoseResultsAreNotShown_doesNotContribute() {
    Map<String, RoundResults> teams = ownAt100Beside(1, 2, 3, 4);
    teams.put("klein", team(5, 2));

    Benchmark benchmark = Benchmark.of(Set.of("eigen"), teams);

    assertThat(benchmark.shown()).isFalse();
    assertThat(benchmark.otherTeams()).isEqualTo(4);
  }

  @Test
  void aMunicipality_isComparedAsTheMeanOfItsOwnTeams_withAllTeamsElsewhere() {
    Map<String, RoundResults> teams = ownAt100Beside(1, 1, 1, 1, 1);
    teams.put("eigen-2", team(3, 10));

    Benchmark benchmark = Benchmark.of(Set.of("eigen", "eigen-2"), teams);

    assertThat(benchmark.otherTeams()).isEqualTo(5);
    assertThat(benchmark.dimension("samenstelling").orElseThrow().own().getAsDouble())
        .isEqualTo(75.0);
    assertThat(benchmark.dimension("samenstelling").orElseThrow().others().orElseThrow().mean())
        .isEqualTo(0.0);
    // overall: own teams (100 + 50) / 2 = 75 and (50 + 50) / 2 = 50 → 62.5; others (0 + 50) / 2 =
    // 25
    assertThat(benchmark.ownOverall().getAsDouble()).isCloseTo(62.5, within(1e-9));
    assertThat(benchmark.othersOverall().orElseThrow().mean()).isCloseTo(25.0, within(1e-9));
  }

  @Test
  void aDimensionFewerThanFiveOtherTeamsHaveAMeanFor_getsNoAggregate() {
    Map<String, RoundResults> teams = ownAt100Beside(1, 2, 3, 4);
    teams.put(
        "zonder-werkwijze",
        RoundResults.of(
            VERSION, Collections.nCopies(3, response("S1", 1, "W1", Answer.DONT_KNOW))));

    Benchmark benchmark = Benchmark.of(Set.of("eigen"), teams);

    assertThat(benchmark.shown()).isTrue();
    assertThat(benchmark.dimension("samenstelling").orElseThrow().others()).isPresent();
    assertThat(benchmark.dimension("werkwijze").orElseThrow().others()).isEmpty();
  }

  @Test
  void roundsOfDifferentTemplateVersions_areNotCompared() {
    Checklist otherVersion =
        new Checklist(
            VERSION.dimensions(),
            List.of(
                new ChecklistItem("S1", "samenstelling", "Anders verwoord.", AGREEMENT_5),
                new ChecklistItem("W1", "werkwijze", "Wij vragen naar het netwerk.", AGREEMENT_5)));
    Map<String, RoundResults> teams = ownAt100Beside(1, 2, 3, 4, 5);
    teams.put("ander", team(otherVersion, 3, 3));

    assertThatThrownBy(() -> Benchmark.of(Set.of("eigen"), teams))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
