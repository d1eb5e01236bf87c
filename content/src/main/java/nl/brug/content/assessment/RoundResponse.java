package nl.brug.content.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One member's own answers in a round. Only that member ever reads them; results use submitted
 * answers without the member's name.
 */
@Entity
@Table(name = "round_response")
class RoundResponse {

  @Id private UUID id;

  @Column(name = "round_id", nullable = false)
  private UUID roundId;

  @Column(nullable = false, length = 100)
  private String member;

  @Column(nullable = false, length = 20_000)
  private String answers;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Version private long version;

  protected RoundResponse() {
    // for JPA
  }

  static RoundResponse empty(UUID roundId, String member) {
    RoundResponse response = new RoundResponse();
    response.id = UUID.randomUUID();
    response.roundId = roundId;
    response.member = member;
    response.answers = AnswersJson.write(Map.of());
    return response;
  }

  void answer(Map<String, Answer> newAnswers) {
    answers = AnswersJson.write(newAnswers);
  }

  void submit(Instant now) {
    submittedAt = now.atOffset(ZoneOffset.UTC);
  }

  Map<String, Answer> answers() {
    return AnswersJson.read(answers);
  }

  Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt).map(OffsetDateTime::toInstant);
  }

  long version() {
    return version;
  }
}
