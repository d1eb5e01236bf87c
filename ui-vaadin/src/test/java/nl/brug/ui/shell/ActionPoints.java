package nl.brug.ui.shell;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.brug.auth.caller.Caller;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.ActionPointInput;
import nl.brug.content.assessment.ActionPointService;
import nl.brug.content.assessment.ActionStatus;
import nl.brug.ui.real.RealServices;

/** Action points as the tests put them in and read them back, through the real service. */
public final class ActionPoints {

  private final RealServices services;
  private final Rounds rounds;
  private final ActionPointService actionPoints;

  ActionPoints(RealServices services, Rounds rounds) {
    this.services = services;
    this.rounds = rounds;
    this.actionPoints = services.get(ActionPointService.class);
  }

  /**
   * An action point the round's team lead wrote down; one due in the past was written down a week
   * before it was due.
   */
  public ActionPoint seed(
      UUID roundId,
      String dimensionCode,
      String description,
      String owner,
      String ownerName,
      LocalDate dueOn,
      ActionStatus status) {
    Object[] where =
        services
            .rows(
                "select municipality_code, team_code from assessment_round where id = '"
                    + roundId
                    + "'")
            .get(0);
    Caller lead = Rounds.leadOf((String) where[0], (String) where[1]);
    LocalDate today = LocalDate.ofInstant(services.clock.instant(), Rounds.DUTCH_TIME);
    ActionPoint point =
        rounds.at(
            dueOn.isBefore(today)
                ? dueOn
                    .minusWeeks(1)
                    .atTime(LocalTime.of(9, 0))
                    .atZone(Rounds.DUTCH_TIME)
                    .toInstant()
                : services.clock.instant(),
            () ->
                actionPoints.add(
                    lead,
                    roundId,
                    new ActionPointInput(
                        dimensionCode,
                        Optional.empty(),
                        description,
                        owner,
                        dueOn,
                        status,
                        List.of())));
    if (!point.ownerName().equals(ownerName)) {
      throw new IllegalStateException(owner + " is " + point.ownerName() + ", not " + ownerName);
    }
    return actionPoints.actionPoint(lead, point.id());
  }

  /** Someone else changed the point in between: its team lead moved it a day later. */
  public void changedElsewhere(UUID id) {
    Object[] where =
        services
            .rows("select municipality_code, team_code from action_point where id = '" + id + "'")
            .get(0);
    Caller lead = Rounds.leadOf((String) where[0], (String) where[1]);
    ActionPoint point = actionPoints.actionPoint(lead, id);
    actionPoints.change(
        lead,
        id,
        new ActionPointInput(
            point.dimensionCode(),
            point.itemKey(),
            point.description(),
            point.owner(),
            point.dueOn().plusDays(1),
            point.status(),
            point.toolkitSlugs()),
        point.version());
  }

  /** Every action point of every team, oldest first, as its team lead sees them. */
  public List<ActionPoint> all() {
    return services
        .rows(
            "select id, municipality_code, team_code from action_point"
                + " order by created_at, id")
        .stream()
        .map(
            row ->
                actionPoints.actionPoint(
                    Rounds.leadOf((String) row[1], (String) row[2]), (UUID) row[0]))
        .toList();
  }
}
