package nl.brug.content.assessment;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one team of a municipality stands, for its coordinator: never anyone's answers.
 *
 * @param members the team's members who have signed in to Brug at least once
 * @param latestRound the team's newest round, if it ever started one
 * @param latestOverall the overall score (0–100) of the newest round whose results are shown
 * @param latestOverallPeriod the period of that round
 * @param openActionPoints action points not done yet
 * @param overdueActionPoints of those, the ones past their due date
 */
public record TeamStanding(
    String teamCode,
    String teamName,
    int members,
    Optional<RoundSummary> latestRound,
    OptionalDouble latestOverall,
    Optional<String> latestOverallPeriod,
    int openActionPoints,
    int overdueActionPoints) {

  /** Handed-in answers of the newest round as a share of the members (0–1), if there is one. */
  public OptionalDouble participation() {
    if (latestRound.isEmpty() || members == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(1.0, latestRound.get().submitted() / (double) members));
  }
}
