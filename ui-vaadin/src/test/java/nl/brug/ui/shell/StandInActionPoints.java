package nl.brug.ui.shell;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.ActionPointInput;
import nl.brug.content.assessment.ActionPointService;
import nl.brug.content.assessment.ActionStatus;
import nl.brug.content.assessment.InvalidAssessmentInputException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Member;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.ToolkitItem;

/**
 * Action points in memory, with the real service's rules and Dutch refusals: the team lead adds and
 * removes, the owner or team lead moves the status, the team and its coordinator read, anyone else
 * finds nothing; a due date in the past is refused; "te laat" is worked out from the clock.
 */
public final class StandInActionPoints extends ActionPointService {

  private static final Comparator<ActionPoint> WORK_ORDER =
      Comparator.comparing((ActionPoint p) -> p.status() == ActionStatus.DONE)
          .thenComparing(ActionPoint::dueOn)
          .thenComparing(ActionPoint::description);

  private final OrganisationService organisation;
  private final ToolkitService toolkit;
  private final StandInAssessment assessment;
  private final Map<UUID, ActionPoint> points = new LinkedHashMap<>();

  StandInActionPoints(
      OrganisationService organisation, ToolkitService toolkit, StandInAssessment assessment) {
    this.organisation = organisation;
    this.toolkit = toolkit;
    this.assessment = assessment;
    assessment.actionPoints = this;
  }

  /** An action point written down earlier, as it was then. */
  public ActionPoint seed(
      UUID roundId,
      String dimensionCode,
      String description,
      String owner,
      String ownerName,
      LocalDate dueOn,
      ActionStatus status) {
    StandInAssessment.StoredRound round = assessment.stored(roundId);
    ActionPoint point =
        new ActionPoint(
            UUID.randomUUID(),
            round.municipality,
            round.team,
            Optional.of(roundId),
            dimensionCode,
            Optional.empty(),
            description,
            owner,
            ownerName,
            dueOn,
            status,
            List.of(),
            false,
            1);
    points.put(point.id(), point);
    return point;
  }

  /** Someone else changed the point in between. */
  public void changedElsewhere(UUID id) {
    ActionPoint p = points.get(id);
    points.put(id, with(p, p.status(), p.version() + 1));
  }

  public List<ActionPoint> all() {
    return List.copyOf(points.values());
  }

  @Override
  public List<ActionPoint> ofRound(Caller caller, UUID roundId) {
    assessment.visibleRound(caller, roundId);
    return sorted(
        points.values().stream().filter(p -> p.roundId().equals(Optional.of(roundId))).toList());
  }

  @Override
  public List<ActionPoint> ofTeam(Caller caller, String teamCode) {
    String team = teamCode == null || teamCode.isBlank() ? caller.teamCode() : teamCode;
    AccessPolicy.requireTeamVisible(
        caller, caller.municipalityCode(), team, "team", String.valueOf(team));
    return sorted(
        points.values().stream()
            .filter(p -> p.municipalityCode().equals(caller.municipalityCode()))
            .filter(p -> p.teamCode().equals(team))
            .toList());
  }

  @Override
  public ActionPoint actionPoint(Caller caller, UUID id) {
    return current(visible(caller, id));
  }

  @Override
  public ActionPoint add(Caller caller, UUID roundId, ActionPointInput input) {
    StandInAssessment.StoredRound round = assessment.visibleRound(caller, roundId);
    requireTeamLead(caller, round.municipality, round.team);
    check(caller, round, input);
    if (input.dueOn().isBefore(assessment.today())) {
      throw new InvalidAssessmentInputException("De streefdatum ligt in het verleden.");
    }
    Map<String, String> names = names(caller, round.municipality);
    ActionPoint point =
        new ActionPoint(
            UUID.randomUUID(),
            round.municipality,
            round.team,
            Optional.of(roundId),
            input.dimensionCode(),
            input.itemKey(),
            input.description().strip(),
            input.owner(),
            names.getOrDefault(input.owner(), input.owner()),
            input.dueOn(),
            input.status(),
            input.toolkitSlugs(),
            false,
            1);
    points.put(point.id(), point);
    return current(point);
  }

