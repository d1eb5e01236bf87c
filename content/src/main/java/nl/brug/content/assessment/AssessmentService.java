package nl.brug.content.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Member;

/**
 * Self-assessment rounds of teams: a team lead starts one on the newest published template version,
 * each member answers on their own (saved as they go) until handing in or the closing date, and
 * results come from handed-in answers only, without names. A round and its results are for the team
 * and its municipality's coordinator ({@link AccessPolicy#maySeeTeam}); anyone else gets "not
 * found". Nobody but the member reads a member's answers.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

  static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
  static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
  static final String ROUND = "assessment-round";

  /** The version of answers nobody saved yet. */
  public static final long NOTHING_SAVED = 0;

  static final String SAVED_ELSEWHERE =
      "Je antwoorden zijn intussen ergens anders opgeslagen (een ander tabblad?). Laad ze"
          + " opnieuw en vul aan.";

  @PersistenceContext(unitName = "brug")
  EntityManager em;

  private Clock clock;
  private ChecklistTemplates templates;
  private OrganisationService organisation;
  private ActionPointService actionPoints;

  protected AssessmentService() {
    // for CDI proxies
  }

  @Inject
  public AssessmentService(
      Clock clock,
      ChecklistTemplates templates,
      OrganisationService organisation,
      ActionPointService actionPoints) {
    this.clock = clock;
    this.templates = templates;
    this.organisation = organisation;
    this.actionPoints = actionPoints;
  }

  /**
   * Starts a round for the caller's own team on the newest version of the template.
   *
   * @throws ActionNotAllowedException unless the caller is a team lead
   * @throws InvalidAssessmentInputException for a missing period, a closing date in the past, or a
   *     team lead without a team
   */
  public RoundSummary startRound(
      Caller caller, String templateCode, String period, LocalDate closesOn) {
    checkNewRound(caller, period, closesOn, today());
    ChecklistTemplate template = templates.newestVersion(templateCode);
    AssessmentRound round =
        AssessmentRound.start(
            template,
            caller.municipalityCode(),
            caller.teamCode(),
            period.strip(),
            closesOn,
            caller.username(),
            clock.instant());
    em.persist(round);
    return summary(round);
  }

  /**
   * What a new round needs: a team lead with a team, a period of at most 80 characters and a
   * closing date from today on.
   *
   * @throws ActionNotAllowedException unless the caller is a team lead
   * @throws InvalidAssessmentInputException naming what is missing, in Dutch
   */
  public static void checkNewRound(
      Caller caller, String period, LocalDate closesOn, LocalDate today) {
    AccessPolicy.requireRoundStarter(caller);
    if (caller.team().isEmpty() || caller.municipality().isEmpty()) {
      throw new InvalidAssessmentInputException(
          "refusal.round.noTeam", "Je bent aan geen team gekoppeld; een ronde hoort bij een team.");
    }
    if (period == null || period.isBlank() || period.strip().length() > 80) {
      throw new InvalidAssessmentInputException(
          "refusal.round.period",
          "Geef de periode van de ronde een naam van hoogstens 80 tekens, bijvoorbeeld"
              + " 'Voorjaar 2027'.");
    }
    if (closesOn == null || closesOn.isBefore(today)) {
      throw new InvalidAssessmentInputException(
          "refusal.round.closesInThePast", "De sluitingsdatum ligt in het verleden.");
    }
  }

  /** The rounds of the caller's team, or of every team of their municipality for a coordinator. */
  public List<RoundSummary> rounds(Caller caller) {
    if (caller.municipality().isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from AssessmentRound r where r.municipalityCode = :municipality"
                + " order by r.startedAt desc",
            AssessmentRound.class)
        .setParameter("municipality", caller.municipalityCode())
        .getResultStream()
        .filter(r -> AccessPolicy.maySeeTeam(caller, r.municipalityCode(), r.teamCode()))
        .map(this::summary)
        .toList();
  }

  /**
   * The open rounds of the caller's team they have not handed in yet, the soonest closing first:
   * what the portal tells them when they come in.
   */
  public List<RoundSummary> roundsAwaiting(Caller caller) {
    if (caller.municipality().isEmpty() || caller.team().isEmpty()) {
      return List.of();
    }
    LocalDate today = today();
    return em.createQuery(
            "select r from AssessmentRound r where r.municipalityCode = :municipality"
                + " and r.teamCode = :team and r.closedAt is null and r.closesOn >= :today"
                + " and not exists (select s from RoundResponse s where s.roundId = r.id"
                + " and s.member = :member and s.submittedAt is not null)"
                + " order by r.closesOn",
            AssessmentRound.class)
        .setParameter("municipality", caller.municipalityCode())
        .setParameter("team", caller.teamCode())
        .setParameter("today", today)
        .setParameter("member", caller.username())
        .getResultStream()
        .filter(r -> r.openOn(today))
        .map(this::summary)
        .toList();
  }

  /**
   * Every team of the coordinator's municipality: its newest round and how many handed in, its
   * latest shown overall score, and its open and overdue action points.
   *
   * @throws ActionNotAllowedException unless the caller is a coordinator
   */
  public List<TeamStanding> teamStandings(Caller caller) {
    AccessPolicy.requireTeamStandingsReader(caller);
    String municipality = caller.municipalityCode();
    Map<String, Long> members =
        organisation.membersOf(caller, municipality).stream()
            .filter(m -> m.getTeamCode() != null)
            .collect(Collectors.groupingBy(Member::getTeamCode, Collectors.counting()));
    Map<String, List<AssessmentRound>> roundsPerTeam =
        em.createQuery(
                "select r from AssessmentRound r where r.municipalityCode = :municipality"
                    + " order by r.startedAt desc",
                AssessmentRound.class)
            .setParameter("municipality", municipality)
            .getResultStream()
            .collect(Collectors.groupingBy(AssessmentRound::teamCode));
    return organisation.teamsOf(caller, municipality).stream()
        .map(
            team -> {
              List<AssessmentRound> rounds = roundsPerTeam.getOrDefault(team.getCode(), List.of());
              Optional<Map.Entry<AssessmentRound, RoundResults>> shown =
                  rounds.stream()
                      .map(r -> Map.entry(r, resultsOf(r)))
                      .filter(e -> e.getValue().shown())
                      .findFirst();
              ActionPointService.ActionPointCount points =
                  actionPoints.count(municipality, team.getCode());
              return new TeamStanding(
                  team.getCode(),
                  team.getName(),
                  members.getOrDefault(team.getCode(), 0L).intValue(),
                  rounds.stream().findFirst().map(this::summary),
                  shown.map(e -> e.getValue().overallScore()).orElse(OptionalDouble.empty()),
                  shown.map(e -> e.getKey().period()),
                  points.open(),
                  points.overdue());
            })
        .toList();
  }

  /**
   * @throws UnknownResourceException when there is no such round, or it is not for the caller
   */
  public RoundSummary round(Caller caller, UUID roundId) {
    return summary(visibleRound(caller, roundId));
  }

  /** The statements of the round's template version, as the round started with it. */
  public TemplateDocument checklist(Caller caller, UUID roundId) {
    return visibleRound(caller, roundId).template().document();
  }

  /**
   * The caller's own answers; on first look none, with version {@link #NOTHING_SAVED}. Only members
   * of the team answer. Looking never writes.
   */
  public MyAnswers myAnswers(Caller caller, UUID roundId) {
    AssessmentRound round = memberRound(caller, roundId);
    return ownResponse(round, caller)
        .map(response -> view(round, response))
        .orElseGet(() -> new MyAnswers(round.id(), Map.of(), NOTHING_SAVED, Optional.empty()));
  }

  /**
   * Saves some of the caller's answers (added to those saved before), as long as the round is open
   * and they have not handed in, and nobody saved in between ({@code expectedVersion}).
   *
   * @throws InvalidAssessmentInputException naming a statement that is not in the round or an
   *     answer off its scale; nothing is saved then
   * @throws StaleVersionException when the answers changed since {@code expectedVersion} (another
   *     tab)
   * @throws ConflictException when the round closed or the answers were handed in
   */
  public MyAnswers saveAnswers(
      Caller caller, UUID roundId, Map<String, Answer> answers, long expectedVersion) {
    AssessmentRound round = memberRound(caller, roundId);
    RoundResponse response = changeableResponse(round, caller, expectedVersion);
    Checklist checklist = round.template().document().checklist();
    answers.forEach((key, answer) -> check(checklist, key, answer));
    Map<String, Answer> merged = new HashMap<>(response.answers());
    merged.putAll(answers);
    response.answer(merged);
    flushOrSavedElsewhere();
    return view(round, response);
  }

  /**
   * Hands in the caller's answers: from now on they count in the results and no longer change.
   *
   * @throws StaleVersionException when the answers changed since {@code expectedVersion}
   * @throws ConflictException when the round closed or the answers were handed in already
   */
  public MyAnswers submit(Caller caller, UUID roundId, long expectedVersion) {
    AssessmentRound round = memberRound(caller, roundId);
    RoundResponse response = changeableResponse(round, caller, expectedVersion);
    response.submit(clock.instant());
    flushOrSavedElsewhere();
    return view(round, response);
  }

  /**
   * Closes the round now (the team lead of its team): answers no longer change, and the round
   * counts in other teams' benchmark.
   *
   * @throws ConflictException when it is closed already
   */
  public RoundSummary closeRound(Caller caller, UUID roundId) {
    AssessmentRound round = memberRound(caller, roundId);
    AccessPolicy.requireRoundCloser(caller, round.municipalityCode(), round.teamCode());
    if (!round.openOn(today())) {
      throw new ConflictException("refusal.round.alreadyClosed", "Deze ronde is al gesloten.");
    }
    round.closeEarly(clock.instant());
    em.flush();
    return summary(round);
  }

  /**
   * The trend of a team over its rounds, oldest first: the caller's own team, or for a coordinator
   * any team of their municipality.
   *
   * @return the rounds in order, and per dimension (and unchanged statement) the means
   * @throws UnknownResourceException when the team is not the caller's to see
   */
  public TeamTrend trend(Caller caller, String teamCode) {
    String team = visibleTeam(caller, teamCode);
    List<AssessmentRound> rounds =
        em.createQuery(
                "select r from AssessmentRound r where r.municipalityCode = :municipality"
                    + " and r.teamCode = :team order by r.startedAt",
                AssessmentRound.class)
            .setParameter("municipality", caller.municipalityCode())
            .setParameter("team", team)
            .getResultList();
    return new TeamTrend(
        rounds.stream().map(this::summary).toList(),
        Trend.of(rounds.stream().map(this::resultsOf).toList()));
  }

  /**
   * The round's team beside the anonymous aggregate of every other team's latest closed round on
   * the same template version (any municipality: only the aggregate leaves), shown from {@link
   * Benchmark#MINIMUM_OTHER_TEAMS} other teams on.
   */
  public Benchmark benchmark(Caller caller, UUID roundId) {
    AssessmentRound own = visibleRound(caller, roundId);
    Checklist checklist = own.template().document().checklist(); // one version: read it once
    Map<String, RoundResults> latestPerTeam = latestClosedPerTeam(own.template(), checklist);
    latestPerTeam.put(teamKey(own), resultsOf(own, checklist));
    return Benchmark.of(Set.of(teamKey(own)), latestPerTeam);
  }

  /**
   * The coordinator's municipality beside the anonymous aggregate of every other team on the
   * platform: per team its latest closed round on the newest version of the template, each team
   * weighing the same, shown from {@link Benchmark#MINIMUM_OTHER_TEAMS} other teams on.
   *
   * @throws ActionNotAllowedException unless the caller is a coordinator
   */
  public Benchmark municipalityBenchmark(Caller caller, String templateCode) {
    AccessPolicy.requireTeamStandingsReader(caller);
    ChecklistTemplate template = templates.newestVersion(templateCode);
    Map<String, RoundResults> latestPerTeam =
        latestClosedPerTeam(template, template.document().checklist());
    String own = caller.municipalityCode() + "/";
    return Benchmark.of(
        latestPerTeam.keySet().stream()
            .filter(team -> team.startsWith(own))
            .collect(Collectors.toSet()),
        latestPerTeam);
  }

  /** Every team's latest closed round on this template version, by municipality/team. */
  private Map<String, RoundResults> latestClosedPerTeam(
      ChecklistTemplate template, Checklist checklist) {
    Map<String, RoundResults> latestPerTeam = new HashMap<>();
    List<AssessmentRound> rounds =
        em.createQuery(
                "select r from AssessmentRound r where r.template = :template"
                    + " order by r.startedAt",
                AssessmentRound.class)
            .setParameter("template", template)
            .getResultList();
    LocalDate today = today();
    for (AssessmentRound round : rounds) {
      if (!round.openOn(today)) {
        latestPerTeam.put(teamKey(round), resultsOf(round, checklist));
      }
    }
    return latestPerTeam;
  }

  /**
   * The round's results from handed-in answers, shown from {@link RoundResults#MINIMUM_RESPONSES}
   * responses on.
   */
  public RoundResults results(Caller caller, UUID roundId) {
    return resultsOf(visibleRound(caller, roundId));
  }

  private RoundResults resultsOf(AssessmentRound round) {
    return resultsOf(round, round.template().document().checklist());
  }

  private RoundResults resultsOf(AssessmentRound round, Checklist checklist) {
    List<SubmittedResponse> submitted =
        submittedResponses(round.id()).stream()
            .map(r -> new SubmittedResponse(r.answers()))
            .toList();
    return RoundResults.of(checklist, submitted);
  }

  private static String teamKey(AssessmentRound round) {
    return round.municipalityCode() + "/" + round.teamCode();
  }

  /**
   * A team of the caller's municipality named by its code (none: the caller's own), if the caller
   * may see it; otherwise "not found".
   */
  static String visibleTeam(Caller caller, String teamCode) {
    String team = teamCode == null || teamCode.isBlank() ? caller.teamCode() : teamCode;
    AccessPolicy.requireTeamVisible(
        caller, caller.municipalityCode(), team, "team", String.valueOf(team));
    return team;
  }

  private AssessmentRound visibleRound(Caller caller, UUID roundId) {
    return visibleRound(em, caller, roundId);
  }

  /**
   * The round, if the caller may see its team ({@link AccessPolicy#maySeeTeam}); otherwise "not
   * found", exactly as for an id that never existed. Action points use it too.
   */
  static AssessmentRound visibleRound(EntityManager em, Caller caller, UUID roundId) {
    AssessmentRound round = roundId == null ? null : em.find(AssessmentRound.class, roundId);
    String id = String.valueOf(roundId);
    if (round == null) {
      throw new UnknownResourceException(ROUND, id);
    }
    AccessPolicy.requireTeamVisible(caller, round.municipalityCode(), round.teamCode(), ROUND, id);
    return round;
  }

  private AssessmentRound memberRound(Caller caller, UUID roundId) {
    AssessmentRound round = visibleRound(caller, roundId);
    AccessPolicy.requireRoundAnswerer(caller, round.municipalityCode(), round.teamCode());
    return round;
  }

  private Optional<RoundResponse> ownResponse(AssessmentRound round, Caller caller) {
    return em.createQuery(
            "select r from RoundResponse r where r.roundId = :round and r.member = :member",
            RoundResponse.class)
        .setParameter("round", round.id())
        .setParameter("member", caller.username())
        .getResultStream()
        .findFirst();
  }

  /** The caller's response to change, created at the first save. */
  private RoundResponse changeableResponse(
      AssessmentRound round, Caller caller, long expectedVersion) {
    RoundResponse response = ownResponse(round, caller).orElse(null);
    if (response != null && response.submittedAt().isPresent()) {
      throw new ConflictException(
          "refusal.answers.handedIn",
          "Je hebt je antwoorden al ingeleverd; ze veranderen niet meer.");
    }
    if (!round.openOn(today())) {
      String closesOn = DUTCH_DATE.format(round.closesOn());
      throw new ConflictException(
          "refusal.answers.roundClosed",
          "Deze ronde is gesloten; antwoorden kan niet meer (sluitingsdatum " + closesOn + ").",
          closesOn);
    }
    long current = response == null ? NOTHING_SAVED : response.version();
    if (current != expectedVersion) {
      throw new StaleVersionException("refusal.answers.savedElsewhere", SAVED_ELSEWHERE);
    }
    if (response == null) {
      response = RoundResponse.empty(round.id(), caller.username());
      em.persist(response);
    }
    return response;
  }

  /**
   * Writes now, so that two tabs saving at the same moment (both from the same version, or both the
   * first save) end in "saved elsewhere" for one of them rather than an error.
   */
  private void flushOrSavedElsewhere() {
    try {
      em.flush();
    } catch (PersistenceException savedMeanwhile) {
      throw new StaleVersionException("refusal.answers.savedElsewhere", SAVED_ELSEWHERE);
    }
  }

  private static void check(Checklist checklist, String key, Answer answer) {
    ChecklistItem item =
        checklist
            .item(key)
            .orElseThrow(
                () ->
                    new InvalidAssessmentInputException(
                        "refusal.answers.unknownStatement",
                        "De stelling '" + key + "' hoort niet bij deze ronde.",
                        key));
    if (answer == null) {
      throw new InvalidAssessmentInputException(
          "refusal.answers.none", "Stelling '" + key + "': er is geen antwoord.", key);
    }
    if (answer.kind() == Answer.Kind.STEP && !item.scale().contains(answer.step())) {
      throw new InvalidAssessmentInputException(
          "refusal.answers.outOfScale",
          "Stelling '"
              + key
              + "': kies een antwoord van "
              + item.scale().min()
              + " tot en met "
              + item.scale().max()
              + ", 'niet van toepassing' of 'weet ik niet'.",
          key,
          item.scale().min(),
          item.scale().max());
    }
  }

  private List<RoundResponse> submittedResponses(UUID roundId) {
    return em.createQuery(
            "select r from RoundResponse r where r.roundId = :round and r.submittedAt is not null",
            RoundResponse.class)
        .setParameter("round", roundId)
        .getResultList();
  }

  private RoundSummary summary(AssessmentRound round) {
    ChecklistTemplate template = round.template();
    return new RoundSummary(
        round.id(),
        round.municipalityCode(),
        round.teamCode(),
        template.code(),
        template.versionNumber(),
        template.title(),
        round.period(),
        round.closesOn(),
        round.openOn(today()),
        Math.toIntExact(
            em.createQuery(
                    "select count(r) from RoundResponse r where r.roundId = :round"
                        + " and r.submittedAt is not null",
                    Long.class)
                .setParameter("round", round.id())
                .getSingleResult()));
  }

  private MyAnswers view(AssessmentRound round, RoundResponse response) {
    return new MyAnswers(
        round.id(), response.answers(), response.version(), response.submittedAt());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DUTCH_TIME));
  }
}
