package nl.brug.auth.caller;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is asking: the signed-in user as the identity provider describes them. Roles, municipality
 * and team always come from the identity (store or token), never from a request parameter.
 *
 * @param username stable login name
 * @param displayName name shown in the portal
 * @param roles the roles granted by the identity provider
 * @param municipalityCode CBS code of the municipality the caller works for (e.g. {@code GM0193}),
 *     or {@code null} for someone who works for no single municipality
 * @param teamCode code of the caller's team, or {@code null}
 * @param municipalityCodes every municipality the caller works for (a regional expert has several);
 *     contains {@code municipalityCode}, the active one, when that is set
 */
public record Caller(
    String username,
    String displayName,
    Set<Role> roles,
    String municipalityCode,
    String teamCode,
    Set<String> municipalityCodes)
    implements Serializable {

  public Caller {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    Set<String> all = new TreeSet<>(municipalityCodes == null ? Set.of() : municipalityCodes);
    if (municipalityCode != null) {
      all.add(municipalityCode);
    } else if (!all.isEmpty()) {
      throw new IllegalArgumentException("A caller of several municipalities has an active one");
    }
    municipalityCodes = Collections.unmodifiableSet(all);
  }

  /** A caller who works for one municipality (or none). */
  public Caller(
      String username,
      String displayName,
      Set<Role> roles,
      String municipalityCode,
      String teamCode) {
    this(username, displayName, roles, municipalityCode, teamCode, Set.of());
  }

  /**
   * The same caller working for another of their municipalities.
   *
   * @throws IllegalArgumentException when the caller does not work for that municipality
   */
  public Caller inMunicipality(String code) {
    if (!municipalityCodes.contains(code)) {
      throw new IllegalArgumentException(username + " does not work for municipality " + code);
    }
    return new Caller(username, displayName, roles, code, teamCode, municipalityCodes);
  }

  /** Whether the caller works for more than one municipality and may switch between them. */
  public boolean worksForSeveralMunicipalities() {
    return municipalityCodes.size() > 1;
  }

  /**
   * The ids of the caller's roles in the order of {@link Role}, to show or to store. Never to
   * decide on: what a caller may do is {@code AccessPolicy}'s question.
   */
  public List<String> roleIds() {
    return Arrays.stream(Role.values()).filter(roles::contains).map(Role::id).toList();
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Optional<String> municipality() {
    return Optional.ofNullable(municipalityCode);
  }

  public Optional<String> team() {
    return Optional.ofNullable(teamCode);
  }
}
