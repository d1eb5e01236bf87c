package nl.brug.content.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A team's self-assessment round on one template version, open until its closing date. */
@Entity
@Table(name = "assessment_round")
class AssessmentRound {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "template_id", nullable = false)
  private ChecklistTemplate template;

  @Column(name = "municipality_code", nullable = false, length = 16)
  private String municipalityCode;

  @Column(name = "team_code", nullable = false, length = 64)
  private String teamCode;

  @Column(nullable = false, length = 80)
  private String period;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closesOn;

  @Column(name = "started_by", nullable = false, length = 100)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private OffsetDateTime startedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Version private long version;

  protected AssessmentRound() {
    // for JPA
  }

  static AssessmentRound start(
      ChecklistTemplate template,
      String municipalityCode,
      String teamCode,
      String period,
      LocalDate closesOn,
      String startedBy,
      Instant now) {
    AssessmentRound round = new AssessmentRound();
    round.id = UUID.randomUUID();
    round.template = template;
    round.municipalityCode = municipalityCode;
    round.teamCode = teamCode;
    round.period = period;
    round.closesOn = closesOn;
    round.startedBy = startedBy;
    round.startedAt = now.atOffset(ZoneOffset.UTC);
    return round;
  }

  /** Open for answers up to and including its closing date (Dutch time), unless closed early. */
  boolean openOn(LocalDate today) {
    return closedAt == null && !today.isAfter(closesOn);
  }

  /** Closes the round before its closing date: answers no longer change. */
  void closeEarly(Instant now) {
    closedAt = now.atOffset(ZoneOffset.UTC);
  }

  UUID id() {
    return id;
  }

  ChecklistTemplate template() {
    return template;
  }

  String municipalityCode() {
    return municipalityCode;
  }

  String teamCode() {
    return teamCode;
  }

  String period() {
    return period;
  }

  LocalDate closesOn() {
    return closesOn;
  }

  String startedBy() {
    return startedBy;
  }
}
