package nl.brug.content.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;

/** A social neighbourhood team (sociaal wijkteam) of one municipality. */
@Entity
public class Team {

  public static final int MAX_NAME_LENGTH = 120;

  /** A team code: lower-case letters, digits and hyphens, such as {@code zwolle-zuid}. */
  public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{1,63}";

  @Id private UUID id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(name = "municipality_code", nullable = false, length = 16)
  private String municipalityCode;

  @Column(nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Version private long version;

  protected Team() {
    // for JPA
  }

  public Team(String code, String municipalityCode, String name) {
    this.id = UUID.randomUUID();
    this.code = Objects.requireNonNull(code, "code");
    this.municipalityCode = Objects.requireNonNull(municipalityCode, "municipalityCode");
    this.name = Objects.requireNonNull(name, "name");
  }

  public UUID getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public String getName() {
    return name;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Team t && id.equals(t.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Team[" + code + " in " + municipalityCode + "]";
  }
}
