package nl.brug.platform.api.assessment;

import static nl.brug.platform.api.ApiClient.assertProblem;
import static nl.brug.platform.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.brug.platform.api.ApiClient;
import nl.brug.platform.api.PlatformIT;
import nl.brug.platform.api.TestIdentityProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A diversity self-assessment round over REST on the real WAR: a team lead of Zwolle-Zuid starts it
 * on Brug's own template, members answer on their own and hand in, and results appear from three
 * responses on, without names. Another team, another municipality and a guessed id all get 404;
 * nobody reads another member's answers.
 */
public abstract class AssessmentRoundsChecks {

  private static final String ROUNDS = "/api/v1/assessment-rounds";
  private static final String TEMPLATES = "/api/v1/checklist-templates";
  private static final String TEAM_LEAD = "marieke:demo";
  private static final String SANNE = "sanne:demo";
  private static final String HILVERSUM_PROFESSIONAL = "youssef:demo";
  private static final String COORDINATOR = "ingrid:demo";

  final URL base = PlatformIT.base();

  private ApiClient api;

  @BeforeAll
  static void identityProvider() {
    TestIdentityProvider.start();
  }

  @BeforeEach
  void client() {
    api = new ApiClient(base);
  }

  /** A member of a Zwolle team as Keycloak would describe them. */
  private static String zwolleMember(String username, String team) {
    return TestIdentityProvider.bearer(
        c ->
            c.subject("it-" + username)
                .claim("preferred_username", username)
                .claim("name", username)
                .claim("groups", List.of("professional"))
                .claim("municipality", "GM0193")
                .claim("team", team));
  }

  private String startRound(String period) throws Exception {
    JsonObject round = startRound(period, "brug-diversiteitsscan");
    // Brug's own template is only ever at version 1 in these tests
    assertThat(round.getInt("templateVersion")).isEqualTo(1);
    return round.getString("id");
  }

