package nl.brug.content.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Self-assessment history for the demo, so that results, trends, the benchmark, action points and
 * the coordinator's overview have something to show from the first start. Only the platform's demo
 * data calls this, never in production mode. Answers are drawn from a fixed seed per team, so each
 * start gives the same picture; a team that has any round already is left alone.
 */
@ApplicationScoped
@Transactional
public class DemoRounds {

  @PersistenceContext(unitName = "brug")
  EntityManager em;

  private Clock clock;
  private ChecklistTemplates templates;

  protected DemoRounds() {
    // for CDI proxies
  }

  @Inject
  public DemoRounds(Clock clock, ChecklistTemplates templates) {
    this.clock = clock;
    this.templates = templates;
  }

  /**
   * A team with two closed rounds a half year apart, the team growing between them, and an open
   * round in which all members but the first have handed in (so the first sees what awaits them);
   * action points of the last closed round, one of them overdue.
   *
   * @param members usernames of the team's members; the first has not handed in yet
   * @param lead the team lead's username, among the members
   */
  public void teamWithHistory(
      String municipalityCode, String teamCode, String lead, List<String> members) {
    if (hasRounds(municipalityCode, teamCode)) {
      return;
    }
    Random random = new Random(teamCode.hashCode());
    LocalDate today = LocalDate.now(clock.withZone(AssessmentService.DUTCH_TIME));
    closedRound(
        municipalityCode,
        teamCode,
        lead,
        "Najaar 2025",
        today.minusMonths(13),
        members,
        0.35,
        random);
    AssessmentRound spring =
        closedRound(
            municipalityCode,
            teamCode,
            lead,
            "Voorjaar 2026",
            today.minusMonths(7),
            members,
            0.5,
            random);
    AssessmentRound open =
        round(
            municipalityCode,
            teamCode,
            lead,
            "Najaar 2026",
            today.minusDays(7),
            today.plusDays(14));
    for (String member : members.subList(1, members.size())) {
      respond(open, member, 0.6, random, open.closesOn().minusDays(10));
    }
    Checklist checklist = spring.template().document().checklist();
    String owner = members.get(0);
    actionPoint(
        spring,
        lead,
        owner,
        "samenstelling",
        "samenstelling-talen",
        "Een overzicht maken van de talen die we in het team spreken, en dat bij de intake gebruiken",
        today.minusDays(20),
        ActionStatus.IN_PROGRESS,
        List.of("werken-met-een-tolk"),
        checklist);
    actionPoint(
        spring,
        lead,
        members.get(Math.min(1, members.size() - 1)),
        "samenwerking",
        null,
        "Kennismaken met twee migrantenorganisaties in de wijk en afspraken maken over doorverwijzen",
        today.plusMonths(2),
        ActionStatus.OPEN,
        List.of(),
        checklist);
    actionPoint(
        spring,
        lead,
        lead,
        "deskundigheid",
        null,
        "Teamtraining cultuursensitief werken plannen",
        today.minusMonths(2),
        ActionStatus.DONE,
        List.of(),
        checklist);
  }

  /**
   * A team with one closed round of four anonymous responses: the other teams of the benchmark.
   *
   * @param level how far along the team is, from 0 (just started) to 1 (everything embedded)
   */
  public void teamWithClosedRound(String municipalityCode, String teamCode, double level) {
    if (hasRounds(municipalityCode, teamCode)) {
      return;
    }
    Random random = new Random(teamCode.hashCode());
    LocalDate today = LocalDate.now(clock.withZone(AssessmentService.DUTCH_TIME));
    closedRound(
        municipalityCode,
        teamCode,
        "demo",
        "Voorjaar 2026",
        today.minusMonths(7),
        List.of("demo-1", "demo-2", "demo-3", "demo-4"),
        level,
        random);
  }

  private boolean hasRounds(String municipalityCode, String teamCode) {
    return !em.createQuery(
            "select r.id from AssessmentRound r where r.municipalityCode = :municipality"
                + " and r.teamCode = :team")
        .setParameter("municipality", municipalityCode)
        .setParameter("team", teamCode)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private AssessmentRound closedRound(
      String municipalityCode,
      String teamCode,
      String lead,
      String period,
      LocalDate started,
      List<String> members,
      double level,
      Random random) {
    AssessmentRound round =
        round(municipalityCode, teamCode, lead, period, started, started.plusWeeks(3));
    for (String member : members) {
      respond(round, member, level, random, started.plusWeeks(2));
    }
    return round;
  }

  private AssessmentRound round(
      String municipalityCode,
      String teamCode,
      String lead,
      String period,
      LocalDate started,
      LocalDate closesOn) {
    AssessmentRound round =
        AssessmentRound.start(
            templates.newestVersion(ChecklistTemplates.SHIPPED_CODE),
            municipalityCode,
            teamCode,
            period,
            closesOn,
            lead,
            instant(started));
    em.persist(round);
    return round;
  }

  /** Answers around the team's level, now and then "n.v.t." or "weet ik niet". */
  private void respond(
      AssessmentRound round, String member, double level, Random random, LocalDate handedIn) {
    Map<String, Answer> answers = new HashMap<>();
    for (ChecklistItem item : round.template().document().checklist().items()) {
      double draw = random.nextDouble();
      if (draw < 0.04) {
        answers.put(item.key(), Answer.NOT_APPLICABLE);
      } else if (draw < 0.09) {
        answers.put(item.key(), Answer.DONT_KNOW);
      } else {
        AnswerScale scale = item.scale();
        double position = Math.max(0, Math.min(1, level + random.nextGaussian() * 0.22));
        int step = scale.min() + (int) Math.round(position * (scale.max() - scale.min()));
        answers.put(item.key(), Answer.step(step));
      }
    }
    RoundResponse response = RoundResponse.empty(round.id(), member);
    response.answer(answers);
    response.submit(instant(handedIn));
    em.persist(response);
  }

  private void actionPoint(
      AssessmentRound round,
      String lead,
      String owner,
      String dimension,
      String item,
      String description,
      LocalDate dueOn,
      ActionStatus status,
      List<String> slugs,
      Checklist checklist) {
    if (checklist.dimension(dimension).isEmpty()
        || (item != null && checklist.item(item).isEmpty())) {
      return; // the shipped checklist changed its codes: leave the example out
    }
    em.persist(
        StoredActionPoint.add(
            round.municipalityCode(),
            round.teamCode(),
            round.id(),
            lead,
            clock.instant(),
            new ActionPointInput(
                dimension,
                java.util.Optional.ofNullable(item),
                description,
                owner,
                dueOn,
                status,
                slugs)));
  }

  private static Instant instant(LocalDate day) {
    return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
  }
}
