package nl.brug.platform.api.isolation;

import static nl.brug.platform.api.ApiClient.assertProblem;
import static nl.brug.platform.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import nl.brug.platform.api.ApiClient;
import nl.brug.platform.api.PlatformIT;
import nl.brug.platform.api.TestIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation over REST on the real WAR: a user of Hilversum who asks for something only
 * Zwolle has — by id, in a list, in search, in suggestions, in facet counts, or by guessing ids —
 * gets exactly the answer they would get for something that does not exist at all. The answers are
 * compared whole (status, headers, problem body), ignoring only {@code instance} and the ids asked
 * for, so nothing tells "exists elsewhere" from "exists nowhere". A Zwolle professional does see
 * everything, so no assertion here can pass because the data is simply missing.
 */
public abstract class TenantIsolationChecks {

  private static final String ITEMS = "/api/v1/toolkit-items";
  private static final String ZWOLLE = "GM0193";
  private static final String HILVERSUM = "GM0402";
  private static final String NO_MUNICIPALITY = "GM9999";
  private static final String ZWOLLE_PROFESSIONAL = "sanne:demo";
  private static final String HILVERSUM_PROFESSIONAL = "youssef:demo";
  private static final byte[] PDF =
      "%PDF-1.7\n% gespreksleidraad Zwolle\n".getBytes(StandardCharsets.US_ASCII);

