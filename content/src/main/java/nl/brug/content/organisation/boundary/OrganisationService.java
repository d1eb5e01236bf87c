package nl.brug.content.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.signin.CallerSignedIn;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.organisation.entity.Member;
import nl.brug.content.organisation.entity.Municipality;
import nl.brug.content.organisation.entity.Team;

/**
 * Municipalities, their teams and the members who sign in. Which municipalities take part is
 * public; a municipality's teams and members are visible inside that municipality only.
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

  @PersistenceContext(unitName = "brug")
  private EntityManager em;

  private Clock clock;

  protected OrganisationService() {
    // for CDI proxies
  }

  @Inject
  public OrganisationService(Clock clock) {
    this.clock = clock;
  }

  /** Every municipality on the platform, by name. */
  public List<Municipality> municipalities() {
    return em.createQuery("select m from Municipality m order by m.name", Municipality.class)
        .getResultList();
  }

  /** The municipalities whose teams and members the caller may see, by name. */
  public List<Municipality> visibleTo(Caller caller) {
    return municipalities().stream().filter(m -> AccessPolicy.maySee(caller, m.getCode())).toList();
  }

  /**
   * @throws UnknownResourceException when there is no such municipality
   */
  public Municipality municipality(String code) {
    return findMunicipality(code)
        .orElseThrow(() -> new UnknownResourceException("municipality", code));
  }

  public Optional<Municipality> findMunicipality(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Municipality.class, code));
  }

  /**
   * The teams of a municipality the caller may see.
   *
   * @throws UnknownResourceException when the municipality does not exist or is not the caller's
   */
  public List<Team> teamsOf(Caller caller, String municipalityCode) {
    AccessPolicy.requireVisible(caller, municipalityCode, "municipality", municipalityCode);
    municipality(municipalityCode);
    return em.createQuery(
            "select t from Team t where t.municipalityCode = :code order by t.name", Team.class)
        .setParameter("code", municipalityCode)
        .getResultList();
  }

  public Optional<Team> findTeam(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return em.createQuery("select t from Team t where t.code = :code", Team.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /**
   * The members of a municipality, for the caller.
   *
   * @throws UnknownResourceException when the municipality is not the caller's
   */
  public List<Member> membersOf(Caller caller, String municipalityCode) {
    AccessPolicy.requireVisible(caller, municipalityCode, "municipality", municipalityCode);
    return em.createQuery(
            "select m from Member m where m.municipalityCode = :code order by m.displayName",
            Member.class)
        .setParameter("code", municipalityCode)
        .getResultList();
  }

  /** Every portal sign-in provisions or updates the member, from the identity only. */
  void onSignedIn(@Observes CallerSignedIn signedIn) {
    recordSignIn(signedIn.caller());
  }

  /** Provisions the member at their first sign-in and updates them from the identity after. */
  public Member recordSignIn(Caller caller) {
    Optional<Member> existing =
        em.createQuery("select m from Member m where m.username = :username", Member.class)
            .setParameter("username", caller.username())
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      existing.get().signedIn(caller, clock.instant());
      return existing.get();
    }
    Member member = Member.provision(caller, clock.instant());
    em.persist(member);
    return member;
  }

  /**
   * One team of a municipality the caller may see.
   *
   * @throws UnknownResourceException when there is no such team there, or it is not the caller's
   */
  public Team team(Caller caller, String municipalityCode, String teamCode) {
    AccessPolicy.requireVisible(caller, municipalityCode, "team", teamCode);
    return findTeam(teamCode)
        .filter(team -> team.getMunicipalityCode().equals(municipalityCode))
        .orElseThrow(() -> new UnknownResourceException("team", teamCode));
  }

  /**
   * Adds a team to a municipality: for its coordinator and admins.
   *
   * @throws UnknownResourceException when the municipality is not the caller's or does not exist
   * @throws nl.brug.auth.access.ActionNotAllowedException when the caller may not manage teams
   * @throws ConflictException when the team code is taken
   */
  public Team addTeam(Caller caller, String municipalityCode, String teamCode, String name) {
    AccessPolicy.requireOrganisationManager(caller, municipalityCode);
    municipality(municipalityCode);
    if (findTeam(teamCode).isPresent()) {
      throw new ConflictException(
          "refusal.team.codeTaken",
          "De teamcode '" + teamCode + "' is al in gebruik. Kies een andere code.",
          teamCode);
    }
    Team team = new Team(teamCode, municipalityCode, name.trim());
    em.persist(team);
    return team;
  }

  /** Adds the municipality unless it exists; used by set-up and demo data. */
  public Municipality ensureMunicipality(String code, String name) {
    return findMunicipality(code)
        .orElseGet(
            () -> {
              Municipality municipality = new Municipality(code, name);
              em.persist(municipality);
              return municipality;
            });
  }

  /** Adds the team unless a team with this code exists; used by set-up and demo data. */
  public Team ensureTeam(String code, String municipalityCode, String name) {
    municipality(municipalityCode);
    return findTeam(code)
        .orElseGet(
            () -> {
              Team team = new Team(code, municipalityCode, name);
              em.persist(team);
              return team;
            });
  }
}
