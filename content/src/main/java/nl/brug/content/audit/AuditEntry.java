package nl.brug.content.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** One line of the audit trail: who did what to which thing, and when. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id private UUID id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(nullable = false, length = 40)
  private String action;

  @Column(name = "subject_kind", nullable = false, length = 40)
  private String subjectKind;

  @Column(name = "subject_id", nullable = false, length = 100)
  private String subjectId;

  @Column(name = "municipality_code", length = 16)
  private String municipalityCode;

  @Column(length = 1000)
  private String detail;

  protected AuditEntry() {
    // for JPA
  }

  AuditEntry(
      Instant when,
      String actor,
      String action,
      String subjectKind,
      String subjectId,
      String municipalityCode,
      String detail) {
    this.id = UUID.randomUUID();
    this.occurredAt = when.atOffset(ZoneOffset.UTC);
    this.actor = actor;
    this.action = action;
    this.subjectKind = subjectKind;
    this.subjectId = subjectId;
    this.municipalityCode = municipalityCode;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  public Instant getOccurredAt() {
    return occurredAt.toInstant();
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectKind() {
    return subjectKind;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public Optional<String> getMunicipalityCode() {
    return Optional.ofNullable(municipalityCode);
  }

  public Optional<String> getDetail() {
    return Optional.ofNullable(detail);
  }
}
