package nl.brug.platform.api;

import static nl.brug.platform.api.ApiClient.assertProblem;
import static nl.brug.platform.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.brug.platform.api.openapi.OpenApiContract;
import nl.brug.platform.api.openapi.Spectral;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real WAR on a managed Payara Micro: start-up (Flyway, demo data), persistence through JPA,
 * the REST API with its problem+json errors, health and the OpenAPI document.
 */
public abstract class BrugPlatformChecks {

  final URL base = PlatformIT.base();

  private HttpResponse<String> get(String path, String credentials) throws Exception {
    return new ApiClient(base).get(path, credentials);
  }

  private HttpResponse<String> post(String path, String credentials, String json) throws Exception {
    return new ApiClient(base).post(path, credentials, json);
  }

  @Test
  void healthReady_checksTheDatabaseAndTheIdentityProvider() throws Exception {
    TestIdentityProvider.start();
    HttpResponse<String> ready = get("/health/ready", "daan:demo");

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    JsonObject health = json(ready).asJsonObject();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(check(health, "database").getString("status")).isEqualTo("UP");
    assertThat(check(health, "identity-provider").getString("status")).isEqualTo("UP");
  }

  @Test
  void healthReady_saysTheIdentityProviderIsDown_whileBrugStaysUp() throws Exception {
    TestIdentityProvider.away(true);
    try {
      HttpResponse<String> ready = get("/health/ready", "daan:demo");

      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(get("/health/ready", null).body()).isEqualTo("{\"status\":\"DOWN\"}");
      JsonObject health = json(ready).asJsonObject();
      assertThat(check(health, "identity-provider").getString("status")).isEqualTo("DOWN");
      assertThat(check(health, "database").getString("status")).isEqualTo("UP");
      assertThat(get("/health/live", null).statusCode()).as("alive").isEqualTo(200);
    } finally {
      TestIdentityProvider.away(false);
    }
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no health check " + name + " in " + health));
  }

  @Test
  void meWithoutCredentials_is401ProblemJsonInDutch() throws Exception {
    HttpResponse<String> response = get("/api/v1/me", null);

    assertProblem(response, 401, "Niet aangemeld");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
  }

  @Test
  void meWithAWrongPassword_is401AndSaysSo() throws Exception {
    HttpResponse<String> response = get("/api/v1/me", "sanne:niet-goed");

    assertProblem(response, 401, "Niet aangemeld");
    assertThat(json(response).asJsonObject().getString("detail")).contains("wachtwoord");
  }

  @Test
  void repeatedWrongBasicPasswords_are429WithRetryAfter_andThenEvenTheRightOneWaits()
      throws Exception {
    // lotte: no other integration test signs in as her. The six failures from this address stay
    // far below the address limit (50), so the other tests' requests are not held up.
    for (int i = 1; i <= 5; i++) {
      assertProblem(get("/api/v1/me", "lotte:fout-" + i), 401, "Niet aangemeld");
    }

    for (String password : new String[] {"fout-6", "demo"}) {
      HttpResponse<String> refused = get("/api/v1/me", "lotte:" + password);

      JsonObject problem = assertProblem(refused, 429, "Te veel pogingen");
      assertThat(problem.getString("detail"))
          .isEqualTo(
              "Te veel mislukte pogingen om aan te melden. Probeer het over 1 minuut opnieuw.");
      assertThat(refused.headers().firstValue("Retry-After"))
          .hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
    }
    assertThat(get("/api/v1/me", "sanne:demo").statusCode())
        .as("another account from the same address")
        .isEqualTo(200);
  }

  @Test
  void me_namesTheCallerWithRolesMunicipalityAndTeam_andTheApiVersion() throws Exception {
    HttpResponse<String> response = get("/api/v1/me", "sanne:demo");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
    JsonObject me = json(response).asJsonObject();
    assertThat(me.getString("name")).isEqualTo("Sanne de Vries");
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("professional");
    assertThat(me.getJsonObject("municipality").getString("name")).isEqualTo("Zwolle");
    assertThat(me.getJsonObject("team").getString("code")).isEqualTo("zwolle-zuid");
  }

