package nl.brug.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import nl.brug.auth.caller.Role;
import nl.brug.content.assessment.Answer;
import nl.brug.content.assessment.AssessmentService;
import nl.brug.content.assessment.Benchmark;
import nl.brug.content.assessment.Checklist;
import nl.brug.content.assessment.ChecklistItem;
import nl.brug.content.assessment.ChecklistTemplates;
import nl.brug.content.assessment.InvalidAssessmentInputException;
import nl.brug.content.assessment.MyAnswers;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.SubmittedResponse;
import nl.brug.content.assessment.TeamStanding;
import nl.brug.content.assessment.TeamTrend;
import nl.brug.content.assessment.TemplateDocument;
import nl.brug.content.assessment.Trend;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Member;

/**
 * Self-assessment rounds and answers in memory, on the checklist Brug ships. Scoring is the real
 * domain code (RoundResults, Trend, Benchmark); who sees and does what follows AccessPolicy as the
 * real service does, with the same Dutch refusals, so that the portal's tests can fail for real.
 */
public final class StandInAssessment extends AssessmentService {

  static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  /** The checklist Brug ships, read as the real templates read it. */
  public static final TemplateDocument SHIPPED = readShipped();

  private final Clock clock;
  private final OrganisationService organisation;
  StandInActionPoints actionPoints;
  private final Map<UUID, StoredRound> rounds = new LinkedHashMap<>();
  private final Map<UUID, Map<String, Response>> responses = new HashMap<>();

  /** Every set of answers the portal saved, in order: what autosave sent. */
  public final List<Map<String, Answer>> saves = new ArrayList<>();

  static final class StoredRound {
    final UUID id = UUID.randomUUID();
    final String municipality;
    final String team;
    final String period;
    final LocalDate closesOn;
    boolean closedEarly;

    StoredRound(String municipality, String team, String period, LocalDate closesOn) {
      this.municipality = municipality;
      this.team = team;
      this.period = period;
      this.closesOn = closesOn;
    }
  }

  static final class Response {
    final Map<String, Answer> answers = new HashMap<>();
    long version;
    Instant submittedAt;
  }

  StandInAssessment(Clock clock, OrganisationService organisation) {
    this.clock = clock;
    this.organisation = organisation;
  }

  private static TemplateDocument readShipped() {
    return TemplateDocument.read(new java.io.StringReader(shippedJson()));
  }