  @Override
  public ActionPoint change(Caller caller, UUID id, ActionPointInput input, long expectedVersion) {
    ActionPoint point = visible(caller, id);
    requireTeamLead(caller, point.municipalityCode(), point.teamCode());
    StandInAssessment.StoredRound round =
        assessment.visibleRound(caller, point.roundId().orElseThrow());
    check(caller, round, input);
    requireVersion(point, expectedVersion);
    ActionPoint changed =
        new ActionPoint(
            point.id(),
            point.municipalityCode(),
            point.teamCode(),
            point.roundId(),
            input.dimensionCode(),
            input.itemKey(),
            input.description().strip(),
            input.owner(),
            names(caller, point.municipalityCode()).getOrDefault(input.owner(), input.owner()),
            input.dueOn(),
            input.status(),
            input.toolkitSlugs(),
            false,
            point.version() + 1);
    points.put(id, changed);
    return current(changed);
  }

  @Override
  public ActionPoint changeStatus(
      Caller caller, UUID id, ActionStatus status, long expectedVersion) {
    ActionPoint point = visible(caller, id);
    AccessPolicy.requireActionPointStatusChanger(
        caller, point.municipalityCode(), point.teamCode(), point.owner());
    requireVersion(point, expectedVersion);
    ActionPoint changed = with(point, status, point.version() + 1);
    points.put(id, changed);
    return current(changed);
  }

  @Override
  public void remove(Caller caller, UUID id, long expectedVersion) {
    ActionPoint point = visible(caller, id);
    requireTeamLead(caller, point.municipalityCode(), point.teamCode());
    requireVersion(point, expectedVersion);
    points.remove(id);
  }

  /** Open and overdue action points of a team, for the coordinator's overview. */
  int[] count(String municipality, String team) {
    List<ActionPoint> open =
        points.values().stream()
            .map(this::current)
            .filter(p -> p.municipalityCode().equals(municipality) && p.teamCode().equals(team))
            .filter(p -> p.status() != ActionStatus.DONE)
            .toList();
    return new int[] {open.size(), (int) open.stream().filter(ActionPoint::overdue).count()};
  }

  /** The service's own rule, with the team and toolkit as the stand-ins know them. */
  private void check(Caller caller, StandInAssessment.StoredRound round, ActionPointInput input) {
    Set<String> team =
        organisation.membersOf(caller, round.municipality).stream()
            .filter(m -> round.team.equals(m.getTeamCode()))
            .map(Member::getUsername)
            .collect(Collectors.toSet());
    Set<String> published =
        toolkit.published(caller, ToolkitService.Filter.ANY, 0, 1000).stream()
            .map(ToolkitItem::getSlug)
            .collect(Collectors.toSet());
    input.check(StandInAssessment.SHIPPED.checklist(), team, published);
  }

  private Map<String, String> names(Caller caller, String municipality) {
    return organisation.membersOf(caller, municipality).stream()
        .collect(Collectors.toMap(Member::getUsername, Member::getDisplayName, (a, b) -> a));
  }

  private static void requireTeamLead(Caller caller, String municipality, String team) {
    AccessPolicy.requireActionPointManager(caller, municipality, team);
  }

  private static void requireVersion(ActionPoint point, long expectedVersion) {
    if (point.version() != expectedVersion) {
      throw new StaleVersionException(
          "Iemand anders heeft dit actiepunt intussen veranderd. Laad het opnieuw en kijk of je"
              + " wijziging nog nodig is.");
    }
  }

  private ActionPoint visible(Caller caller, UUID id) {
    ActionPoint point = id == null ? null : points.get(id);
    if (point == null) {
      throw new UnknownResourceException("action-point", String.valueOf(id));
    }
    AccessPolicy.requireTeamVisible(
        caller, point.municipalityCode(), point.teamCode(), "action-point", String.valueOf(id));
    return point;
  }

  private List<ActionPoint> sorted(List<ActionPoint> found) {
    return found.stream().map(this::current).sorted(WORK_ORDER).toList();
  }

  /** As read today: overdue when past its due date and not done. */
  private ActionPoint current(ActionPoint p) {
    boolean overdue = p.status() != ActionStatus.DONE && p.dueOn().isBefore(assessment.today());
    return new ActionPoint(
        p.id(),
        p.municipalityCode(),
        p.teamCode(),
        p.roundId(),
        p.dimensionCode(),
        p.itemKey(),
        p.description(),
        p.owner(),
        p.ownerName(),
        p.dueOn(),
        p.status(),
        p.toolkitSlugs(),
        overdue,
        p.version());
  }

  private static ActionPoint with(ActionPoint p, ActionStatus status, long version) {
    return new ActionPoint(
        p.id(),
        p.municipalityCode(),
        p.teamCode(),
        p.roundId(),
        p.dimensionCode(),
        p.itemKey(),
        p.description(),
        p.owner(),
        p.ownerName(),
        p.dueOn(),
        status,
        p.toolkitSlugs(),
        p.overdue(),
        version);
  }
}