  final URL base = PlatformIT.base();

  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(base);
  }

  /** A Hilversum expert as Keycloak would describe her; a fresh token for every request. */
  private static String hilversumExpert() {
    return TestIdentityProvider.bearer(
        c ->
            c.subject("it-hanneke")
                .claim("preferred_username", "hanneke")
                .claim("name", "Hanneke de Boer")
                .claim("groups", List.of("expert"))
                .claim("municipality", HILVERSUM)
                .claim("team", null));
  }

  /** Who asks from Hilversum: a professional (Basic) and an expert (Bearer). */
  private record Asker(String name, Supplier<String> credentials) {}

  private static List<Asker> hilversum() {
    return List.of(
        new Asker("Hilversum professional", () -> HILVERSUM_PROFESSIONAL),
        new Asker("Hilversum expert", TenantIsolationChecks::hilversumExpert));
  }

  // --- The Zwolle-only item: three published versions, a translation, a file and a new draft ---

  /** What a test needs to know of the Zwolle-only item. */
  private record ZwolleItem(String id, String word, String attachmentId, String etag) {}

  /**
   * Fatima (expert, Zwolle) writes a Zwolle-only working method with an Arabic translation and a
   * distinctive word in title and theme; noor approves it; version 2 follows the same way; a PDF is
   * attached and published as version 3; and fatima starts a fourth draft, so experts have a draft
   * to find too.
   */
  private ZwolleItem zwolleItem() throws Exception {
    String word = "ijsvogel" + letters(6);
    HttpResponse<String> created =
        api.post(ITEMS, "fatima:demo", newItem(ZWOLLE, "Zwolse werkwijze " + word, word));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = json(created).asJsonObject().getString("id");
    String etag = etagOf(id);
    etag = step(id, "fatima:demo", etag, "submit-for-review");
    etag = step(id, "noor:demo", etag, "approve");
    etag = etag(api.put(item(id), "fatima:demo", content("Zwolse werkwijze " + word, word), etag));
    etag = step(id, "fatima:demo", etag, "submit-for-review");
    etag = step(id, "noor:demo", etag, "approve");
    HttpResponse<String> attached =
        api.postBytes(item(id) + "/attachments?filename=leidraad.pdf", "fatima:demo", PDF);
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
    String attachmentId = json(attached).asJsonObject().getString("id");
    // the file went to a draft: version 3 publishes it
    etag = step(id, "fatima:demo", etagOf(id), "submit-for-review");
    etag = step(id, "noor:demo", etag, "approve");
    HttpResponse<String> drafted =
        api.put(item(id), "fatima:demo", content("Concept " + word, word), etagOf(id));
    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
    return new ZwolleItem(id, word, attachmentId, etag(drafted));
  }

  private static String content(String title, String theme) {
    return "{\"title\":\""
        + title
        + "\",\"summary\":\"Alleen voor de wijkteams van Zwolle\",\"body\":\"## Zo werkt het"
        + " in Zwolle\",\"lifeDomains\":[\"SOCIAAL\",\"TAAL\"],\"themes\":[\""
        + theme
        + "\"],\"translations\":{\"ar\":{\"title\":\"طريقة عمل زفوله\",\"body\":\"نص\"}}}";
  }

  private static String newItem(String municipality, String title, String theme) {
    return newItem(
        "it-" + UUID.randomUUID().toString().substring(0, 8), municipality, title, theme);
  }

  private static String newItem(String slug, String municipality, String title, String theme) {
    return "{\"slug\":\""
        + slug
        + "\",\"kind\":\"WORKING_METHOD\",\"municipalityCode\":\""
        + municipality
        + "\",\"content\":"
        + content(title, theme)
        + "}";
  }

  private static String item(String id) {
    return ITEMS + "/" + id;
  }

  private String etagOf(String id) throws Exception {
    return etag(api.get(item(id), "fatima:demo"));
  }

  private static String etag(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private String step(String id, String who, String etag, String action) throws Exception {
    return etag(api.post(item(id) + "/transitions", who, "{\"action\":\"" + action + "\"}", etag));
  }

  // --- Comparing answers ---

  /** One request, with {@code {item}} and {@code {file}} where the ids go. */
  private record Call(String method, String path, String body, boolean withIfMatch) {
    Call(String method, String path) {
      this(method, path, null, false);
    }
  }

  /** Every request the API takes on one item by id: reads, writes, steps and files. */
  private static List<Call> everyCallOnAnItem() {
    List<Call> calls = new ArrayList<>();
    calls.add(new Call("GET", ITEMS + "/{item}"));
    calls.add(new Call("PUT", ITEMS + "/{item}", content("Overgenomen", "overname"), true));
    for (String action :
        List.of("submit-for-review", "approve", "archive", "reopen", "discard-draft")) {
      calls.add(
          new Call("POST", ITEMS + "/{item}/transitions", "{\"action\":\"" + action + "\"}", true));
    }
    calls.add(
        new Call(
            "POST",
            ITEMS + "/{item}/transitions",
            "{\"action\":\"send-back\",\"comment\":\"Graag aanpassen\"}",
            true));
    calls.add(
        new Call(
            "POST",
            ITEMS + "/{item}/transitions",
            "{\"action\":\"restore\",\"versionNumber\":1}",
            true));
    calls.add(new Call("GET", ITEMS + "/{item}/versions"));
    calls.add(new Call("GET", ITEMS + "/{item}/attachments"));
    calls.add(new Call("POST-FILE", ITEMS + "/{item}/attachments?filename=mijn.pdf"));
    calls.add(new Call("GET", ITEMS + "/{item}/attachments/{file}"));
    calls.add(new Call("DELETE", ITEMS + "/{item}/attachments/{file}"));
    return calls;
  }

  private HttpResponse<String> send(Call call, Map<String, String> ids, String who, String etag)
      throws Exception {
    String path = call.path();
    for (Map.Entry<String, String> id : ids.entrySet()) {
      path = path.replace(id.getKey(), id.getValue());
    }
    return switch (call.method()) {
      case "GET" -> api.get(path, who);
      case "PUT" -> api.put(path, who, call.body(), call.withIfMatch() ? etag : null);
      case "POST" -> api.post(path, who, call.body(), call.withIfMatch() ? etag : null);
      case "POST-FILE" -> api.postBytes(path, who, PDF);
      case "DELETE" -> api.delete(path, who);
      default -> throw new IllegalArgumentException(call.method());
    };
  }

  /**
   * What an answer tells the caller, apart from the ids they asked for: status, content type, the
   * names of the headers, and the body without {@code instance}, with each id put back as its
   * placeholder.
   */
  private static String shape(HttpResponse<String> response, Map<String, String> ids) {
    String body = response.body();
    if (response
        .headers()
        .firstValue("Content-Type")
        .orElse("")
        .startsWith("application/problem+json")) {
      body =
          Json.createObjectBuilder(json(response).asJsonObject())
              .remove("instance")
              .build()
              .toString();
    }
    for (Map.Entry<String, String> id : ids.entrySet()) {
      body = body.replace("'" + id.getValue() + "'", "'" + id.getKey() + "'");
    }
    TreeSet<String> headers = new TreeSet<>(response.headers().map().keySet());
    headers.removeIf(h -> h.equalsIgnoreCase("date") || h.equalsIgnoreCase("content-length"));
    return response.statusCode()
        + "\n"
        + response.headers().firstValue("Content-Type").orElse("")
        + "\n"
        + headers
        + "\n"
        + body;
  }

  private static Map<String, String> ids(String item, String file) {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("{item}", item);
    ids.put("{file}", file);
    return ids;
  }

  /**
   * Asserts that the call answers 404 problem+json for this asker, identical to the answer for ids
   * that never existed.
   */
  private void assertNotFoundAsIfNothingThere(
      Call call, Asker asker, Map<String, String> elsewhere, String etag) throws Exception {
    HttpResponse<String> existsElsewhere = send(call, elsewhere, asker.credentials().get(), etag);
    Map<String, String> nowhere = ids(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    HttpResponse<String> existsNowhere = send(call, nowhere, asker.credentials().get(), etag);

    String description = asker.name() + ": " + call.method() + " " + call.path();
    assertThat(existsElsewhere.statusCode())
        .as(description + " " + existsElsewhere.body())
        .isEqualTo(404);
    assertProblem(existsElsewhere, 404, "Niet gevonden");
    assertThat(shape(existsElsewhere, elsewhere))
        .as(description + ": exists in Zwolle vs. exists nowhere")
        .isEqualTo(shape(existsNowhere, nowhere));
  }

  // --- The tests ---

  @Test
  void aZwolleProfessional_seesTheZwolleItem_itsVersionsTranslationAndFile() throws Exception {
    ZwolleItem zwolle = zwolleItem();

    JsonObject read = json(api.get(item(zwolle.id()), ZWOLLE_PROFESSIONAL)).asJsonObject();
    assertThat(read.getJsonObject("published").getJsonObject("content").getString("title"))
        .isEqualTo("Zwolse werkwijze " + zwolle.word());
    assertThat(read.getJsonObject("published").getJsonObject("translatedBodyHtml").keySet())
        .contains("ar");
    assertThat(json(api.get(item(zwolle.id()) + "/versions", ZWOLLE_PROFESSIONAL)).asJsonArray())
        .hasSize(3);
    assertThat(json(api.get(item(zwolle.id()) + "/attachments", ZWOLLE_PROFESSIONAL)).asJsonArray())
        .extracting(a -> a.asJsonObject().getString("id"))
        .containsExactly(zwolle.attachmentId());
    assertThat(
            api.download(
                    item(zwolle.id()) + "/attachments/" + zwolle.attachmentId(),
                    ZWOLLE_PROFESSIONAL)
                .body())
        .isEqualTo(PDF);
    assertThat(listedIds(ZWOLLE_PROFESSIONAL, "&theme=" + zwolle.word()))
        .containsExactly(zwolle.id());
    assertThat(searchHitIds(ZWOLLE_PROFESSIONAL, "q=" + misspelt(zwolle.word())))
        .as("a typo is forgiven where the item is visible")
        .containsExactly(zwolle.id());
    assertThat(searchHitIds(ZWOLLE_PROFESSIONAL, "q=" + zwolle.word()))
        .containsExactly(zwolle.id());
    assertThat(suggestionIds(ZWOLLE_PROFESSIONAL, zwolle.word())).containsExactly(zwolle.id());
    assertThat(listedIds("fatima:demo", "&status=draft")).contains(zwolle.id());
  }

  @Test
  void everyRequestOnTheZwolleItemById_is404ForHilversum_exactlyAsForAnIdThatNeverExisted()
      throws Exception {
    ZwolleItem zwolle = zwolleItem();
    Map<String, String> elsewhere = ids(zwolle.id(), zwolle.attachmentId());

    for (Asker asker : hilversum()) {
      for (Call call : everyCallOnAnItem()) {
        assertNotFoundAsIfNothingThere(call, asker, elsewhere, zwolle.etag());
      }
    }

    assertThat(etagOf(zwolle.id())).as("nothing was changed").isEqualTo(zwolle.etag());
    assertThat(json(api.get(item(zwolle.id()) + "/attachments", "fatima:demo")).asJsonArray())
        .extracting(a -> a.asJsonObject().getString("id"))
        .containsExactly(zwolle.attachmentId());
  }

  @Test
  void theZwolleFile_isNotFoundThroughAnItemHilversumMaySee_asAFileThatNeverExisted()
      throws Exception {
    ZwolleItem zwolle = zwolleItem();
    String national = nationalItemId();
    String path = item(national) + "/attachments/";

    for (Asker asker : hilversum()) {
      for (String method : List.of("GET", "DELETE")) {
        HttpResponse<String> elsewhere =
            method.equals("GET")
                ? api.get(path + zwolle.attachmentId(), asker.credentials().get())
                : api.delete(path + zwolle.attachmentId(), asker.credentials().get());
        String nowhereId = UUID.randomUUID().toString();
        HttpResponse<String> nowhere =
            method.equals("GET")
                ? api.get(path + nowhereId, asker.credentials().get())
                : api.delete(path + nowhereId, asker.credentials().get());

        assertProblem(elsewhere, 404, "Niet gevonden");
        assertThat(shape(elsewhere, Map.of("{file}", zwolle.attachmentId())))
            .as(asker.name() + " " + method)
            .isEqualTo(shape(nowhere, Map.of("{file}", nowhereId)));
      }
    }
    assertThat(
            api.download(
                    item(zwolle.id()) + "/attachments/" + zwolle.attachmentId(),
                    ZWOLLE_PROFESSIONAL)
                .body())
        .isEqualTo(PDF);
  }

  @Test
  void guessedIds_getTheSameAnswerAsTheRealZwolleIds_neighboursRandomOnesAndNumbersAlike()
      throws Exception {
    ZwolleItem zwolle = zwolleItem();
    List<Call> reads = everyCallOnAnItem().stream().filter(c -> c.method().equals("GET")).toList();
    List<String> guesses =
        List.of(
            neighbour(zwolle.id(), 1),
            neighbour(zwolle.id(), -1),
            neighbour(zwolle.attachmentId(), 1),
            UUID.randomUUID().toString(),
            new UUID(0, 0).toString(),
            "1",
            "42",
            "ijsvogel");

    for (Asker asker : hilversum()) {
      for (Call call : reads) {
        String real =
            shape(
                send(
                    call, ids(zwolle.id(), zwolle.attachmentId()), asker.credentials().get(), null),
                ids(zwolle.id(), zwolle.attachmentId()));
        for (String guess : guesses) {
          Map<String, String> guessed = ids(guess, neighbour(zwolle.attachmentId(), 1));
          assertThat(shape(send(call, guessed, asker.credentials().get(), null), guessed))
              .as(asker.name() + " " + call.path() + " with " + guess)
              .isEqualTo(real);
        }
      }
    }
    assertThat(api.get(item(zwolle.id()), ZWOLLE_PROFESSIONAL).statusCode()).isEqualTo(200);
  }

  @Test
  void listsSearchSuggestionsAndFacets_neitherShowNorCountTheZwolleItem() throws Exception {
    String kind = "&kind=working-method";
    long hilversumListed = listTotal(HILVERSUM_PROFESSIONAL, kind);
    long zwolleListed = listTotal(ZWOLLE_PROFESSIONAL, kind);
    String hilversumFacets = facets(HILVERSUM_PROFESSIONAL);
    String expertFacets = facets(hilversumExpert());
    long zwolleFound = searchTotal(ZWOLLE_PROFESSIONAL, "");

    ZwolleItem zwolle = zwolleItem();
    String word = zwolle.word();

    assertThat(listTotal(ZWOLLE_PROFESSIONAL, kind))
        .as("Zwolle counts it")
        .isEqualTo(zwolleListed + 1);
    assertThat(searchTotal(ZWOLLE_PROFESSIONAL, "")).isEqualTo(zwolleFound + 1);
    assertThat(listTotal(HILVERSUM_PROFESSIONAL, kind)).isEqualTo(hilversumListed);
    assertThat(facets(HILVERSUM_PROFESSIONAL))
        .as("every facet count of Hilversum's search is what it was")
        .isEqualTo(hilversumFacets);
    assertThat(facets(hilversumExpert())).isEqualTo(expertFacets);
    for (Asker asker : hilversum()) {
      String who = asker.credentials().get();
      assertThat(listedIds(who, "")).doesNotContain(zwolle.id());
      assertThat(listedIds(who, "&theme=" + word)).isEmpty();
      assertThat(listTotal(who, "&theme=" + word)).isZero();
      assertThat(searchTotal(who, "q=" + word)).isZero();
      assertThat(searchTotal(who, "theme=" + word)).isZero();
      assertThat(searchHitIds(who, "q=zwolse+werkwijze+" + word + "&pageSize=50"))
          .doesNotContain(zwolle.id());
      JsonObject typo = search(who, "q=" + misspelt(word));
      assertThat(typo.getJsonArray("hits").toString()).doesNotContain(zwolle.id());
      assertThat(String.valueOf(typo.get("didYouMean"))).as("no correction").doesNotContain(word);
      assertThat(suggestionIds(who, word)).isEmpty();
      assertThat(suggestionIds(who, "zwolse werkwijze " + word.substring(0, 8)))
          .doesNotContain(zwolle.id());
    }
    for (String status : List.of("draft", "in-review", "published", "archived")) {
      assertThat(listedIds(hilversumExpert(), "&status=" + status))
          .as("experts' status list " + status)
          .doesNotContain(zwolle.id());
    }
    assertThat(listedIds("fatima:demo", "&status=draft")).contains(zwolle.id());
  }

  @Test
  void aHilversumExpert_cannotPlaceAnItemInZwollesScope_norLearnMoreThanForANonexistentOne()
      throws Exception {
    for (Asker asker : hilversum()) {
      Map<String, String> shapes = new LinkedHashMap<>();
      for (String municipality : List.of(ZWOLLE, NO_MUNICIPALITY)) {
        HttpResponse<String> response =
            api.post(
                ITEMS,
                asker.credentials().get(),
                newItem(municipality, "Stiekem in Zwolle", "stiekem"));
        assertThat(response.statusCode()).as(asker.name() + " " + response.body()).isIn(403, 404);
        shapes.put(municipality, shape(response, Map.of("{municipality}", municipality)));
      }
      assertThat(shapes.get(ZWOLLE)).as(asker.name()).isEqualTo(shapes.get(NO_MUNICIPALITY));
    }
    assertThat(
            api.post(ITEMS, hilversumExpert(), newItem(ZWOLLE, "Stiekem in Zwolle", "stiekem"))
                .statusCode())
        .as("an expert who may write learns only that Zwolle is not hers")
        .isEqualTo(404);
  }

  @Test
  void aShortNameZwolleUses_isFreeInHilversum_soTryingItRevealsNothing() throws Exception {
    String zwolleName = "it-" + letters(10);
    HttpResponse<String> zwolle =
        api.post(ITEMS, "fatima:demo", newItem(zwolleName, ZWOLLE, "Zwolse naam", "stiekem"));
    assertThat(zwolle.statusCode()).as(zwolle.body()).isEqualTo(201);

    HttpResponse<String> sameName =
        api.post(
            ITEMS,
            hilversumExpert(),
            newItem(zwolleName, HILVERSUM, "Hilversumse naam", "stiekem"));
    HttpResponse<String> freshName =
        api.post(
            ITEMS,
            hilversumExpert(),
            newItem("it-" + letters(10), HILVERSUM, "Hilversumse naam", "stiekem"));

    assertThat(sameName.statusCode()).as(sameName.body()).isEqualTo(201);
    assertThat(freshName.statusCode()).as(freshName.body()).isEqualTo(201);
    HttpResponse<String> twiceInZwolle =
        api.post(ITEMS, "noor:demo", newItem(zwolleName, ZWOLLE, "Nog een Zwolse", "stiekem"));
    assertThat(twiceInZwolle.statusCode())
        .as("within one municipality a short name stays unique")
        .isEqualTo(409);
  }

  @Test
  void zwollesTeams_are404ForHilversum_asAMunicipalityOrTeamThatDoesNotExist() throws Exception {
    String team = "zwolle-" + letters(8);
    assertThat(
            api.post(
                    "/api/v1/municipalities/" + ZWOLLE + "/teams",
                    "ingrid:demo",
                    "{\"code\":\"" + team + "\",\"name\":\"Sociaal wijkteam Berkum\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            json(api.get("/api/v1/municipalities/" + ZWOLLE + "/teams", ZWOLLE_PROFESSIONAL))
                .asJsonArray())
        .extracting(t -> t.asJsonObject().getString("code"))
        .contains("zwolle-zuid", team);
    String municipalities = "/api/v1/municipalities/";

    for (Asker asker : hilversum()) {
      String who = asker.credentials().get();
      assertSameNotFound(
          asker,
          api.get(municipalities + ZWOLLE + "/teams", who),
          Map.of("{municipality}", ZWOLLE),
          api.get(municipalities + NO_MUNICIPALITY + "/teams", who),
          Map.of("{municipality}", NO_MUNICIPALITY));
      String unknownTeam = "zwolle-" + letters(8);
      for (String zwolleTeam : List.of("zwolle-zuid", team)) {
        assertSameNotFound(
            asker,
            api.get(municipalities + ZWOLLE + "/teams/" + zwolleTeam, who),
            Map.of("{team}", zwolleTeam),
            api.get(municipalities + ZWOLLE + "/teams/" + unknownTeam, who),
            Map.of("{team}", unknownTeam));
        assertSameNotFound(
            asker,
            api.get(municipalities + HILVERSUM + "/teams/" + zwolleTeam, who),
            Map.of("{team}", zwolleTeam),
            api.get(municipalities + HILVERSUM + "/teams/" + unknownTeam, who),
            Map.of("{team}", unknownTeam));
        assertSameNotFound(
            asker,
            api.get(municipalities + ZWOLLE + "/teams/" + zwolleTeam, who),
            Map.of("{team}", zwolleTeam),
            api.get(municipalities + NO_MUNICIPALITY + "/teams/" + zwolleTeam, who),
            Map.of("{team}", zwolleTeam));
      }
      String newTeam =
          "{\"code\":\"" + "zwolle-" + letters(8) + "\",\"name\":\"Binnengesmokkeld\"}";
      assertSameNotFound(
          asker,
          api.post(municipalities + ZWOLLE + "/teams", who, newTeam),
          Map.of("{municipality}", ZWOLLE),
          api.post(municipalities + NO_MUNICIPALITY + "/teams", who, newTeam),
          Map.of("{municipality}", NO_MUNICIPALITY));
      assertThat(json(api.get(municipalities + HILVERSUM + "/teams", who)).asJsonArray())
          .extracting(t -> t.asJsonObject().getString("code"))
          .as("Hilversum's own teams, none of Zwolle's")
          .isNotEmpty()
          .doesNotContain("zwolle-zuid", team);
    }
  }

  private static void assertSameNotFound(
      Asker asker,
      HttpResponse<String> elsewhere,
      Map<String, String> elsewhereIds,
      HttpResponse<String> nowhere,
      Map<String, String> nowhereIds) {
    assertProblem(elsewhere, 404, "Niet gevonden");
    assertThat(shape(elsewhere, elsewhereIds))
        .as(asker.name() + ": " + elsewhere.uri())
        .isEqualTo(shape(nowhere, nowhereIds));
  }

  // --- Reading lists, search and suggestions ---

  private JsonObject list(String who, String query) throws Exception {
    HttpResponse<String> response = api.get(ITEMS + "?pageSize=100" + query, who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).asJsonObject();
  }

  private List<String> listedIds(String who, String query) throws Exception {
    return list(who, query).getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("id"))
        .toList();
  }

  private long listTotal(String who, String query) throws Exception {
    return list(who, query).getJsonNumber("total").longValue();
  }

  private JsonObject search(String who, String query) throws Exception {
    HttpResponse<String> response = api.get("/api/v1/search?" + query, who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).asJsonObject();
  }

  private List<String> searchHitIds(String who, String query) throws Exception {
    return search(who, query).getJsonArray("hits").stream()
        .map(h -> h.asJsonObject().getString("id"))
        .toList();
  }

  private long searchTotal(String who, String query) throws Exception {
    return search(who, query).getJsonNumber("total").longValue();
  }

  /** Every facet count of a search without text, and its total. */
  private String facets(String who) throws Exception {
    JsonObject all = search(who, "pageSize=1");
    return all.getJsonNumber("total") + " " + all.getJsonObject("facets");
  }

  private List<String> suggestionIds(String who, String typed) throws Exception {
    HttpResponse<String> response =
        api.get(
            "/api/v1/search/suggestions?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8),
            who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .map(s -> s.getString("id"))
        .toList();
  }

  /** A published national item of the demo toolkit, which Hilversum may read. */
  private String nationalItemId() throws Exception {
    return list(HILVERSUM_PROFESSIONAL, "").getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("slug").equals("werken-met-een-tolk"))
        .map(i -> i.getString("id"))
        .findFirst()
        .orElseThrow();
  }

  /** The UUID one higher or lower in its last hex digit: the id an attacker tries next. */
  private static String neighbour(String uuid, int step) {
    int last = Character.digit(uuid.charAt(uuid.length() - 1), 16);
    return uuid.substring(0, uuid.length() - 1)
        + Character.forDigit(Math.floorMod(last + step, 16), 16);
  }

  /** The word with its last letter wrong: one typo, which search forgives. */
  private static String misspelt(String word) {
    char last = word.charAt(word.length() - 1);
    return word.substring(0, word.length() - 1) + (last == 'x' ? 'y' : 'x');
  }

  private static String letters(int count) {
    StringBuilder word = new StringBuilder();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < count; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
