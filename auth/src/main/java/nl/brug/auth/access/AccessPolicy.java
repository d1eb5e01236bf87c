package nl.brug.auth.access;

import java.util.Arrays;
import java.util.Objects;
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
   * @throws ActionNotAllowedException when the caller has none of the roles
   */
  public static void requireAnyRole(Caller caller, Role... roles) {
    if (Arrays.stream(roles).noneMatch(caller::hasRole)) {
      throw new ActionNotAllowedException(roles);
    }
  }
}
