package nl.brug.platform.api.search;

import static nl.brug.platform.api.ApiClient.assertProblem;
import static nl.brug.platform.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.brug.platform.api.ApiClient;
import nl.brug.platform.api.PlatformIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search on the real WAR: the demo toolkit is indexed at start, a publication is findable at once
 * (content's event → index after commit), scope holds, bad parameters are named.
 */
public abstract class SearchChecks {

  final URL base = PlatformIT.base();

  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(base);
  }

  private JsonObject search(String query, String who) throws Exception {
    HttpResponse<String> response = api.get("/api/v1/search?" + query, who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).asJsonObject();
  }

  private static List<String> titles(JsonObject results) {
    return results.getJsonArray("hits").stream()
        .map(h -> h.asJsonObject().getString("title"))
        .toList();
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theDemoToolkitIsSearchable_withTyposSynonymsAndFacets() throws Exception {
    JsonObject interpreter = search(q("tolk regelen arabisch"), "sanne:demo");
    assertThat(titles(interpreter).get(0)).containsIgnoringCase("tolk");
    assertThat(interpreter.getJsonArray("hits").getJsonObject(0).getString("snippetHtml"))
        .contains("<mark>");

    assertThat(titles(search(q("sleutelpersonnen eritrea"), "sanne:demo")))
        .anySatisfy(t -> assertThat(t).containsIgnoringCase("sleutelperson"));

    JsonObject all = search("", "sanne:demo");
    long kinds =
        all.getJsonObject("facets").getJsonArray("kind").stream()
            .mapToLong(v -> v.asJsonObject().getJsonNumber("count").longValue())
            .sum();
    assertThat(kinds).isEqualTo(all.getJsonNumber("total").longValue());
  }

  @Test
  void anItemPublishedThroughTheApi_isFoundAtOnce_andOnlyInItsMunicipality() throws Exception {
    String word = "zwaluwnest" + UUID.randomUUID().toString().substring(0, 4);
    String id = publish("GM0193", "Werkwijze " + word);

    JsonObject zwolle = search(q(word), "sanne:demo");
    assertThat(zwolle.getJsonArray("hits").getJsonObject(0).getString("id")).isEqualTo(id);
    assertThat(search(q(word), "youssef:demo").getJsonNumber("total").longValue()).isZero();
    JsonArray suggestions =
        json(api.get(
                "/api/v1/search/suggestions?q=werkwijze+" + word.substring(0, 6), "youssef:demo"))
            .asJsonArray();
    assertThat(suggestions.stream().map(JsonValue::toString)).noneMatch(s -> s.contains(word));
  }

  @Test
  void badParameters_areNamedInAProblem() throws Exception {
    JsonObject problem =
        assertProblem(api.get("/api/v1/search?kind=keuken", "sanne:demo"), 400, null);
    assertThat(problem.getJsonArray("invalidParams").getJsonObject(0).getString("name"))
        .isEqualTo("kind");
    assertProblem(api.get("/api/v1/search?sort=oudste", "sanne:demo"), 400, null);
    assertProblem(api.get("/api/v1/search?pageSize=0", "sanne:demo"), 400, null);
    assertProblem(api.get("/api/v1/search?q=" + "a".repeat(201), "sanne:demo"), 400, null);
    assertProblem(api.get("/api/v1/search/suggestions", "sanne:demo"), 400, null);
    assertProblem(api.get("/api/v1/search?q=tolk", null), 401, null);
  }

  @Test
  void contentGaps_areCountedPerMunicipality_andReadOnlyByItsExperts() throws Exception {
    String word = "merelnest" + letters(6);
    publish("GM0193", "Werkwijze " + word);
    assertThat(search(q(word), "sanne:demo").getJsonNumber("total").longValue()).isOne();
    assertThat(search(q(word), "youssef:demo").getJsonNumber("total").longValue()).isZero();
    String zwolleGap = "spreeuwnest" + letters(6);
    assertThat(search(q(zwolleGap + " 123456782"), "sanne:demo").getJsonNumber("total").longValue())
        .isZero();

    String fatima = api.get("/api/v1/search/content-gaps", "fatima:demo").body();
    assertThat(fatima)
        .as("Zwolle's gap without the BSN; Hilversum's gap is not Zwolle's")
        .contains("{\"query\":\"" + zwolleGap + "\",\"times\":1}")
        .doesNotContain(word, "123456782", "Werkwijze");
    HttpResponse<String> rachida =
        api.get("/api/v1/search/content-gaps?municipality=GM0193", "rachida:demo");
    assertThat(rachida.statusCode()).as(rachida.body()).isEqualTo(200);
    assertThat(rachida.body()).contains(zwolleGap).doesNotContain(word);
    assertThat(api.get("/api/v1/search/content-gaps", "thomas:demo").body())
        .as("an expert of Harderwijk")
        .doesNotContain(zwolleGap);
    assertProblem(
        api.get("/api/v1/search/content-gaps?municipality=GM0193", "thomas:demo"), 404, null);
    assertProblem(
        api.get("/api/v1/search/content-gaps?municipality=GM0402", "rachida:demo"), 404, null);
    assertProblem(api.get("/api/v1/search/content-gaps", "sanne:demo"), 403, null);
    assertProblem(api.get("/api/v1/search/content-gaps?month=november", "fatima:demo"), 400, null);
  }

  @Test
  void expertsSaveTheSynonymList_searchUsesItAtOnce_andNoSaveIsOverwritten() throws Exception {
    String word = "zorgpad" + letters(6);
    String other = "hulproute" + letters(6);
    publish(null, "Werkwijze " + word);
    assertThat(search(q(other), "sanne:demo").getJsonNumber("total").longValue()).isZero();
    HttpResponse<String> current = api.get("/api/v1/search/synonyms", "fatima:demo");
    assertThat(current.statusCode()).isEqualTo(200);
    String etag = current.headers().firstValue("ETag").orElseThrow();
    String text = json(current).asJsonObject().getString("text");

    HttpResponse<String> saved =
        api.put(
            "/api/v1/search/synonyms",
            "fatima:demo",
            jsonText(text + "\n" + word + ", " + other),
            etag);

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    assertThat(titles(search(q(other), "sanne:demo"))).containsExactly("Werkwijze " + word);
    assertProblem(
        api.put("/api/v1/search/synonyms", "noor:demo", jsonText("tolk, taalhulp"), etag),
        412,
        null);
    assertProblem(
        api.put("/api/v1/search/synonyms", "noor:demo", jsonText("tolk, taalhulp"), null),
        428,
        null);
    JsonObject invalid =
        assertProblem(
            api.put(
                "/api/v1/search/synonyms",
                "noor:demo",
                jsonText("tolk, taalhulp\nalleen"),
                saved.headers().firstValue("ETag").orElseThrow()),
            400,
            null);
    assertThat(invalid.getJsonArray("invalidParams").getJsonObject(0).getString("reason"))
        .startsWith("Regel 2");
    assertThat(titles(search(q(other), "sanne:demo")))
        .as("a refused list changes nothing")
        .containsExactly("Werkwijze " + word);
    assertProblem(api.get("/api/v1/search/synonyms", "sanne:demo"), 403, null);
  }

  @Test
  void anAdminRebuildsTheIndex_whileSearchKeepsAnswering() throws Exception {
    HttpResponse<String> started = api.post("/api/v1/search/index/rebuild", "daan:demo", "");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    assertThat(titles(search(q("tolk"), "sanne:demo"))).isNotEmpty();

    JsonObject status = json(api.get("/api/v1/search/index", "daan:demo")).asJsonObject();
    for (int i = 0; i < 200 && status.getBoolean("running"); i++) {
      Thread.sleep(100);
      status = json(api.get("/api/v1/search/index", "daan:demo")).asJsonObject();
    }

    assertThat(status.getBoolean("running")).isFalse();
    assertThat(status.get("failure")).isIn(null, JsonValue.NULL);
    assertThat(status.getJsonNumber("done").longValue())
        .isEqualTo(status.getJsonNumber("total").longValue())
        .isEqualTo(search("", "daan:demo").getJsonNumber("total").longValue());
    assertProblem(api.post("/api/v1/search/index/rebuild", "sanne:demo", ""), 403, null);
    assertProblem(api.get("/api/v1/search/index", "sanne:demo"), 403, null);
  }

  private static String jsonText(String text) {
    return jakarta.json.Json.createObjectBuilder().add("text", text).build().toString();
  }

  private static String letters(int count) {
    StringBuilder word = new StringBuilder();
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < count; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private String publish(String municipality, String title) throws Exception {
    return api.publish(
        "{\"slug\":\"it-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "\",\"kind\":\"WORKING_METHOD\",\"municipalityCode\":"
            + (municipality == null ? "null" : "\"" + municipality + "\"")
            + ",\"content\":{\"title\":\""
            + title
            + "\",\"summary\":\"Kort\",\"body\":\"Tekst\",\"lifeDomains\":[\"SOCIAAL\"]}}");
  }
}