  @Test
  void aBearerTokenOfTheIdentityProvider_admitsItsBearer_withClaimsFromTheTokenOnly()
      throws Exception {
    HttpResponse<String> response =
        get(
            "/api/v1/me?municipality=GM0402",
            TestIdentityProvider.bearer(
                c -> c.claim("preferred_username", "tokenuser").claim("name", "Token Gebruiker")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject me = json(response).asJsonObject();
    assertThat(me.getString("name")).isEqualTo("Token Gebruiker");
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("professional");
    assertThat(me.getJsonObject("municipality").getString("name"))
        .as("the municipality comes from the token, never from a request parameter")
        .isEqualTo("Zwolle");
  }

  @Test
  void expiredForgedOrMisdirectedTokens_are401ProblemJson_sayingWhy() throws Exception {
    java.time.Instant past = java.time.Instant.now().minusSeconds(600);
    assertRefused(
        TestIdentityProvider.bearer(
            c ->
                c.issueTime(java.util.Date.from(past))
                    .expirationTime(java.util.Date.from(past.plusSeconds(60)))),
        "verlopen");
    assertRefused(
        TestIdentityProvider.bearer(c -> c.issuer("http://127.0.0.1:18999/realms/ander")),
        "niet uitgegeven");
    assertRefused(TestIdentityProvider.bearer(c -> c.audience("account")), "niet bedoeld");
    assertRefused(TestIdentityProvider.forgedBearer(), "handtekening");
    assertRefused("Bearer geen-token", "geen geldig token");
  }

  private void assertRefused(String bearer, String reason) throws Exception {
    HttpResponse<String> response = get("/api/v1/me", bearer);
    assertProblem(response, 401, "Niet aangemeld");
    assertThat(json(response).asJsonObject().getString("detail")).contains(reason);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
  }

  @Test
  void demoMunicipalitiesAreLoaded_withTwoTeamsEach() throws Exception {
    HttpResponse<String> list = get("/api/v1/municipalities", "daan:demo");

    assertThat(json(list).asJsonArray())
        .extracting(m -> m.asJsonObject().getString("name"))
        .contains("Zwolle", "Hilversum", "Harderwijk", "Ermelo", "Zeewolde");
    assertThat(json(get("/api/v1/municipalities/GM0050/teams", "daan:demo")).asJsonArray())
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void anotherMunicipalitysTeams_are404_asIfTheyDidNotExist() throws Exception {
    assertProblem(get("/api/v1/municipalities/GM0193/teams", "youssef:demo"), 404, "Niet gevonden");
    assertProblem(
        get("/api/v1/municipalities/GM0193/teams/zwolle-zuid", "youssef:demo"),
        404,
        "Niet gevonden");
  }

  @Test
  void coordinatorAddsATeam_itIsStoredAndReadBack_aSecondWithTheSameCodeConflicts()
      throws Exception {
    String code = "zwolle-" + UUID.randomUUID().toString().substring(0, 8);
    String body = "{\"code\":\"" + code + "\",\"name\":\"Sociaal wijkteam Stadshagen\"}";

    HttpResponse<String> created = post("/api/v1/municipalities/GM0193/teams", "ingrid:demo", body);

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(
            location ->
                assertThat(location).endsWith("/api/v1/municipalities/GM0193/teams/" + code));
    HttpResponse<String> read = get("/api/v1/municipalities/GM0193/teams/" + code, "sanne:demo");
    assertThat(json(read).asJsonObject().getString("name"))
        .isEqualTo("Sociaal wijkteam Stadshagen");
    assertProblem(post("/api/v1/municipalities/GM0193/teams", "ingrid:demo", body), 409, null);
  }

  @Test
  void aProfessionalMayNotAddTeams_403() throws Exception {
    assertProblem(
        post(
            "/api/v1/municipalities/GM0193/teams",
            "sanne:demo",
            "{\"code\":\"zw-x\",\"name\":\"X\"}"),
        403,
        "Geen toegang");
  }

  @Test
  void invalidFields_areNamedInTheProblem() throws Exception {
    HttpResponse<String> response =
        post(
            "/api/v1/municipalities/GM0193/teams",
            "ingrid:demo",
            "{\"code\":\"Fout Code\",\"name\":\"\"}");

    assertProblem(response, 400, "Niet alle gegevens zijn goed ingevuld");
    assertThat(json(response).asJsonObject().getJsonArray("invalidParams"))
        .extracting(p -> p.asJsonObject().getString("name"))
        .containsExactly("code", "name");
  }

  @Test
  void badJson_is400ProblemJson() throws Exception {
    assertProblem(
        post("/api/v1/municipalities/GM0193/teams", "ingrid:demo", "{\"code\": \"x"),
        400,
        "Ongeldige JSON");
  }

  @Test
  void unknownPaths_are404ProblemJson_alsoOutsideTheVersion() throws Exception {
    assertProblem(get("/api/v1/bestaat-niet", "sanne:demo"), 404, "Niet gevonden");
    assertProblem(get("/api/v2/iets", null), 404, "Niet gevonden");
  }

  @Test
  void aLocation_isOnThePublicAddress_whateverHostTheRequestNamed() throws Exception {
    String publicApi =
        json(get("/api/v1/openapi.json", null))
            .asJsonObject()
            .getJsonArray("servers")
            .getJsonObject(0)
            .getString("url");
    String code = "zwolle-" + UUID.randomUUID().toString().substring(0, 8);

    ApiClient.RawResponse created =
        new ApiClient(base)
            .raw(
                "POST /api/v1/municipalities/GM0193/teams HTTP/1.0\r\n"
                    + "Host: evil.example\r\n"
                    + ApiClient.basic("ingrid:demo")
                    + "\r\nContent-Type: application/json",
                "{\"code\":\"" + code + "\",\"name\":\"Sociaal wijkteam Holtenbroek\"}");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().get("location"))
        .isEqualTo(publicApi + "/municipalities/GM0193/teams/" + code)
        .doesNotContain("evil.example");
  }

  @Test
  void aPageThatIsNoNumber_is400NamingTheParameter() throws Exception {
    assertInvalidParam(get("/api/v1/toolkit-items?page=abc", "sanne:demo"), "page");
    assertInvalidParam(get("/api/v1/toolkit-items?pageSize=tien", "sanne:demo"), "pageSize");
    assertInvalidParam(get("/api/v1/search?q=taal&page=1e3", "sanne:demo"), "page");
    assertInvalidParam(get("/api/v1/search?q=taal&pageSize=99999999999", "sanne:demo"), "pageSize");
  }

  @Test
  void aCoordinatorWithoutATeamOfTheirOwn_isAskedToNameOne_notToldTeamNullIsMissing()
      throws Exception {
    for (String path : new String[] {"/api/v1/action-points", "/api/v1/assessment-rounds/trend"}) {
      HttpResponse<String> response = get(path, "ingrid:demo");

      JsonObject reason = assertInvalidParam(response, "team");
      assertThat(reason.getString("reason")).as(path).startsWith("Geef een team op");
      assertThat(response.body()).as(path).doesNotContain("null");
    }
  }

  @Test
  void aNumberWhereTextBelongs_is400NamingTheField_andNothingIsAdded() throws Exception {
    HttpResponse<String> response =
        post(
            "/api/v1/municipalities/GM0193/teams",
            "ingrid:demo",
            "{\"code\": \"zwolle-getal\", \"name\": 456}");

    JsonObject reason = assertInvalidParam(response, "name");
    assertThat(reason.getString("reason")).contains("tekst").contains("getal");
    assertProblem(
        get("/api/v1/municipalities/GM0193/teams/zwolle-getal", "ingrid:demo"), 404, null);
    assertInvalidParam(
        post(
            "/api/v1/municipalities/GM0193/teams",
            "ingrid:demo",
            "{\"code\": 123, \"name\": \"x\"}"),
        "code");
  }

  @Test
  void anAcceptHeaderThatCannotBeRead_is400ProblemJson_notTheContainersWebPage() throws Exception {
    ApiClient.RawResponse response =
        new ApiClient(base)
            .raw(
                "GET /api/v1/me HTTP/1.0\r\nHost: localhost\r\n"
                    + ApiClient.basic("sanne:demo")
                    + "\r\nAccept: text/html;q=abc",
                null);

    assertRawProblem(response, 400);
  }

  private static void assertRawProblem(ApiClient.RawResponse response, int status) {
    assertThat(response.status()).as(response.headers() + " " + response.body()).isEqualTo(status);
    assertThat(response.headers().get("content-type"))
        .as(response.body())
        .startsWith("application/problem+json");
    JsonObject problem = response.problem();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).isNotBlank();
  }

  /** A 400 naming this one parameter or field; returns its entry. */
  private static JsonObject assertInvalidParam(HttpResponse<String> response, String name) {
    assertProblem(response, 400, "Niet alle gegevens zijn goed ingevuld");
    JsonObject problem = json(response).asJsonObject();
    assertThat(problem.getJsonArray("invalidParams"))
        .as(response.body())
        .extracting(p -> p.asJsonObject().getString("name"))
        .containsExactly(name);
    return problem.getJsonArray("invalidParams").getJsonObject(0);
  }

  @Test
  void openApiDocument_followsTheDesignRules() throws Exception {
    HttpResponse<String> response = get("/api/v1/openapi.json", null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject openApi = json(response).asJsonObject();
    assertThat(openApi.getString("openapi")).startsWith("3.");
    assertThat(openApi.keySet()).as("only OpenAPI 3 root members").doesNotContain("endpoints");
    assertThat(openApi.getJsonObject("info").getString("version")).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(openApi.getJsonObject("info").getJsonObject("contact").keySet())
        .contains("name", "email", "url");
    assertThat(openApi.getJsonArray("servers").getJsonObject(0).getString("url"))
        .endsWith("/api/v1");
    JsonObject paths = openApi.getJsonObject("paths");
    assertThat(paths.keySet())
        .isNotEmpty()
        .allMatch(path -> path.matches("(/([a-z0-9-]+|\\{[A-Za-z]+}))+"), "lowercase kebab-case");
    paths.forEach(
        (path, item) ->
            item.asJsonObject()
                .forEach(
                    (method, operation) -> {
                      JsonObject responses = operation.asJsonObject().getJsonObject("responses");
                      assertThat(responses.keySet()).as(method + " " + path).contains("400");
                      responses.forEach(
                          (code, answer) -> {
                            JsonObject documented = answer.asJsonObject();
                            if (code.startsWith("2") || code.startsWith("3")) {
                              assertThat(documented.getJsonObject("headers").keySet())
                                  .as(method + " " + path + " " + code)
                                  .contains("API-Version");
                            } else {
                              assertThat(documented.getJsonObject("content").keySet())
                                  .as(method + " " + path + " " + code)
                                  .containsExactly("application/problem+json");
                            }
                          });
                    }));
    assertThat(paths.keySet())
        .as("the self-assessment is documented")
        .contains(
            "/assessment-rounds/{id}/action-points",
            "/action-points/{id}",
            "/action-points/{id}/status",
            "/assessment-rounds/team-standings",
            "/assessment-rounds/municipality-benchmark");
    assertThat(success(paths, "/assessment-rounds/{id}/report")).contains("application/pdf");
    assertThat(success(paths, "/assessment-rounds/{id}/results"))
        .contains("application/json", "text/csv");
    assertThat(
            openApi.getJsonObject("components").getJsonObject("schemas").getJsonObject("NewTeam"))
        .as("no invented constraints such as maxProperties: 0")
        .doesNotContainKeys("maxProperties", "exclusiveMaximum");
  }

  @Test
  void openApiDocument_passesTheNlApiDesignRules_withoutErrorsOrWarnings() throws Exception {
    Path repository = Spectral.repository();
    Optional<Spectral> spectral = Spectral.onThisMachine(repository);
    if (spectral.isEmpty()) {
      String why = "Spectral cannot run: no node (npx) on this machine; .ci/run installs it.";
      assertThat("true".equals(System.getenv("CI"))).as(why).isFalse();
      Assumptions.abort(why);
    }
    Path document = Path.of("target", "openapi", "openapi.json").toAbsolutePath();
    Files.createDirectories(document.getParent());
    Files.writeString(document, OpenApiContract.fetch(base));

    List<String> violations =
        spectral.get().violations(document, repository.resolve(Spectral.RULESET));

    assertThat(violations)
        .as(
            "Spectral %s with the NL API Design Rules (%s) on %s",
            Spectral.VERSION, Spectral.RULESET, document)
        .isEmpty();
  }

  @Test
  void openApiDocument_typesEveryField() throws Exception {
    JsonObject openApi = json(get("/api/v1/openapi.json", null)).asJsonObject();
    List<String> untyped = new ArrayList<>();
    untypedSchemas(openApi, "", untyped);

    assertThat(untyped)
        .as(
            "schemas that are a bare object (no properties, no value type) or an array without"
                + " item type: a generated client cannot use them")
        .isEmpty();
    JsonObject schemas = openApi.getJsonObject("components").getJsonObject("schemas");
    assertThat(schemas.getJsonObject("Uuid").getString("format")).isEqualTo("uuid");
    assertThat(schemas.getJsonObject("Date").getString("format")).isEqualTo("date");
    assertThat(schemas.getJsonObject("DateTime").getString("format")).isEqualTo("date-time");
    assertThat(schemas.getJsonObject("ToolkitKind").getJsonArray("enum"))
        .extracting(value -> ((jakarta.json.JsonString) value).getString())
        .contains("INTERVIEW_GUIDE", "BACKGROUND");
    assertThat(
            schemas
                .getJsonObject("ToolkitItem")
                .getJsonObject("properties")
                .getJsonObject("id")
                .getString("$ref"))
        .isEqualTo("#/components/schemas/Uuid");
  }

  private static void untypedSchemas(JsonValue node, String at, List<String> untyped) {
    if (node instanceof JsonObject object) {
      String type = object.getString("type", "");
      if (type.equals("object")
          && !object.containsKey("properties")
          && !object.containsKey("additionalProperties")) {
        untyped.add(at);
      }
      if (type.equals("array")
          && (!object.containsKey("items")
              || object.getJsonObject("items").getString("type", "").equals("array"))) {
        untyped.add(at);
      }
      object.forEach((key, value) -> untypedSchemas(value, at + "/" + key, untyped));
    } else if (node instanceof jakarta.json.JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        untypedSchemas(array.get(i), at + "/" + i, untyped);
      }
    }
  }

  /** The media types a GET documents for its 200 answer. */
  private static java.util.Set<String> success(JsonObject paths, String path) {
    return paths
        .getJsonObject(path)
        .getJsonObject("get")
        .getJsonObject("responses")
        .getJsonObject("200")
        .getJsonObject("content")
        .keySet();
  }

  @Test
  void anonymousCallers_readOnlyTheHealthStatus_notTheChecksOrTheDatabaseProduct()
      throws Exception {
    TestIdentityProvider.start();
    for (String path : new String[] {"/health/ready", "/health/live", "/health"}) {
      HttpResponse<String> health = get(path, null);

      assertThat(health.statusCode()).as(path).isEqualTo(200);
      assertThat(health.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
    }
    assertThat(get("/health/ready", "sanne:demo").body())
        .as("a professional is no admin")
        .isEqualTo("{\"status\":\"UP\"}");
    assertThat(get("/health/ready", "daan:demo").body()).as("admins see the checks").contains("H2");
  }

  @Test
  void metrics_areForAdminsOnly() throws Exception {
    assertThat(get("/metrics", null).statusCode()).isEqualTo(404);
    assertThat(get("/metrics", "sanne:demo").statusCode()).isEqualTo(404);
    assertThat(get("/metrics/base", null).statusCode()).isEqualTo(404);

    HttpResponse<String> admin = get("/metrics", "daan:demo");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("memory");
  }

  @Test
  void noWadlDescribesTheServer() throws Exception {
    assertThat(get("/openapi/application.wadl", null).statusCode()).isEqualTo(404);
    assertThat(get("/openapi/application.wadl", "daan:demo").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/application.wadl", "sanne:demo").statusCode()).isEqualTo(404);
    HttpResponse<String> options =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("/openapi"))
                    .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(options.body()).doesNotContainIgnoringCase("wadl");
    assertThat(get("/openapi", null).statusCode()).as("the OpenAPI document stays").isEqualTo(200);
  }

  @Test
  void everyResponse_portalApiStaticAndErrors_carriesTheSecurityHeaders() throws Exception {
    for (String[] request :
        new String[][] {
          {"/", null},
          {"/bestaat-niet", null},
          {"/styles/app.css", null},
          {"/api/v1/me", "sanne:demo"},
          {"/api/v1/me", null},
          {"/api/v2/iets", null},
          {"/health/ready", null}
        }) {
      HttpResponse<String> response = get(request[0], request[1]);
      java.net.http.HttpHeaders headers = response.headers();
      String what = request[0] + " (" + response.statusCode() + ")";

      assertThat(headers.firstValue("Content-Security-Policy"))
          .as(what)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'")
                      .contains("frame-ancestors 'none'")
                      .contains("base-uri 'self'")
                      .contains("form-action 'self'"));
      assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
      assertThat(headers.firstValue("Referrer-Policy"))
          .as(what)
          .hasValue("strict-origin-when-cross-origin");
      assertThat(headers.firstValue("Strict-Transport-Security"))
          .as(what + ": no HSTS while Brug is reached over http")
          .isEmpty();
    }
  }

  @Test
  void theSessionCookie_isHttpOnlyAndSameSiteLax_andNotSecureOverHttp() throws Exception {
    HttpResponse<String> portal = get("/", null);

    String cookie =
        portal.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + portal.headers()));
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(cookie).doesNotContainIgnoringCase("Secure");
  }
}
