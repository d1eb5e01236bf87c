package nl.brug.content.assessment;

import java.util.List;

/**
 * A team's rounds, oldest first, and its scores over them.
 *
 * @param rounds the rounds, in the order of the trend's series
 * @param trend per dimension (and per statement that stayed the same) one mean per round
 */
public record TeamTrend(List<RoundSummary> rounds, Trend trend) {

  public TeamTrend {
    rounds = List.copyOf(rounds);
  }
}
