package nl.brug.ui.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.assessment.Answer;
import nl.brug.content.assessment.AssessmentService;
import nl.brug.content.assessment.MyAnswers;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.ui.real.RealServices;

/**
 * Self-assessment rounds as the tests put them in and read them back: through the real {@link
 * AssessmentService}, as the team's lead and members would have, at the time they would have (a
 * round that closed already was started, and answered, three weeks before it closed).
 */
public final class Rounds {

  static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  private final RealServices services;
  private final AssessmentService assessment;

  /** When each seeded round was started: its members answered then. */
  private final Map<UUID, Instant> startedAt = new ConcurrentHashMap<>();

  Rounds(RealServices services) {
    this.services = services;
    this.assessment = services.get(AssessmentService.class);
  }

  /** The lead of a team: Marieke for Zwolle-Zuid, someone the demo accounts lack elsewhere. */
  static Caller leadOf(String municipality, String team) {
    return team.equals("zwolle-zuid")
        ? SeededPortal.caller("marieke")
        : new Caller(
            "lead-" + team, "Teamleider " + team, EnumSet.of(Role.TEAM_LEAD), municipality, team);
  }

  /** A round of the shipped checklist that the team's lead started; today, or long enough ago. */
  public UUID seedRound(String municipality, String team, String period, LocalDate closesOn) {
    Instant now = services.clock.instant();
    LocalDate today = LocalDate.ofInstant(now, DUTCH_TIME);
    Instant start =
        closesOn.isBefore(today)
            ? closesOn.minusWeeks(3).atTime(LocalTime.of(9, 0)).atZone(DUTCH_TIME).toInstant()
            : now;
    UUID id =
        at(
            start,
            () ->
                assessment
                    .startRound(
                        leadOf(municipality, team),
                        nl.brug.content.assessment.ChecklistTemplates.SHIPPED_CODE,
                        period,
                        closesOn)
                    .id());
    startedAt.put(id, start);
    return id;
  }

  /** A member saved these answers and handed them in, while the round was open. */
  public void seedHandedIn(UUID roundId, String member, Map<String, Answer> answers) {
    Caller caller = SeededPortal.caller(member);
    at(
        startedAt.getOrDefault(roundId, services.clock.instant()),
        () -> {
          MyAnswers saved =
              assessment.saveAnswers(
                  caller, roundId, answers, assessment.myAnswers(caller, roundId).version());
          return assessment.submit(caller, roundId, saved.version());
        });
  }

  /** The member saved an answer in another tab. */
  public void savedInAnotherTab(UUID roundId, String member, String key, Answer answer) {
    Caller caller = SeededPortal.caller(member);
    assessment.saveAnswers(
        caller, roundId, Map.of(key, answer), assessment.myAnswers(caller, roundId).version());
  }

  /** What the member's answers are, as stored. */
  public Map<String, Answer> answersOf(UUID roundId, String member) {
    return assessment.myAnswers(SeededPortal.caller(member), roundId).answers();
  }

  public boolean handedIn(UUID roundId, String member) {
    return assessment.myAnswers(SeededPortal.caller(member), roundId).submittedAt().isPresent();
  }

  /** Every round in the database, of any team. */
  public List<UUID> roundIds() {
    return services.queryIds("select id from assessment_round");
  }

  public List<RoundSummary> rounds(Caller caller) {
    return assessment.rounds(caller);
  }

  public RoundSummary round(Caller caller, UUID roundId) {
    return assessment.round(caller, roundId);
  }

  /** Does something at another time, then goes back to now. */
  <T> T at(Instant then, Supplier<T> work) {
    Instant now = services.clock.instant();
    services.clock.moveTo(then);
    try {
      return work.get();
    } finally {
      services.clock.moveTo(now);
    }
  }
}
