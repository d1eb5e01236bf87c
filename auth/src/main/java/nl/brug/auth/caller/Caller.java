package nl.brug.auth.caller;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 */
public record Caller(
    String username, String displayName, Set<Role> roles, String municipalityCode, String teamCode)
    implements Serializable {

  public Caller {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(Set<Role> wanted) {
    return wanted.stream().anyMatch(roles::contains);
  }

  public Optional<String> municipality() {
    return Optional.ofNullable(municipalityCode);
  }

  public Optional<String> team() {
    return Optional.ofNullable(teamCode);
  }
}
