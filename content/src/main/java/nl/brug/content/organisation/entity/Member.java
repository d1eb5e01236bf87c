package nl.brug.content.organisation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;

/**
 * Someone who signs in to Brug. Provisioned at the first sign-in and brought up to date at every
 * later one: name, municipality, team and roles always follow the identity provider.
 */
@Entity
public class Member {

  @Id private UUID id;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 150)
  private String displayName;

  @Column(name = "municipality_code", length = 16)
  private String municipalityCode;

  @Column(name = "team_code", length = 64)
  private String teamCode;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
  @Column(name = "role", length = 32)
  private Set<String> roles = new HashSet<>();

  // OffsetDateTime in UTC: EclipseLink 4 (JPA 3.1) has no Instant mapping.
  @Column(name = "first_sign_in", nullable = false)
  private OffsetDateTime firstSignIn;

  @Column(name = "last_sign_in", nullable = false)
  private OffsetDateTime lastSignIn;

  @Version private long version;

  protected Member() {
    // for JPA
  }

  /** A member as the identity provider first describes them. */
  public static Member provision(Caller caller, Instant now) {
    Member member = new Member();
    member.id = UUID.randomUUID();
    member.username = caller.username();
    member.firstSignIn = now.atOffset(ZoneOffset.UTC);
    member.signedIn(caller, now);
    return member;
  }

  /** Takes over what the identity provider says now; roles are replaced, not merged. */
  public void signedIn(Caller caller, Instant now) {
    if (!caller.username().equals(username)) {
      throw new IllegalArgumentException("Caller " + caller.username() + " is not " + username);
    }
    this.displayName = caller.displayName();
    this.municipalityCode = caller.municipalityCode();
    this.teamCode = caller.teamCode();
    this.roles.clear();
    this.roles.addAll(caller.roleIds());
    this.lastSignIn = Objects.requireNonNull(now, "now").atOffset(ZoneOffset.UTC);
  }

  public UUID getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public String getTeamCode() {
    return teamCode;
  }

  public Set<Role> getRoles() {
    Set<Role> known = EnumSet.noneOf(Role.class);
    roles.forEach(id -> Role.fromId(id).ifPresent(known::add));
    return Collections.unmodifiableSet(known);
  }

  public Instant getFirstSignIn() {
    return firstSignIn.toInstant();
  }

  public Instant getLastSignIn() {
    return lastSignIn.toInstant();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Member m && id.equals(m.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
