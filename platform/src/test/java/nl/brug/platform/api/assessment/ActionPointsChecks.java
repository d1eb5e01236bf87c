package nl.brug.platform.api.assessment;

import static nl.brug.platform.api.ApiClient.assertProblem;
import static nl.brug.platform.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import nl.brug.platform.api.ApiClient;
import nl.brug.platform.api.PlatformIT;
import nl.brug.platform.api.TestIdentityProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a team agrees to do after a round, over REST on the real WAR: the team lead of Zwolle-Zuid
 * writes action points down for a dimension or a statement, with an owner from the team, a due date
 * and toolkit items that help; the owner moves the status; the team and its coordinator read them,
 * anyone else gets 404; two people changing one at once never overwrite each other.
 */
public abstract class ActionPointsChecks {

  private static final String ROUNDS = "/api/v1/assessment-rounds";
  private static final String POINTS = "/api/v1/action-points";
  private static final String TEAM_LEAD = "marieke:demo";
  private static final String SANNE = "sanne:demo";
  private static final String COORDINATOR = "ingrid:demo";
  private static final String HILVERSUM = "youssef:demo";
  private static final String EXPERT = "fatima:demo";

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

  private String startRound() throws Exception {
    HttpResponse<String> started =
        api.post(
            ROUNDS,
            TEAM_LEAD,
            "{\"period\":\"Najaar 2026\",\"closesOn\":\"" + LocalDate.now().plusDays(21) + "\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return json(started).asJsonObject().getString("id");
  }

  private static String point(String dimension, String item, String owner, LocalDate due) {
    return """
        {"dimension": "%s", %s "description": "Overzicht van talen in het team bijhouden",
         "owner": "%s", "dueOn": "%s", "toolkitItems": ["werken-met-een-tolk"]}
        """
        .formatted(dimension, item == null ? "" : "\"item\": \"" + item + "\",", owner, due);
  }

  private HttpResponse<String> add(String round, String who, String json) throws Exception {
    return api.post(ROUNDS + "/" + round + "/action-points", who, json);
  }

  @Test
  void theTeamLeadWritesOneDown_theOwnerMovesItsStatus_andTheTeamAndCoordinatorReadIt()
      throws Exception {
    String round = startRound();

    HttpResponse<String> added =
        add(
            round,
            TEAM_LEAD,
            point("samenstelling", "samenstelling-talen", "sanne", LocalDate.now().plusMonths(2)));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String location = added.headers().firstValue("Location").orElseThrow();
    JsonObject point = json(added).asJsonObject();
    assertThat(location).endsWith(POINTS + "/" + point.getString("id"));
    assertThat(point.getString("status")).isEqualTo("open");
    assertThat(point.getString("ownerName")).isEqualTo("Sanne de Vries");
    assertThat(point.getString("item")).isEqualTo("samenstelling-talen");
    assertThat(point.getJsonArray("toolkitItems").getString(0)).isEqualTo("werken-met-een-tolk");
    assertThat(point.getBoolean("overdue")).isFalse();
    String id = point.getString("id");

    HttpResponse<String> mine = api.get(POINTS + "/" + id, SANNE);
    String etag = mine.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> busy =
        api.put(POINTS + "/" + id + "/status", SANNE, "{\"status\":\"bezig\"}", etag);
    assertThat(busy.statusCode()).as(busy.body()).isEqualTo(200);
    assertThat(json(busy).asJsonObject().getString("status")).isEqualTo("bezig");

    JsonArray ofRound =
        json(api.get(ROUNDS + "/" + round + "/action-points", COORDINATOR)).asJsonArray();
    assertThat(ofRound).hasSize(1);
    assertThat(ofRound.getJsonObject(0).getString("status")).isEqualTo("bezig");
    JsonArray ofTeam = json(api.get(POINTS + "?team=zwolle-zuid", COORDINATOR)).asJsonArray();
    assertThat(ofTeam.stream().map(p -> p.asJsonObject().getString("id"))).contains(id);
    assertThat(api.get(POINTS, SANNE).body()).contains(id);
  }

  @Test
  void onlyTheTeamLeadWritesThemDown_andTheOwnerOnlyMovesTheStatus() throws Exception {
    String round = startRound();
    String json = point("werkwijze", null, "sanne", LocalDate.now().plusDays(10));

    assertProblem(add(round, SANNE, json), 403, null);
    assertProblem(add(round, COORDINATOR, json), 403, null);
    String id = json(add(round, TEAM_LEAD, json)).asJsonObject().getString("id");
    String etag = api.get(POINTS + "/" + id, SANNE).headers().firstValue("ETag").orElseThrow();

    assertProblem(api.put(POINTS + "/" + id, SANNE, json, etag), 403, null);
    assertProblem(api.delete(POINTS + "/" + id, SANNE, etag), 403, null);
    assertProblem(
        api.put(POINTS + "/" + id + "/status", COORDINATOR, "{\"status\":\"afgerond\"}", etag),
        403,
        null);
    assertThat(api.delete(POINTS + "/" + id, TEAM_LEAD, etag).statusCode()).isEqualTo(204);
    assertProblem(api.get(POINTS + "/" + id, SANNE), 404, null);
  }

  @Test
  void mistakesAreNamedInDutch_andNothingIsSaved() throws Exception {
    String round = startRound();
    LocalDate later = LocalDate.now().plusDays(10);

    assertThat(
            assertProblem(add(round, TEAM_LEAD, point("kleur", null, "sanne", later)), 400, null)
                .getString("detail"))
        .contains("dimensie");
    assertThat(
            assertProblem(
                    add(
                        round,
                        TEAM_LEAD,
                        point("werkwijze", "samenstelling-talen", "sanne", later)),
                    400,
                    null)
                .getString("detail"))
        .contains("andere dimensie");
    assertThat(
            assertProblem(
                    add(round, TEAM_LEAD, point("werkwijze", null, "youssef", later)), 400, null)
                .getString("detail"))
        .contains("eigenaar");
    assertThat(
            assertProblem(
                    add(
                        round,
                        TEAM_LEAD,
                        point("werkwijze", null, "sanne", LocalDate.now().minusDays(1))),
                    400,
                    null)
                .getString("detail"))
        .contains("verleden");
    assertThat(
            assertProblem(
                    add(
                        round,
                        TEAM_LEAD,
                        point("werkwijze", null, "sanne", later)
                            .replace("werken-met-een-tolk", "bestaat-niet")),
                    400,
                    null)
                .getString("detail"))
        .contains("'bestaat-niet'");
    assertThat(
            assertProblem(
                    add(
                        round,
                        TEAM_LEAD,
                        point("werkwijze", null, "sanne", later)
                            .replace("\"dueOn\"", "\"status\": \"klaar\", \"dueOn\"")),
                    400,
                    null)
                .getString("detail"))
        .contains("open, bezig of afgerond");

    assertThat(json(api.get(ROUNDS + "/" + round + "/action-points", TEAM_LEAD)).asJsonArray())
        .isEmpty();
  }

  @Test
  void twoPeopleChangingOneAtOnce_theSecondIsToldItChanged() throws Exception {
    String round = startRound();
    String json = point("werkwijze", null, "sanne", LocalDate.now().plusDays(10));
    String id = json(add(round, TEAM_LEAD, json)).asJsonObject().getString("id");
    String etag = api.get(POINTS + "/" + id, TEAM_LEAD).headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> first =
        api.put(
            POINTS + "/" + id, TEAM_LEAD, json.replace("bijhouden", "bijhouden en delen"), etag);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    HttpResponse<String> second =
        api.put(POINTS + "/" + id + "/status", SANNE, "{\"status\":\"afgerond\"}", etag);

    assertProblem(second, 412, null);
    JsonObject now = json(api.get(POINTS + "/" + id, SANNE)).asJsonObject();
    assertThat(now.getString("description")).endsWith("bijhouden en delen");
    assertThat(now.getString("status")).isEqualTo("open");
    assertProblem(api.put(POINTS + "/" + id, TEAM_LEAD, json, null), 428, null);
  }

  @Test
  void anotherTeamsActionPoints_anotherMunicipalitys_andGuessedIds_are404() throws Exception {
    String round = startRound();
    String id =
        json(add(round, TEAM_LEAD, point("werkwijze", null, "sanne", LocalDate.now().plusDays(5))))
            .asJsonObject()
            .getString("id");
    String otherTeam =
        TestIdentityProvider.bearer(
            c ->
                c.subject("it-zwolle-noord")
                    .claim("preferred_username", "it-zwolle-noord")
                    .claim("groups", List.of("team-lead"))
                    .claim("municipality", "GM0193")
                    .claim("team", "zwolle-noord"));

    for (String outsider : List.of(otherTeam, HILVERSUM, EXPERT)) {
      JsonObject unknown = assertProblem(api.get(POINTS + "/" + id, outsider), 404, null);
      assertThat(unknown.getString("detail")).contains("actiepunt");
      assertProblem(api.get(ROUNDS + "/" + round + "/action-points", outsider), 404, null);
      assertProblem(
          api.put(POINTS + "/" + id + "/status", outsider, "{\"status\":\"afgerond\"}", "\"0\""),
          404,
          null);
    }
    assertProblem(api.get(POINTS + "?team=zwolle-zuid", HILVERSUM), 404, null);
    assertProblem(api.get(POINTS + "/" + java.util.UUID.randomUUID(), SANNE), 404, null);
    assertProblem(api.get(POINTS + "/niet-een-id", SANNE), 404, null);
  }

  @Test
  void theCoordinatorSeesEveryTeam_withParticipation_andMembersAreToldWhatAwaitsThem()
      throws Exception {
    String round = startRound();

    JsonArray awaiting = json(api.get(ROUNDS + "/awaiting", SANNE)).asJsonArray();
    assertThat(awaiting.stream().map(r -> r.asJsonObject().getString("id"))).contains(round);
    String etag =
        api.put(
                ROUNDS + "/" + round + "/my-answers",
                SANNE,
                "{\"answers\":{\"samenstelling-talen\":\"3\"}}",
                "\"0\"")
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    assertThat(
            api.post(ROUNDS + "/" + round + "/my-answers/submission", SANNE, "", etag).statusCode())
        .isEqualTo(200);
    assertThat(json(api.get(ROUNDS + "/awaiting", SANNE)).asJsonArray().toString())
        .doesNotContain(round);

    JsonArray standings = json(api.get(ROUNDS + "/team-standings", COORDINATOR)).asJsonArray();
    JsonObject zuid =
        standings.stream()
            .map(s -> s.asJsonObject())
            .filter(s -> s.getString("teamCode").equals("zwolle-zuid"))
            .findFirst()
            .orElseThrow();
    assertThat(zuid.getJsonObject("latestRound").getString("id")).isEqualTo(round);
    assertThat(zuid.getInt("members")).isGreaterThanOrEqualTo(2);
    assertThat(zuid.getJsonNumber("participation").doubleValue()).isGreaterThan(0);
    assertThat(standings.toString()).doesNotContain("\"sanne\"");
    assertProblem(api.get(ROUNDS + "/team-standings", TEAM_LEAD), 403, null);
  }
}
