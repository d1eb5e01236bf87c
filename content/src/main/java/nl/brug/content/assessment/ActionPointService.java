package nl.brug.content.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Member;
import nl.brug.content.toolkit.boundary.ToolkitService;

/**
 * The action points a team agrees on after a round. The team lead writes them down and changes
 * them; the owner and the team lead move their status; the team and its coordinator read them.
 * Anyone else gets "not found", as for a round ({@link AccessPolicy#maySeeTeam}).
 */
@ApplicationScoped
@Transactional
public class ActionPointService {

  static final String ACTION_POINT = "action-point";

  /** The longest description, in characters. */
  public static final int MAX_DESCRIPTION = 1000;

  /** The most toolkit items one action point links to. */
  public static final int MAX_TOOLKIT_ITEMS = 10;

  static final String CHANGED_ELSEWHERE =
      "Iemand anders heeft dit actiepunt intussen veranderd. Laad het opnieuw en kijk of je"
          + " wijziging nog nodig is.";

  /** Open first, then by due date: what needs doing comes first. */
  static final Comparator<ActionPoint> WORK_ORDER =
      Comparator.comparing((ActionPoint p) -> p.status() == ActionStatus.DONE)
          .thenComparing(ActionPoint::dueOn)
          .thenComparing(ActionPoint::description);

  @PersistenceContext(unitName = "brug")
  EntityManager em;

  private Clock clock;
  private OrganisationService organisation;
  private ToolkitService toolkit;

  protected ActionPointService() {
    // for CDI proxies
  }

  @Inject
  public ActionPointService(Clock clock, OrganisationService organisation, ToolkitService toolkit) {
    this.clock = clock;
    this.organisation = organisation;
    this.toolkit = toolkit;
  }

  /** The action points that follow from a round, what needs doing first. */
  public List<ActionPoint> ofRound(Caller caller, UUID roundId) {
    AssessmentRound round = visibleRound(caller, roundId);
    return views(
        caller,
        round.municipalityCode(),
        em.createQuery(
                "select p from StoredActionPoint p where p.roundId = :round",
                StoredActionPoint.class)
            .setParameter("round", round.id())
            .getResultList());
  }

  /**
   * Every action point of a team over all its rounds, what needs doing first: the caller's own
   * team, or for a coordinator any team of their municipality.
   *
   * @throws UnknownResourceException when the team is not the caller's to see
   */
  public List<ActionPoint> ofTeam(Caller caller, String teamCode) {
    String team = AssessmentService.visibleTeam(caller, teamCode);
    return views(
        caller,
        caller.municipalityCode(),
        em.createQuery(
                "select p from StoredActionPoint p where p.municipalityCode = :municipality"
                    + " and p.teamCode = :team",
                StoredActionPoint.class)
            .setParameter("municipality", caller.municipalityCode())
            .setParameter("team", team)
            .getResultList());
  }

  /**
   * @throws UnknownResourceException when there is no such action point or it is not the caller's
   *     to see
   */
  public ActionPoint actionPoint(Caller caller, UUID id) {
    StoredActionPoint point = visible(caller, id);
    return view(caller, point);
  }

  /**
   * Writes down an action point following from a round: the team lead of the round's team.
   *
   * @throws ActionNotAllowedException unless the caller leads the round's team
   * @throws InvalidAssessmentInputException naming what is wrong; nothing is saved then
   */
  public ActionPoint add(Caller caller, UUID roundId, ActionPointInput input) {
    AssessmentRound round = visibleRound(caller, roundId);
    requireTeamLead(caller, round.municipalityCode(), round.teamCode());
    check(caller, round, input);
    if (input.dueOn().isBefore(today())) {
      throw new InvalidAssessmentInputException(
          "refusal.actionPoint.dueInThePast", "De streefdatum ligt in het verleden.");
    }
    StoredActionPoint point =
        StoredActionPoint.add(
            round.municipalityCode(),
            round.teamCode(),
            round.id(),
            caller.username(),
            clock.instant(),
            input);
    em.persist(point);
    em.flush();
    return view(caller, point);
  }

  /**
   * Changes what an action point says: the team lead.
   *
   * @throws StaleVersionException when someone changed it since {@code expectedVersion}
   */
  public ActionPoint change(Caller caller, UUID id, ActionPointInput input, long expectedVersion) {
    StoredActionPoint point = visible(caller, id);
    requireTeamLead(caller, point.municipalityCode(), point.teamCode());
    AssessmentRound round =
        point.roundId().map(r -> em.find(AssessmentRound.class, r)).orElseThrow();
    check(caller, round, input);
    requireVersion(point, expectedVersion);
    point.change(input);
    flushOrChangedElsewhere();
    return view(caller, point);
  }