  static String shippedJson() {
    try (InputStream in =
        ChecklistTemplates.class.getResourceAsStream(ChecklistTemplates.SHIPPED_TEMPLATE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The published versions of the shipped template, in memory; version 1 is Brug's own. */
  public static final class StandInTemplates extends ChecklistTemplates {
    private final List<String> versions = new java.util.ArrayList<>(List.of(shippedJson()));

    StandInTemplates(Clock clock) {
      super(clock);
    }

    @Override
    public TemplateDocument newestTemplate(String templateCode) {
      return TemplateDocument.read(new java.io.StringReader(newest(templateCode)));
    }

    @Override
    public String nextVersionDraft(String templateCode) {
      return TemplateDocument.withVersion(newest(templateCode), versions.size() + 1);
    }

    @Override
    public TemplateDocument publishTemplate(Caller caller, String json) {
      AccessPolicy.requireChecklistPublisher(caller);
      TemplateDocument document = TemplateDocument.read(new java.io.StringReader(json));
      if (!SHIPPED.code().equals(document.code()) || document.version() != versions.size() + 1) {
        throw new nl.brug.content.concurrency.ConflictException(
            "Van '" + document.code() + "' is de volgende versie " + (versions.size() + 1) + ".");
      }
      versions.add(json);
      return document;
    }

    /** How many versions are published. */
    public int publishedVersions() {
      return versions.size();
    }

    private String newest(String templateCode) {
      if (!SHIPPED.code().equals(templateCode)) {
        throw new UnknownResourceException("checklist-template", templateCode);
      }
      return versions.get(versions.size() - 1);
    }
  }

  // ---- seeding, as if it happened elsewhere ----

  /** A round of a team, started earlier. */
  public UUID seedRound(String municipality, String team, String period, LocalDate closesOn) {
    StoredRound round = new StoredRound(municipality, team, period, closesOn);
    rounds.put(round.id, round);
    return round.id;
  }

  /** A member handed in these answers. */
  public void seedHandedIn(UUID roundId, String member, Map<String, Answer> answers) {
    Response response = response(roundId, member);
    response.answers.putAll(answers);
    response.version++;
    response.submittedAt = clock.instant();
  }

  /** The member saved an answer in another tab. */
  public void savedInAnotherTab(UUID roundId, String member, String key, Answer answer) {
    Response response = response(roundId, member);
    response.answers.put(key, answer);
    response.version++;
  }

  public Map<String, Answer> answersOf(UUID roundId, String member) {
    return Map.copyOf(response(roundId, member).answers);
  }

  public boolean handedIn(UUID roundId, String member) {
    return response(roundId, member).submittedAt != null;
  }

  public List<UUID> roundIds() {
    return List.copyOf(rounds.keySet());
  }

  private Response response(UUID roundId, String member) {
    return responses
        .computeIfAbsent(roundId, r -> new HashMap<>())
        .computeIfAbsent(member, m -> new Response());
  }

  // ---- the service ----

  @Override
  public RoundSummary startRound(
      Caller caller, String templateCode, String period, LocalDate closesOn) {
    checkNewRound(caller, period, closesOn, today());
    if (!SHIPPED.code().equals(templateCode)) {
      throw new UnknownResourceException("checklist-template", templateCode);
    }
    UUID id = seedRound(caller.municipalityCode(), caller.teamCode(), period.strip(), closesOn);
    return summary(rounds.get(id));
  }

  @Override
  public List<RoundSummary> rounds(Caller caller) {
    return newestFirst().stream()
        .filter(r -> AccessPolicy.maySeeTeam(caller, r.municipality, r.team))
        .map(this::summary)
        .toList();
  }

  @Override
  public List<RoundSummary> roundsAwaiting(Caller caller) {
    if (caller.municipality().isEmpty() || caller.team().isEmpty()) {
      return List.of();
    }
    return rounds.values().stream()
        .filter(r -> AccessPolicy.isTeamMember(caller, r.municipality, r.team))
        .filter(this::open)
        .filter(r -> !handedIn(r.id, caller.username()))
        .sorted(Comparator.comparing(r -> r.closesOn))
        .map(this::summary)
        .toList();
  }

  @Override
  public List<TeamStanding> teamStandings(Caller caller) {
    AccessPolicy.requireTeamStandingsReader(caller);
    String municipality = caller.municipalityCode();
    Map<String, Long> members =
        organisation.membersOf(caller, municipality).stream()
            .filter(m -> m.getTeamCode() != null)
            .collect(Collectors.groupingBy(Member::getTeamCode, Collectors.counting()));
    return organisation.teamsOf(caller, municipality).stream()
        .map(
            team -> {
              List<StoredRound> ofTeam =
                  newestFirst().stream()
                      .filter(r -> r.municipality.equals(municipality))
                      .filter(r -> r.team.equals(team.getCode()))
                      .toList();
              Optional<StoredRound> shown =
                  ofTeam.stream().filter(r -> resultsOf(r).shown()).findFirst();
              int[] points = actionPoints.count(municipality, team.getCode());
              return new TeamStanding(
                  team.getCode(),
                  team.getName(),
                  members.getOrDefault(team.getCode(), 0L).intValue(),
                  ofTeam.stream().findFirst().map(this::summary),
                  shown.map(r -> resultsOf(r).overallScore()).orElse(OptionalDouble.empty()),
                  shown.map(r -> r.period),
                  points[0],
                  points[1]);
            })
        .toList();
  }

  @Override
  public RoundSummary round(Caller caller, UUID roundId) {
    return summary(visibleRound(caller, roundId));
  }

  @Override
  public TemplateDocument checklist(Caller caller, UUID roundId) {
    visibleRound(caller, roundId);
    return SHIPPED;
  }

  @Override
  public MyAnswers myAnswers(Caller caller, UUID roundId) {
    StoredRound round = memberRound(caller, roundId);
    Response response = responses.getOrDefault(round.id, Map.of()).get(caller.username());
    return response == null
        ? new MyAnswers(round.id, Map.of(), NOTHING_SAVED, Optional.empty())
        : view(round, response);
  }

  @Override
  public MyAnswers saveAnswers(
      Caller caller, UUID roundId, Map<String, Answer> answers, long expectedVersion) {
    StoredRound round = memberRound(caller, roundId);
    Response response = changeable(round, caller, expectedVersion);
    Checklist checklist = SHIPPED.checklist();
    answers.forEach((key, answer) -> check(checklist, key, answer));
    saves.add(Map.copyOf(answers));
    response.answers.putAll(answers);
    response.version++;
    return view(round, response);
  }

  @Override
  public MyAnswers submit(Caller caller, UUID roundId, long expectedVersion) {
    StoredRound round = memberRound(caller, roundId);
    Response response = changeable(round, caller, expectedVersion);
    response.submittedAt = clock.instant();
    response.version++;
    return view(round, response);
  }

  @Override
  public RoundSummary closeRound(Caller caller, UUID roundId) {
    StoredRound round = memberRound(caller, roundId);
    AccessPolicy.requireRoundCloser(caller, round.municipality, round.team);
    if (!open(round)) {
      throw new ConflictException("Deze ronde is al gesloten.");
    }
    round.closedEarly = true;
    return summary(round);
  }

  @Override
  public TeamTrend trend(Caller caller, String teamCode) {
    String team = teamCode == null || teamCode.isBlank() ? caller.teamCode() : teamCode;
    AccessPolicy.requireTeamVisible(
        caller, caller.municipalityCode(), team, "team", String.valueOf(team));
    List<StoredRound> ofTeam =
        rounds.values().stream()
            .filter(r -> r.municipality.equals(caller.municipalityCode()) && r.team.equals(team))
            .toList();
    return new TeamTrend(
        ofTeam.stream().map(this::summary).toList(),
        Trend.of(ofTeam.stream().map(this::resultsOf).toList()));
  }

  @Override
  public Benchmark benchmark(Caller caller, UUID roundId) {
    StoredRound own = visibleRound(caller, roundId);
    Map<String, RoundResults> latestPerTeam = new HashMap<>();
    rounds.values().stream()
        .filter(r -> !open(r))
        .forEach(r -> latestPerTeam.put(r.municipality + "/" + r.team, resultsOf(r)));
    String ownKey = own.municipality + "/" + own.team;
    latestPerTeam.put(ownKey, resultsOf(own));
    return Benchmark.of(Set.of(ownKey), latestPerTeam);
  }

  @Override
  public Benchmark municipalityBenchmark(Caller caller, String templateCode) {
    AccessPolicy.requireTeamStandingsReader(caller);
    Map<String, RoundResults> latestPerTeam = new HashMap<>();
    rounds.values().stream()
        .filter(r -> !open(r))
        .forEach(r -> latestPerTeam.put(r.municipality + "/" + r.team, resultsOf(r)));
    String own = caller.municipalityCode() + "/";
    return Benchmark.of(
        latestPerTeam.keySet().stream()
            .filter(k -> k.startsWith(own))
            .collect(java.util.stream.Collectors.toSet()),
        latestPerTeam);
  }

  @Override
  public RoundResults results(Caller caller, UUID roundId) {
    return resultsOf(visibleRound(caller, roundId));
  }

  // ---- as the real service decides ----

  StoredRound stored(UUID roundId) {
    return rounds.get(roundId);
  }

  StoredRound visibleRound(Caller caller, UUID roundId) {
    StoredRound round = roundId == null ? null : rounds.get(roundId);
    String id = String.valueOf(roundId);
    if (round == null) {
      throw new UnknownResourceException("assessment-round", id);
    }
    AccessPolicy.requireTeamVisible(caller, round.municipality, round.team, "assessment-round", id);
    return round;
  }

  private StoredRound memberRound(Caller caller, UUID roundId) {
    StoredRound round = visibleRound(caller, roundId);
    if (!AccessPolicy.isTeamMember(caller, round.municipality, round.team)) {
      throw new ActionNotAllowedException(Role.PROFESSIONAL, Role.TEAM_LEAD);
    }
    return round;
  }

  private Response changeable(StoredRound round, Caller caller, long expectedVersion) {
    Response response = responses.getOrDefault(round.id, Map.of()).get(caller.username());
    if (response != null && response.submittedAt != null) {
      throw new ConflictException("Je hebt je antwoorden al ingeleverd; ze veranderen niet meer.");
    }
    if (!open(round)) {
      throw new ConflictException("Deze ronde is gesloten; antwoorden kan niet meer.");
    }
    long current = response == null ? NOTHING_SAVED : response.version;
    if (current != expectedVersion) {
      throw new StaleVersionException(
          "Je antwoorden zijn intussen ergens anders opgeslagen (een ander tabblad?). Laad ze"
              + " opnieuw en vul aan.");
    }
    return response(round.id, caller.username());
  }

  private static void check(Checklist checklist, String key, Answer answer) {
    ChecklistItem item =
        checklist
            .item(key)
            .orElseThrow(
                () ->
                    new InvalidAssessmentInputException(
                        "De stelling '" + key + "' hoort niet bij deze ronde."));
    if (answer.kind() == Answer.Kind.STEP && !item.scale().contains(answer.step())) {
      throw new InvalidAssessmentInputException("Stelling '" + key + "': kies een antwoord.");
    }
  }

  private boolean open(StoredRound round) {
    return !round.closedEarly && !round.closesOn.isBefore(today());
  }

  private List<StoredRound> newestFirst() {
    List<StoredRound> all = new ArrayList<>(rounds.values());
    java.util.Collections.reverse(all);
    return all;
  }

  private RoundResults resultsOf(StoredRound round) {
    return RoundResults.of(
        SHIPPED.checklist(),
        responses.getOrDefault(round.id, Map.of()).values().stream()
            .filter(r -> r.submittedAt != null)
            .map(r -> new SubmittedResponse(r.answers))
            .toList());
  }

  private RoundSummary summary(StoredRound round) {
    int submitted =
        (int)
            responses.getOrDefault(round.id, Map.of()).values().stream()
                .filter(r -> r.submittedAt != null)
                .count();
    return new RoundSummary(
        round.id,
        round.municipality,
        round.team,
        SHIPPED.code(),
        SHIPPED.version(),
        SHIPPED.title(),
        round.period,
        round.closesOn,
        open(round),
        submitted);
  }

  private static MyAnswers view(StoredRound round, Response response) {
    return new MyAnswers(
        round.id, response.answers, response.version, Optional.ofNullable(response.submittedAt));
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(DUTCH_TIME));
  }
}
