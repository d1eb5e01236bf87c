package nl.brug.content.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An action point as stored; {@link ActionPoint} is how everyone else sees it. */
@Entity
@Table(name = "action_point")
class StoredActionPoint {

  @Id private UUID id;

  @Column(name = "municipality_code", nullable = false, length = 16)
  private String municipalityCode;

  @Column(name = "team_code", nullable = false, length = 64)
  private String teamCode;

  @Column(name = "round_id")
  private UUID roundId;

  @Column(name = "dimension_code", nullable = false, length = 64)
  private String dimensionCode;

  @Column(name = "item_key", length = 64)
  private String itemKey;

  @Column(nullable = false, length = 1000)
  private String description;

  @Column(nullable = false, length = 100)
  private String owner;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ActionStatus status;

  /** Slugs separated by spaces (slugs have none). */
  @Column(name = "toolkit_slugs", nullable = false, length = 1000)
  private String toolkitSlugs;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected StoredActionPoint() {
    // for JPA
  }

  static StoredActionPoint add(
      String municipalityCode,
      String teamCode,
      UUID roundId,
      String createdBy,
      Instant now,
      ActionPointInput input) {
    StoredActionPoint point = new StoredActionPoint();
    point.id = UUID.randomUUID();
    point.municipalityCode = municipalityCode;
    point.teamCode = teamCode;
    point.roundId = roundId;
    point.createdBy = createdBy;
    point.createdAt = now.atOffset(ZoneOffset.UTC);
    point.change(input);
    return point;
  }

  void change(ActionPointInput input) {
    dimensionCode = input.dimensionCode();
    itemKey = input.itemKey().orElse(null);
    description = input.description().strip();
    owner = input.owner();
    dueOn = input.dueOn();
    status = input.status();
    toolkitSlugs = String.join(" ", input.toolkitSlugs());
  }

  void status(ActionStatus status) {
    this.status = status;
  }

  UUID id() {
    return id;
  }

  String municipalityCode() {
    return municipalityCode;
  }

  String teamCode() {
    return teamCode;
  }

  Optional<UUID> roundId() {
    return Optional.ofNullable(roundId);
  }

  String owner() {
    return owner;
  }

  long version() {
    return version;
  }

  ActionPoint view(String ownerName, LocalDate today) {
    return new ActionPoint(
        id,
        municipalityCode,
        teamCode,
        roundId(),
        dimensionCode,
        Optional.ofNullable(itemKey),
        description,
        owner,
        ownerName,
        dueOn,
        status,
        slugs(),
        overdueOn(today),
        version);
  }

  /** Past its due date and not done. */
  boolean overdueOn(LocalDate today) {
    return status != ActionStatus.DONE && dueOn.isBefore(today);
  }

  private List<String> slugs() {
    return toolkitSlugs.isBlank() ? List.of() : Arrays.asList(toolkitSlugs.split(" "));
  }
}