  private JsonObject startRound(String period, String template) throws Exception {
    HttpResponse<String> started =
        api.post(
            ROUNDS,
            TEAM_LEAD,
            "{\"period\":\""
                + period
                + "\",\"templateCode\":\""
                + template
                + "\",\"closesOn\":\""
                + LocalDate.now().plusDays(30)
                + "\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject round = json(started).asJsonObject();
    assertThat(round.getString("templateCode")).isEqualTo(template);
    assertThat(round.getString("teamCode")).isEqualTo("zwolle-zuid");
    return round;
  }

  private String etag(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private String answer(String round, String who, String answersJson) throws Exception {
    String etag = etag(api.get(ROUNDS + "/" + round + "/my-answers", who));
    return etag(
        api.put(
            ROUNDS + "/" + round + "/my-answers", who, "{\"answers\":" + answersJson + "}", etag));
  }

  private void handIn(String round, String who, String answersJson) throws Exception {
    String etag = answer(round, who, answersJson);
    HttpResponse<String> submitted =
        api.post(ROUNDS + "/" + round + "/my-answers/submission", who, "", etag);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
  }

  private JsonObject results(String round, String who) throws Exception {
    HttpResponse<String> results = api.get(ROUNDS + "/" + round + "/results", who);
    assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
    return json(results).asJsonObject();
  }

  @Test
  void membersAnswerOnTheirOwn_andResultsAppearFromThreeHandedIn_withoutNames() throws Exception {
    String round = startRound("Voorjaar 2027");
    String kees = zwolleMember("kees", "zwolle-zuid");

    handIn(round, SANNE, "{\"samenstelling-talen\":\"4\",\"samenstelling-afspiegeling\":\"nvt\"}");
    JsonObject early = results(round, TEAM_LEAD);
    assertThat(early.getBoolean("shown")).isFalse();
    assertThat(early.getString("hiddenReason"))
        .isEqualTo("Nog te weinig ingevulde lijsten: 1 van minimaal 3");
    assertThat(early.getJsonArray("dimensions")).isEmpty();

    handIn(round, TEAM_LEAD, "{\"samenstelling-talen\":\"2\"}");
    handIn(round, kees, "{\"samenstelling-talen\":\"3\",\"werkwijze-intake\":\"weet-niet\"}");

    JsonObject results = results(round, SANNE);
    assertThat(results.getBoolean("shown")).isTrue();
    assertThat(results.getInt("responses")).isEqualTo(3);
    JsonObject composition = results.getJsonArray("dimensions").getJsonObject(0);
    assertThat(composition.getString("code")).isEqualTo("samenstelling");
    // steps 4, 2, 3 of four are 100, 33.3 and 66.7 of 100; "nvt" does not count
    assertThat(composition.getJsonNumber("mean").doubleValue()).isCloseTo(66.7, within(0.05));
    assertThat(composition.getJsonNumber("spread").doubleValue()).isCloseTo(27.2, within(0.05));
    assertThat(composition.getInt("countedAnswers")).isEqualTo(3);
    assertThat(composition.getInt("notApplicable")).isEqualTo(1);
    assertThat(results.toString()).doesNotContain("sanne", "marieke", "kees");
    assertThat(api.get(ROUNDS + "/" + round, COORDINATOR).statusCode()).isEqualTo(200);
    assertThat(json(api.get(ROUNDS + "/" + round, SANNE)).asJsonObject().getInt("submitted"))
        .isEqualTo(3);
  }

  @Test
  void nobodyReadsAnotherMembersAnswers_andHandedInAnswersNoLongerChange() throws Exception {
    String round = startRound("Najaar 2027");
    answer(round, SANNE, "{\"samenstelling-talen\":\"1\"}");

    JsonObject leads =
        json(api.get(ROUNDS + "/" + round + "/my-answers", TEAM_LEAD)).asJsonObject();
    assertThat(leads.getJsonObject("answers")).isEmpty();
    assertProblem(api.get(ROUNDS + "/" + round + "/my-answers", COORDINATOR), 403, null);

    String etag = etag(api.get(ROUNDS + "/" + round + "/my-answers", SANNE));
    HttpResponse<String> submitted =
        api.post(ROUNDS + "/" + round + "/my-answers/submission", SANNE, "", etag);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    String after = submitted.headers().firstValue("ETag").orElseThrow();
    assertProblem(
        api.put(
            ROUNDS + "/" + round + "/my-answers",
            SANNE,
            "{\"answers\":{\"samenstelling-talen\":\"4\"}}",
            after),
        409,
        null);
  }

  @Test
  void badAnswersAreRefusedByName_andTwoTabsNeverOverwriteEachOther() throws Exception {
    String round = startRound("Zomer 2027");
    String first = answer(round, SANNE, "{\"samenstelling-talen\":\"3\"}");

    JsonObject unknown =
        assertProblem(
            api.put(
                ROUNDS + "/" + round + "/my-answers",
                SANNE,
                "{\"answers\":{\"bestaat-niet\":\"2\"}}",
                first),
            400,
            null);
    assertThat(unknown.getString("detail")).contains("'bestaat-niet'");
    JsonObject offScale =
        assertProblem(
            api.put(
                ROUNDS + "/" + round + "/my-answers",
                SANNE,
                "{\"answers\":{\"samenstelling-talen\":\"7\"}}",
                first),
            400,
            null);
    assertThat(offScale.getString("detail")).contains("van 1 tot en met 4");
    api.put(
        ROUNDS + "/" + round + "/my-answers",
        SANNE,
        "{\"answers\":{\"samenstelling-werving\":\"2\"}}",
        first);
    assertProblem(
        api.put(
            ROUNDS + "/" + round + "/my-answers",
            SANNE,
            "{\"answers\":{\"samenstelling-talen\":\"1\"}}",
            first),
        412,
        null);

    JsonObject mine = json(api.get(ROUNDS + "/" + round + "/my-answers", SANNE)).asJsonObject();
    assertThat(mine.getJsonObject("answers").getString("samenstelling-talen")).isEqualTo("3");
    assertThat(mine.getJsonObject("answers").getString("samenstelling-werving")).isEqualTo("2");
  }

  @Test
  void anotherTeam_anotherMunicipality_andGuessedIds_get404() throws Exception {
    String round = startRound("Winter 2027");
    String otherTeam = zwolleMember("ruud", "zwolle-noord");
    String nowhere = ROUNDS + "/" + UUID.randomUUID();

    for (String who : List.of(HILVERSUM_PROFESSIONAL, otherTeam)) {
      for (String path : List.of("", "/results", "/my-answers")) {
        JsonObject problem = assertProblem(api.get(ROUNDS + "/" + round + path, who), 404, null);
        JsonObject none = assertProblem(api.get(nowhere + path, who), 404, null);
        assertThat(problem.getString("title")).isEqualTo(none.getString("title"));
      }
      assertThat(api.get(ROUNDS, who).body()).doesNotContain(round);
    }
    assertThat(api.get(ROUNDS, COORDINATOR).body()).contains(round);
    assertProblem(api.get(ROUNDS + "/niet-een-id", SANNE), 404, null);
  }

  @Test
  void twoTabsSavingTheirFirstAnswersAtOnce_oneSavesAndTheOtherIsToldToReload() throws Exception {
    String round = startRound("Tabbladen 2027");
    String path = ROUNDS + "/" + round + "/my-answers";
    String looked = etag(api.get(path, SANNE));
    assertThat(etag(api.get(path, SANNE))).as("looking never writes").isEqualTo(looked);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Integer> statuses = new java.util.ArrayList<>();
    try {
      List<Callable<Integer>> tabs =
          List.of(
              () ->
                  api.put(path, SANNE, "{\"answers\":{\"samenstelling-talen\":\"2\"}}", looked)
                      .statusCode(),
              () ->
                  api.put(path, SANNE, "{\"answers\":{\"samenstelling-werving\":\"3\"}}", looked)
                      .statusCode());
      for (Future<Integer> status : pool.invokeAll(tabs)) {
        statuses.add(status.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    assertThat(json(api.get(path, SANNE)).asJsonObject().getJsonObject("answers")).hasSize(1);
  }

  @Test
  void twoMembersHandingInAtTheSameMoment_bothCount() throws Exception {
    String round = startRound("Herfst 2027");
    List<String> members =
        List.of(zwolleMember("anouk", "zwolle-zuid"), zwolleMember("bas", "zwolle-zuid"));
    List<String> etags = new java.util.ArrayList<>();
    for (String member : members) {
      etags.add(answer(round, member, "{\"werkwijze-intake\":\"3\"}"));
    }

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> handIns =
          List.of(
              () ->
                  api.post(
                          ROUNDS + "/" + round + "/my-answers/submission",
                          members.get(0),
                          "",
                          etags.get(0))
                      .statusCode(),
              () ->
                  api.post(
                          ROUNDS + "/" + round + "/my-answers/submission",
                          members.get(1),
                          "",
                          etags.get(1))
                      .statusCode());
      for (Future<Integer> status : pool.invokeAll(handIns)) {
        assertThat(status.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }

    assertThat(json(api.get(ROUNDS + "/" + round, SANNE)).asJsonObject().getInt("submitted"))
        .isEqualTo(2);
  }

  @Test
  void aNewTemplateVersion_leavesRunningRoundsOnTheirVersion_andNewRoundsTakeIt() throws Exception {
    String code = "it-scan-" + UUID.randomUUID().toString().substring(0, 8);
    String v1 = template(code, 1, "Wij werken met sleutelpersonen.");
    assertThat(api.post(TEMPLATES, "fatima:demo", v1).statusCode()).isEqualTo(201);
    JsonObject running = startRound("Lente 2027", code);
    assertThat(running.getInt("templateVersion")).isEqualTo(1);

    HttpResponse<String> v2 =
        api.post(
            TEMPLATES, "fatima:demo", template(code, 2, "Wij kennen sleutelpersonen bij naam."));
    assertThat(v2.statusCode()).as(v2.body()).isEqualTo(201);

    String id = running.getString("id");
    assertThat(json(api.get(ROUNDS + "/" + id, SANNE)).asJsonObject().getInt("templateVersion"))
        .isEqualTo(1);
    assertThat(api.get(ROUNDS + "/" + id + "/checklist", SANNE).body())
        .contains("Wij werken met sleutelpersonen.")
        .doesNotContain("bij naam");
    JsonObject next = startRound("Zomer 2027", code);
    assertThat(next.getInt("templateVersion")).isEqualTo(2);
    assertThat(api.get(ROUNDS + "/" + next.getString("id") + "/checklist", SANNE).body())
        .contains("Wij kennen sleutelpersonen bij naam.");
  }

  @Test
  void publishingIsForExperts_versionsAreNeverRewritten_andMistakesAreNamed() throws Exception {
    String code = "it-scan-" + UUID.randomUUID().toString().substring(0, 8);
    assertProblem(api.post(TEMPLATES, SANNE, template(code, 1, "Stelling.")), 403, null);
    assertThat(api.post(TEMPLATES, "fatima:demo", template(code, 1, "Stelling.")).statusCode())
        .isEqualTo(201);

    JsonObject again =
        assertProblem(api.post(TEMPLATES, "noor:demo", template(code, 1, "Anders.")), 409, null);
    assertThat(again.getString("detail")).contains("volgende versie 2");
    JsonObject wrongScale =
        assertProblem(
            api.post(
                TEMPLATES,
                "fatima:demo",
                template(code, 2, "Stelling.").replace("DEVELOPMENT_4", "CIJFER_10")),
            400,
            null);
    assertThat(wrongScale.getString("detail"))
        .isEqualTo(
            "Stelling 'werkwijze-sleutelpersonen': de antwoordschaal 'CIJFER_10' bestaat niet;"
                + " kies DEVELOPMENT_4 of AGREEMENT_5.");
    assertProblem(api.post(TEMPLATES, "fatima:demo", "geen json"), 400, null);
  }

  private static String template(String code, int version, String statement) {
    return """
        {"code": "%s", "version": %d, "title": "Kleine scan",
         "dimensions": [{"code": "werkwijze", "name": "Werkwijze", "items": [
           {"key": "werkwijze-sleutelpersonen", "statement": "%s",
            "explanation": "Sleutelpersonen openen deuren.", "scale": "DEVELOPMENT_4"}]}]}
        """
        .formatted(code, version, statement);
  }

  /** Someone of a team as Keycloak would describe them: a team lead or a member. */
  private static String teamPerson(String municipality, String team, String name, String role) {
    return TestIdentityProvider.bearer(
        c ->
            c.subject("it-" + name)
                .claim("preferred_username", name)
                .claim("name", name)
                .claim("groups", List.of(role))
                .claim("municipality", municipality)
                .claim("team", team));
  }

  private String startAs(String lead, String template) throws Exception {
    HttpResponse<String> started =
        api.post(
            ROUNDS,
            lead,
            "{\"period\":\"Ronde\",\"templateCode\":\""
                + template
                + "\",\"closesOn\":\""
                + LocalDate.now().plusDays(30)
                + "\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return json(started).asJsonObject().getString("id");
  }

  /** A round of a fresh team in which three members all answer the one statement with a step. */
  private String teamRound(String municipality, String template, int step, boolean close)
      throws Exception {
    String team = "it-team-" + UUID.randomUUID().toString().substring(0, 8);
    String lead = teamPerson(municipality, team, team + "-lead", "team-lead");
    String round = startAs(lead, template);
    for (int member = 1; member <= 3; member++) {
      handIn(
          round,
          teamPerson(municipality, team, team + "-" + member, "professional"),
          "{\"werkwijze-sleutelpersonen\":\"" + step + "\"}");
    }
    if (close) {
      HttpResponse<String> closed = api.post(ROUNDS + "/" + round + "/closing", lead, "");
      assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
      assertThat(json(closed).asJsonObject().getBoolean("open")).isFalse();
    }
    return round;
  }

  private String freshTemplate() throws Exception {
    String code = "it-scan-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(api.post(TEMPLATES, "fatima:demo", template(code, 1, "Wij kennen ze.")).statusCode())
        .isEqualTo(201);
    return code;
  }

  @Test
  void theBenchmark_needsFiveOtherTeams_andWeighsEachTeamTheSame() throws Exception {
    String template = freshTemplate();
    String own = teamRound("GM0193", template, 2, false); // Zwolle's coordinator reads it
    // other teams, some of another municipality: only the anonymous aggregate leaves them
    teamRound("GM0193", template, 1, true);
    teamRound("GM0402", template, 2, true);
    teamRound("GM0402", template, 3, true);
    teamRound("GM0050", template, 4, true);
    teamRound("GM0193", template, 4, false); // still open: does not count

    JsonObject four = json(api.get(ROUNDS + "/" + own + "/benchmark", COORDINATOR)).asJsonObject();
    assertThat(four.getBoolean("shown")).isFalse();
    assertThat(four.getString("hiddenReason"))
        .isEqualTo("Vergelijking kan pas met minimaal 5 andere teams; nu 4.");
    assertThat(four.containsKey("othersOverall")).as("no aggregate under five teams").isFalse();

    teamRound("GM0243", template, 4, true);
    JsonObject five = json(api.get(ROUNDS + "/" + own + "/benchmark", COORDINATOR)).asJsonObject();
    assertThat(five.getBoolean("shown")).isTrue();
    assertThat(five.getInt("otherTeams")).isEqualTo(5);
    assertThat(five.getJsonNumber("ownOverall").doubleValue()).isCloseTo(33.3, within(0.05));
    JsonObject others = five.getJsonObject("othersOverall");
    // steps 1, 2, 3, 4, 4 are 0, 33.3, 66.7, 100 and 100: each team once
    assertThat(others.getJsonNumber("mean").doubleValue()).isCloseTo(60.0, within(0.05));
    assertThat(others.getJsonNumber("min").doubleValue()).isEqualTo(0.0);
    assertThat(others.getJsonNumber("max").doubleValue()).isEqualTo(100.0);
    assertThat(five.toString()).doesNotContain("it-team-");
  }

  @Test
  void theMunicipalityBenchmark_putsTheCoordinatorsTeamsBesideFiveOtherTeams_eachWeighingTheSame()
      throws Exception {
    String template = freshTemplate();
    String path = ROUNDS + "/municipality-benchmark?template=" + template;
    teamRound("GM0193", template, 1, true); // Zwolle's teams: 0 and 66.7, so 33.3
    teamRound("GM0193", template, 3, true);
    teamRound("GM0193", template, 4, false); // still open: does not count
    teamRound("GM0402", template, 2, true);
    teamRound("GM0402", template, 2, true);
    teamRound("GM0050", template, 2, true);
    teamRound("GM0243", template, 2, true);

    JsonObject four = json(api.get(path, COORDINATOR)).asJsonObject();
    assertThat(four.getBoolean("shown")).isFalse();
    assertThat(four.getString("hiddenReason")).endsWith("nu 4.");

    teamRound("GM0233", template, 4, true);
    JsonObject five = json(api.get(path, COORDINATOR)).asJsonObject();
    assertThat(five.getBoolean("shown")).isTrue();
    assertThat(five.getInt("otherTeams")).isEqualTo(5);
    assertThat(five.getJsonNumber("ownOverall").doubleValue()).isCloseTo(33.3, within(0.05));
    // four teams at 33.3 and one at 100
    assertThat(five.getJsonObject("othersOverall").getJsonNumber("mean").doubleValue())
        .isCloseTo(46.7, within(0.05));
    assertThat(five.toString()).doesNotContain("it-team-", "GM0402");
    assertProblem(api.get(path, TEAM_LEAD), 403, null);
    assertProblem(api.get(path, SANNE), 403, null);
  }

  @Test
  void theTrendFollowsATeamOverItsRounds_forTheTeamAndItsCoordinatorOnly() throws Exception {
    String template = freshTemplate();
    String team = "it-trend-" + UUID.randomUUID().toString().substring(0, 8);
    String lead = teamPerson("GM0193", team, team + "-lead", "team-lead");
    for (int step : new int[] {2, 4}) {
      String round = startAs(lead, template);
      for (int member = 1; member <= 3; member++) {
        handIn(
            round,
            teamPerson("GM0193", team, team + "-" + member, "professional"),
            "{\"werkwijze-sleutelpersonen\":\"" + step + "\"}");
      }
      assertThat(api.post(ROUNDS + "/" + round + "/closing", lead, "").statusCode()).isEqualTo(200);
    }

    JsonObject trend = json(api.get(ROUNDS + "/trend", lead)).asJsonObject();
    assertThat(trend.getJsonArray("rounds")).hasSize(2);
    JsonObject dimension = trend.getJsonArray("dimensions").getJsonObject(0);
    assertThat(dimension.getString("code")).isEqualTo("werkwijze");
    assertThat(dimension.getJsonArray("means").getJsonNumber(0).doubleValue())
        .isCloseTo(33.3, within(0.05));
    assertThat(dimension.getJsonArray("means").getJsonNumber(1).doubleValue()).isEqualTo(100.0);
    assertThat(json(api.get(ROUNDS + "/trend?team=" + team, COORDINATOR)).asJsonObject())
        .isEqualTo(trend);
    assertProblem(api.get(ROUNDS + "/trend?team=" + team, SANNE), 404, null);
    assertProblem(api.get(ROUNDS + "/trend?team=" + team, HILVERSUM_PROFESSIONAL), 404, null);
  }

  @Test
  void onlyATeamLead_startsARound_andAClosingDateInThePastIsRefused() throws Exception {
    assertProblem(
        api.post(ROUNDS, SANNE, "{\"period\":\"Voorjaar\",\"closesOn\":\"2030-01-01\"}"),
        403,
        null);
    JsonObject past =
        assertProblem(
            api.post(ROUNDS, TEAM_LEAD, "{\"period\":\"Voorjaar\",\"closesOn\":\"2020-01-01\"}"),
            400,
            null);
    assertThat(past.getString("detail")).isEqualTo("De sluitingsdatum ligt in het verleden.");
  }

  @Test
  void aRoundExportsAsCsvForExcel_andAsAPdfReport_forTheTeamAndItsCoordinatorOnly()
      throws Exception {
    String round = startRound("Export 2027");
    handIn(round, SANNE, "{\"samenstelling-talen\":\"4\"}");
    handIn(round, TEAM_LEAD, "{\"samenstelling-talen\":\"2\"}");
    handIn(round, zwolleMember("it-export", "zwolle-zuid"), "{\"samenstelling-talen\":\"3\"}");

    HttpResponse<byte[]> csv =
        api.download(ROUNDS + "/" + round + "/results", COORDINATOR, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"zelfevaluatie-zwolle-zuid-export-2027.csv\"");
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF").contains("samenstelling-talen").contains("66,7");
    assertThat(text).doesNotContain("sanne", "marieke", "it-export");
    // without asking for CSV, the results stay JSON
    assertThat(results(round, SANNE).getInt("responses")).isEqualTo(3);

    HttpResponse<byte[]> pdf = api.download(ROUNDS + "/" + round + "/report", SANNE);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(pdf.body().length).isGreaterThan(10_000);

    assertThat(api.download(ROUNDS + "/" + round + "/report", HILVERSUM_PROFESSIONAL).statusCode())
        .isEqualTo(404);
    assertThat(
            api.download(ROUNDS + "/" + round + "/results", HILVERSUM_PROFESSIONAL, "text/csv")
                .statusCode())
        .isEqualTo(404);
  }
}