  /**
   * Moves an action point to another status: its owner or the team lead.
   *
   * @throws StaleVersionException when someone changed it since {@code expectedVersion}
   */
  public ActionPoint changeStatus(
      Caller caller, UUID id, ActionStatus status, long expectedVersion) {
    StoredActionPoint point = visible(caller, id);
    AccessPolicy.requireActionPointStatusChanger(
        caller, point.municipalityCode(), point.teamCode(), point.owner());
    if (status == null) {
      throw new InvalidAssessmentInputException(
          "refusal.actionPoint.chooseStatus", "Kies een status: open, bezig of afgerond.");
    }
    requireVersion(point, expectedVersion);
    point.status(status);
    flushOrChangedElsewhere();
    return view(caller, point);
  }

  /**
   * Removes an action point: the team lead.
   *
   * @throws StaleVersionException when someone changed it since {@code expectedVersion}
   */
  public void remove(Caller caller, UUID id, long expectedVersion) {
    StoredActionPoint point = visible(caller, id);
    requireTeamLead(caller, point.municipalityCode(), point.teamCode());
    requireVersion(point, expectedVersion);
    em.remove(point);
    flushOrChangedElsewhere();
  }

  /** How many of a team's action points are not done, and how many of those are overdue. */
  ActionPointCount count(String municipalityCode, String teamCode) {
    LocalDate today = today();
    List<StoredActionPoint> points =
        em.createQuery(
                "select p from StoredActionPoint p where p.municipalityCode = :municipality"
                    + " and p.teamCode = :team and p.status <> :done",
                StoredActionPoint.class)
            .setParameter("municipality", municipalityCode)
            .setParameter("team", teamCode)
            .setParameter("done", ActionStatus.DONE)
            .getResultList();
    int overdue = (int) points.stream().filter(p -> p.overdueOn(today)).count();
    return new ActionPointCount(points.size(), overdue);
  }

  /** Open and overdue action points of a team. */
  record ActionPointCount(int open, int overdue) {}

  private void check(Caller caller, AssessmentRound round, ActionPointInput input) {
    Set<String> team =
        organisation.membersOf(caller, round.municipalityCode()).stream()
            .filter(m -> round.teamCode().equals(m.getTeamCode()))
            .map(Member::getUsername)
            .collect(Collectors.toSet());
    input.check(
        round.template().document().checklist(),
        team,
        toolkit.publishedTitles(caller, input.toolkitSlugs()).keySet());
  }

  private static void requireTeamLead(Caller caller, String municipalityCode, String teamCode) {
    AccessPolicy.requireActionPointManager(caller, municipalityCode, teamCode);
  }

  private static void requireVersion(StoredActionPoint point, long expectedVersion) {
    if (point.version() != expectedVersion) {
      throw new StaleVersionException("refusal.actionPoint.changedElsewhere", CHANGED_ELSEWHERE);
    }
  }

  private void flushOrChangedElsewhere() {
    try {
      em.flush();
    } catch (PersistenceException changedMeanwhile) {
      throw new StaleVersionException("refusal.actionPoint.changedElsewhere", CHANGED_ELSEWHERE);
    }
  }

  private AssessmentRound visibleRound(Caller caller, UUID roundId) {
    return AssessmentService.visibleRound(em, caller, roundId);
  }

  private StoredActionPoint visible(Caller caller, UUID id) {
    StoredActionPoint point = id == null ? null : em.find(StoredActionPoint.class, id);
    if (point == null) {
      throw new UnknownResourceException(ACTION_POINT, String.valueOf(id));
    }
    AccessPolicy.requireTeamVisible(
        caller, point.municipalityCode(), point.teamCode(), ACTION_POINT, String.valueOf(id));
    return point;
  }

  private ActionPoint view(Caller caller, StoredActionPoint point) {
    return views(caller, point.municipalityCode(), List.of(point)).get(0);
  }

  private List<ActionPoint> views(
      Caller caller, String municipalityCode, List<StoredActionPoint> points) {
    if (points.isEmpty()) {
      return List.of();
    }
    Map<String, String> names =
        organisation.membersOf(caller, municipalityCode).stream()
            .collect(Collectors.toMap(Member::getUsername, Member::getDisplayName, (a, b) -> a));
    LocalDate today = today();
    return points.stream()
        .map(p -> p.view(names.getOrDefault(p.owner(), p.owner()), today))
        .sorted(WORK_ORDER)
        .toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(AssessmentService.DUTCH_TIME));
  }
}
