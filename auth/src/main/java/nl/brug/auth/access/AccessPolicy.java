package nl.brug.auth.access;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;

/**
 * The one place that decides what a caller may see and do: which municipality's data (tenancy) and
 * which actions their roles allow. Every feature asks it; none decides on its own.
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  /** Admins run the platform and see every municipality; everyone else sees their own. */
  public static boolean maySee(Caller caller, String municipalityCode) {
    Objects.requireNonNull(caller, "caller");
    if (caller.hasRole(Role.ADMIN)) {
      return true;
    }
    return municipalityCode != null && municipalityCode.equals(caller.municipalityCode());
  }

  /**
   * Which municipalities' data a caller sees, for queries that filter in the database: every
   * municipality, or the listed ones (national data is always visible).
   */
  public record MunicipalityScope(boolean every, Set<String> codes) {}

  public static MunicipalityScope municipalityScope(Caller caller) {
    Objects.requireNonNull(caller, "caller");
    if (caller.hasRole(Role.ADMIN)) {
      return new MunicipalityScope(true, Set.of());
    }
    return new MunicipalityScope(false, caller.municipality().map(Set::of).orElse(Set.of()));
  }

  /**
   * Whether a reader may open an item in this state: experts see drafts too, others only what is
   * published.
   */
  public static boolean maySeeUnpublished(Caller caller) {
    return caller.hasRole(Role.EXPERT);
  }

  /**
   * Whether the caller may see something with this scope: national ({@code null}) is for everyone,
   * a municipality's own for that municipality only.
   */
  public static boolean maySeeScope(Caller caller, String municipalityCodeOrNational) {
    return municipalityCodeOrNational == null || maySee(caller, municipalityCodeOrNational);
  }

  /**
   * Passes when the caller may see the municipality's data.
   *
   * @throws UnknownResourceException otherwise, as if the thing did not exist
   */
  public static void requireVisible(
      Caller caller, String municipalityCode, String kind, String id) {
    if (!maySee(caller, municipalityCode)) {
      throw new UnknownResourceException(kind, id);
    }
  }

  /**
   * Passes when the caller may manage the municipality's organisation (teams): its coordinator, or
   * an admin.
   *
   * @throws UnknownResourceException when the municipality is not the caller's
   * @throws ActionNotAllowedException when it is, but the caller's roles do not allow this
   */
  public static void requireOrganisationManager(Caller caller, String municipalityCode) {
    requireVisible(caller, municipalityCode, "municipality", municipalityCode);
    requireAnyRole(caller, Role.COORDINATOR, Role.ADMIN);
  }

  /**
   * Whether the caller may see a team's own data (its self-assessment rounds and results): the
   * team's members, and the coordinator of its municipality. Nobody else, admins included.
   */
  public static boolean maySeeTeam(Caller caller, String municipalityCode, String teamCode) {
    Objects.requireNonNull(caller, "caller");
    return isTeamMember(caller, municipalityCode, teamCode)
        || (caller.hasRole(Role.COORDINATOR)
            && municipalityCode != null
            && municipalityCode.equals(caller.municipalityCode()));
  }

  /**
   * Passes when the caller may see the team's own data.
   *
   * @throws UnknownResourceException otherwise, as if the thing did not exist
   */
  public static void requireTeamVisible(
      Caller caller, String municipalityCode, String teamCode, String kind, String id) {
    if (!maySeeTeam(caller, municipalityCode, teamCode)) {
      throw new UnknownResourceException(kind, id);
    }
  }

  /** Whether the caller belongs to this team of this municipality (and so answers its rounds). */
  public static boolean isTeamMember(Caller caller, String municipalityCode, String teamCode) {
    return municipalityCode != null
        && municipalityCode.equals(caller.municipalityCode())
        && teamCode != null
        && teamCode.equals(caller.teamCode());
  }

  /**
   * The municipalities whose content gaps (what professionals searched for and did not find) the
   * caller reads: an expert those they work for, a regional expert all of theirs, not only the
   * active one. Nobody reads other municipalities' gaps, admins included; an expert who works for
   * no municipality reads none.
   *
   * @throws ActionNotAllowedException when the caller is no expert
   */
  public static Set<String> contentGapMunicipalities(Caller caller) {
    requireAnyRole(caller, Role.EXPERT);
    return caller.municipalityCodes();
  }

  /**
   * @throws ActionNotAllowedException when the caller has none of the roles
   */
  public static void requireAnyRole(Caller caller, Role... roles) {
    if (Arrays.stream(roles).noneMatch(caller::hasRole)) {
      throw new ActionNotAllowedException(roles);
    }
  }
}
