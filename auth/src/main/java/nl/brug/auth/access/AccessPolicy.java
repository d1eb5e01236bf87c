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

  // --- The toolkit -------------------------------------------------------------------------

  /**
   * Whether the caller may write, review, publish and restore toolkit items, their attachments and
   * translations, and see what editors see (drafts, history, items by status): experts.
   */
  public static boolean mayEditToolkit(Caller caller) {
    return has(caller, Role.EXPERT);
  }

  /**
   * @throws ActionNotAllowedException unless the caller may edit the toolkit
   */
  public static void requireToolkitEditor(Caller caller) {
    require(mayEditToolkit(caller), Role.EXPERT);
  }

  /** Whether the caller may edit the synonyms that search uses: experts. */
  public static boolean mayEditSynonyms(Caller caller) {
    return has(caller, Role.EXPERT);
  }

  /**
   * @throws ActionNotAllowedException unless the caller may edit the synonyms
   */
  public static void requireSynonymEditor(Caller caller) {
    require(mayEditSynonyms(caller), Role.EXPERT);
  }

  /** Whether the caller may rebuild the search index and follow its progress: admins. */
  public static boolean mayRebuildSearchIndex(Caller caller) {
    return has(caller, Role.ADMIN);
  }

  /**
   * @throws ActionNotAllowedException unless the caller may rebuild the search index
   */
  public static void requireSearchIndexRebuilder(Caller caller) {
    require(mayRebuildSearchIndex(caller), Role.ADMIN);
  }

  /**
   * Whether the caller may read how the server runs: metrics (heap, threads, pools) and the details
   * of the health checks (database product, identity provider address). Admins only.
   */
  public static boolean mayReadServerDetails(Caller caller) {
    return has(caller, Role.ADMIN);
  }

  // --- Self-assessment ---------------------------------------------------------------------

  /** Whether the caller may publish a (new version of a) self-assessment checklist: experts. */
  public static boolean mayPublishChecklist(Caller caller) {
    return has(caller, Role.EXPERT);
  }

  /**
   * @throws ActionNotAllowedException unless the caller may publish a checklist
   */
  public static void requireChecklistPublisher(Caller caller) {
    require(mayPublishChecklist(caller), Role.EXPERT);
  }

  /**
   * Whether the caller may start a self-assessment round for their own team: team leads. (Having a
   * team at all is checked with the round's other input.)
   */
  public static boolean mayStartRound(Caller caller) {
    return has(caller, Role.TEAM_LEAD);
  }

  /**
   * @throws ActionNotAllowedException unless the caller may start a round
   */
  public static void requireRoundStarter(Caller caller) {
    require(mayStartRound(caller), Role.TEAM_LEAD);
  }

  /** Whether the caller answers this team's rounds: its members. */
  public static boolean mayAnswerRound(Caller caller, String municipalityCode, String teamCode) {
    return isTeamMember(caller, municipalityCode, teamCode);
  }

  /**
   * @throws ActionNotAllowedException unless the caller answers this team's rounds
   */
  public static void requireRoundAnswerer(Caller caller, String municipalityCode, String teamCode) {
    require(mayAnswerRound(caller, municipalityCode, teamCode), Role.PROFESSIONAL, Role.TEAM_LEAD);
  }

  /** Whether the caller may close a round of this team early: the team's own team lead. */
  public static boolean mayCloseRound(Caller caller, String municipalityCode, String teamCode) {
    return has(caller, Role.TEAM_LEAD) && isTeamMember(caller, municipalityCode, teamCode);
  }

  /**
   * @throws ActionNotAllowedException unless the caller may close the team's rounds
   */
  public static void requireRoundCloser(Caller caller, String municipalityCode, String teamCode) {
    require(mayCloseRound(caller, municipalityCode, teamCode), Role.TEAM_LEAD);
  }

  /**
   * Whether the caller sees how every team of their municipality stands (newest round, scores,
   * action points) and the municipality beside the platform's benchmark: coordinators.
   */
  public static boolean maySeeTeamStandings(Caller caller) {
    return has(caller, Role.COORDINATOR);
  }

  /**
   * @throws ActionNotAllowedException unless the caller may see the team standings
   */
  public static void requireTeamStandingsReader(Caller caller) {
    require(maySeeTeamStandings(caller), Role.COORDINATOR);
  }

  /**
   * Whether the caller may add, change and remove this team's action points: the team's own team
   * lead.
   */
  public static boolean mayManageActionPoints(
      Caller caller, String municipalityCode, String teamCode) {
    return has(caller, Role.TEAM_LEAD) && isTeamMember(caller, municipalityCode, teamCode);
  }

  /**
   * @throws ActionNotAllowedException unless the caller may manage the team's action points
   */
  public static void requireActionPointManager(
      Caller caller, String municipalityCode, String teamCode) {
    require(mayManageActionPoints(caller, municipalityCode, teamCode), Role.TEAM_LEAD);
  }

  /**
   * Whether the caller may move an action point of this team, owned by this user, to another
   * status: its owner, if still on the team, or the team's team lead.
   */
  public static boolean mayChangeActionPointStatus(
      Caller caller, String municipalityCode, String teamCode, String ownerUsername) {
    Objects.requireNonNull(caller, "caller");
    return (isTeamMember(caller, municipalityCode, teamCode)
            && caller.username().equals(ownerUsername))
        || mayManageActionPoints(caller, municipalityCode, teamCode);
  }

  /**
   * @throws ActionNotAllowedException unless the caller may change the action point's status
   */
  public static void requireActionPointStatusChanger(
      Caller caller, String municipalityCode, String teamCode, String ownerUsername) {
    require(
        mayChangeActionPointStatus(caller, municipalityCode, teamCode, ownerUsername),
        Role.TEAM_LEAD);
  }

  private static boolean has(Caller caller, Role role) {
    Objects.requireNonNull(caller, "caller");
    return caller.hasRole(role);
  }

  private static void require(boolean allowed, Role... allowedRoles) {
    if (!allowed) {
      throw new ActionNotAllowedException(allowedRoles);
    }
  }

  /**
   * @throws ActionNotAllowedException when the caller has none of the roles
   */
  private static void requireAnyRole(Caller caller, Role... roles) {
    if (Arrays.stream(roles).noneMatch(caller::hasRole)) {
      throw new ActionNotAllowedException(roles);
    }
  }
}
