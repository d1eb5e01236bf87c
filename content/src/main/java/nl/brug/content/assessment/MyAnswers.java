package nl.brug.content.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A member's own answers in a round, for that member only.
 *
 * @param version for optimistic locking: a save names the version it started from
 * @param submittedAt when they were handed in; after that they no longer change
 */
public record MyAnswers(
    UUID roundId, Map<String, Answer> answers, long version, Optional<Instant> submittedAt) {

  public MyAnswers {
    answers = Map.copyOf(answers);
  }
}
