package nl.brug.platform.api.toolkit;

import static nl.brug.platform.api.ApiClient.assertProblem;
import static nl.brug.platform.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.brug.platform.api.ApiClient;
import nl.brug.platform.api.PlatformIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editorial workflow over REST on the real WAR: four eyes, ETags, versions, scope. */
public abstract class ToolkitItemsChecks {

  private static final String ITEMS = "/api/v1/toolkit-items";

  final URL base = PlatformIT.base();

  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(base);
  }

  private static String newItem(String slug, String municipality, String title) {
    return "{\"slug\":\""
        + slug
        + "\",\"kind\":\"WORKING_METHOD\","
        + (municipality == null ? "" : "\"municipalityCode\":\"" + municipality + "\",")
        + "\"content\":"
        + content(title)
        + "}";
  }

  private static String content(String title) {
    return "{\"title\":\""
        + title
        + "\",\"summary\":\"Kort\",\"body\":\"## Zo werkt het\",\"lifeDomains\":[\"TAAL\",\"SOCIAAL\"],"
        + "\"themes\":[\"tolken\",\"gespreksvoering\"]}";
  }

  private static String slug() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).asJsonObject().getString("id");
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private HttpResponse<String> step(String id, String who, String etag, String action)
      throws Exception {
    return api.post(
        ITEMS + "/" + id + "/transitions", who, "{\"action\":\"" + action + "\"}", etag);
  }

  /** Creates, submits (fatima, Zwolle) and approves (noor, Zwolle); returns the item id. */
  private String published(String municipality, String title) throws Exception {
    return api.publish(newItem(slug(), municipality, title));
  }

  @Test
  void aDraftIsInvisibleToProfessionals_untilASecondExpertApprovesIt() throws Exception {
    String id =
        created(api.post(ITEMS, "fatima:demo", newItem(slug(), null, "Werken met een tolk")));
    assertProblem(api.get(ITEMS + "/" + id, "sanne:demo"), 404, "Niet gevonden");

    HttpResponse<String> submitted =
        step(
            id, "fatima:demo", etag(api.get(ITEMS + "/" + id, "fatima:demo")), "submit-for-review");
    assertProblem(step(id, "fatima:demo", etag(submitted), "approve"), 409, null);
    assertThat(step(id, "thomas:demo", etag(submitted), "approve").statusCode()).isEqualTo(200);

    JsonObject read = json(api.get(ITEMS + "/" + id, "sanne:demo")).asJsonObject();
    JsonObject published = read.getJsonObject("published");
    assertThat(published.getInt("number")).isEqualTo(1);
    assertThat(published.getString("reviewer")).isEqualTo("thomas");
    assertThat(published.getJsonObject("content").getJsonArray("themes").getString(0))
        .isEqualTo("tolken");
    assertThat(read.containsKey("draft")).as("readers see no draft").isFalse();
    assertThat(published.getString("bodyHtml")).isEqualTo("<h2>Zo werkt het</h2>\n");
  }

  @Test
  void aStaleIfMatchGets412_andLosesNothing() throws Exception {
    String id = created(api.post(ITEMS, "fatima:demo", newItem(slug(), null, "Eerste titel")));
    String original = etag(api.get(ITEMS + "/" + id, "fatima:demo"));
    HttpResponse<String> first =
        api.put(ITEMS + "/" + id, "thomas:demo", content("Thomas schreef dit"), original);
    assertThat(first.statusCode()).isEqualTo(200);

    assertProblem(
        api.put(ITEMS + "/" + id, "fatima:demo", content("Fatima schreef dit"), original),
        412,
        "Iemand anders was je voor");
    assertProblem(
        api.put(ITEMS + "/" + id, "fatima:demo", content("Zonder versie"), null), 428, null);

    JsonObject draft =
        json(api.get(ITEMS + "/" + id, "fatima:demo")).asJsonObject().getJsonObject("draft");
    assertThat(draft.getJsonObject("content").getString("title")).isEqualTo("Thomas schreef dit");
  }

  @Test
  void editingAPublishedItem_keepsVersion1ForReaders_untilVersion2IsApproved() throws Exception {
    String id = published(null, "Versie een");
    String etag = etag(api.get(ITEMS + "/" + id, "fatima:demo"));

    HttpResponse<String> edited =
        api.put(ITEMS + "/" + id, "fatima:demo", content("Versie twee"), etag);

    assertThat(edited.statusCode()).isEqualTo(200);
    JsonObject reader = json(api.get(ITEMS + "/" + id, "youssef:demo")).asJsonObject();
    assertThat(reader.getJsonObject("published").getJsonObject("content").getString("title"))
        .isEqualTo("Versie een");
    HttpResponse<String> submitted = step(id, "fatima:demo", etag(edited), "submit-for-review");
    step(id, "thomas:demo", etag(submitted), "approve");
    assertThat(json(api.get(ITEMS + "/" + id + "/versions", "youssef:demo")).asJsonArray())
        .extracting(v -> v.asJsonObject().getJsonObject("content").getString("title"))
        .containsExactly("Versie een", "Versie twee");
  }

  @Test
  void restoringVersion1_makesADraftWithItsContent() throws Exception {
    String id = published(null, "Origineel");
    HttpResponse<String> edited =
        api.put(
            ITEMS + "/" + id,
            "thomas:demo",
            content("Verbeterd"),
            etag(api.get(ITEMS + "/" + id, "thomas:demo")));
    HttpResponse<String> submitted = step(id, "thomas:demo", etag(edited), "submit-for-review");
    HttpResponse<String> approved = step(id, "fatima:demo", etag(submitted), "approve");

    HttpResponse<String> restored =
        api.post(
            ITEMS + "/" + id + "/transitions",
            "fatima:demo",
            "{\"action\":\"restore\",\"versionNumber\":1}",
            etag(approved));

    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    JsonObject item = json(restored).asJsonObject();
    assertThat(item.getString("status")).isEqualTo("DRAFT");
    assertThat(item.getJsonObject("draft").getJsonObject("content").getString("title"))
        .isEqualTo("Origineel");
    assertThat(item.getJsonObject("published").getJsonObject("content").getString("title"))
        .isEqualTo("Verbeterd");
  }

  @Test
  void aZwolleItem_isNotFoundForHilversum_byIdOrInTheList() throws Exception {
    String id = published("GM0193", "Alleen in Zwolle");

    assertThat(api.get(ITEMS + "/" + id, "sanne:demo").statusCode()).isEqualTo(200);
    assertProblem(api.get(ITEMS + "/" + id, "youssef:demo"), 404, "Niet gevonden");
    assertThat(
            json(api.get(ITEMS + "?pageSize=100", "youssef:demo"))
                .asJsonObject()
                .getJsonArray("items"))
        .extracting(i -> i.asJsonObject().getString("id"))
        .doesNotContain(id);
    assertThat(
            json(api.get(ITEMS + "?pageSize=100", "sanne:demo"))
                .asJsonObject()
                .getJsonArray("items"))
        .extracting(i -> i.asJsonObject().getString("id"))
        .contains(id);
  }

  @Test
  void scriptInTheBody_neverReachesTheApiAsHtml() throws Exception {
    String body =
        "{\"title\":\"XSS\",\"body\":\"<script>alert(1)</script> [x](javascript:alert(1))\"}";
    String id =
        created(
            api.post(
                ITEMS,
                "fatima:demo",
                "{\"slug\":\"" + slug() + "\",\"kind\":\"BACKGROUND\",\"content\":" + body + "}"));

    String html =
        json(api.get(ITEMS + "/" + id, "fatima:demo"))
            .asJsonObject()
            .getJsonObject("draft")
            .getString("bodyHtml");

    assertThat(html).doesNotContain("<script").doesNotContain("href=\"javascript");
  }

  private List<String> slugsFor(String who, String query) throws Exception {
    return json(api.get(ITEMS + "?pageSize=100" + query, who))
        .asJsonObject()
        .getJsonArray("items")
        .stream()
        .map(i -> i.asJsonObject().getString("slug"))
        .toList();
  }

  @Test
  void theDemoToolkitIsPublished_localGuidanceOnlyInItsOwnMunicipality() throws Exception {
    assertThat(slugsFor("sanne:demo", ""))
        .contains("werken-met-een-tolk", "zwolle-wie-doet-wat-bij-statushouders")
        .doesNotContain("hilversum-grip-op-geld");
    assertThat(slugsFor("youssef:demo", ""))
        .contains("werken-met-een-tolk", "hilversum-grip-op-geld")
        .doesNotContain("zwolle-wie-doet-wat-bij-statushouders");
    assertThat(slugsFor("youssef:demo", "&kind=interview-guide"))
        .contains("cultuursensitief-intakegesprek", "gesprek-over-geld-en-schulden");
    String intake =
        json(api.get(ITEMS + "?pageSize=100&kind=interview-guide", "youssef:demo"))
            .asJsonObject()
            .getJsonArray("items")
            .stream()
            .map(i -> i.asJsonObject())
            .filter(i -> i.getString("slug").equals("cultuursensitief-intakegesprek"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("published")
            .getJsonObject("content")
            .getJsonObject("guide")
            .getJsonArray("sections")
            .getJsonObject(0)
            .getJsonArray("questions")
            .getJsonObject(0)
            .getJsonObject("translations")
            .getJsonObject("ti")
            .getString("status");
    assertThat(intake).isEqualTo("DRAFT_NEEDS_NATIVE_REVIEW");
  }

  /** Saves the draft with these lists and returns them as the draft now holds them. */
  private JsonObject saveLists(String id, String themes, String targetGroups, String sources)
      throws Exception {
    HttpResponse<String> saved =
        api.put(
            ITEMS + "/" + id,
            "fatima:demo",
            "{\"title\":\"Lijsten\",\"themes\":"
                + themes
                + ",\"targetGroups\":"
                + targetGroups
                + ",\"sources\":"
                + sources
                + "}",
            etag(api.get(ITEMS + "/" + id, "fatima:demo")));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    return json(api.get(ITEMS + "/" + id, "fatima:demo"))
        .asJsonObject()
        .getJsonObject("draft")
        .getJsonObject("content");
  }

  private static List<String> strings(JsonObject content, String list) {
    return content.getJsonArray(list).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  @Test
  void expertReplacesReordersRemovesAndRepeatsThemes_draftIsSavedEachTime_eachValueOnce()
      throws Exception {
    String id = created(api.post(ITEMS, "fatima:demo", newItem(slug(), null, "Lijsten")));
    saveLists(id, "[\"a\"]", "[\"a\"]", "[\"a\"]");

    JsonObject replaced = saveLists(id, "[\"x\"]", "[\"x\"]", "[\"x\"]");
    assertThat(strings(replaced, "themes")).containsExactly("x");
    assertThat(strings(replaced, "targetGroups")).containsExactly("x");
    assertThat(strings(replaced, "sources")).containsExactly("x");

    saveLists(id, "[\"a\",\"b\",\"c\"]", "[\"a\",\"b\"]", "[\"a\",\"b\"]");
    JsonObject reordered = saveLists(id, "[\"c\",\"a\",\"b\"]", "[\"b\",\"a\"]", "[\"b\",\"a\"]");
    assertThat(strings(reordered, "themes")).containsExactly("c", "a", "b");
    assertThat(strings(reordered, "targetGroups")).containsExactly("b", "a");
    assertThat(strings(reordered, "sources")).containsExactly("b", "a");

    JsonObject repeated =
        saveLists(id, "[\"a\",\"a\",\"b\",\"a\"]", "[\"b\",\"b\"]", "[\"a\",\"b\",\"a\"]");
    assertThat(strings(repeated, "themes")).as("each value once").containsExactly("a", "b");
    assertThat(strings(repeated, "targetGroups")).containsExactly("b");
    assertThat(strings(repeated, "sources")).containsExactly("a", "b");
    JsonObject swapped = saveLists(id, "[\"b\",\"a\",\"a\"]", "[\"c\",\"b\"]", "[\"b\"]");
    assertThat(strings(swapped, "themes")).containsExactly("b", "a");
    assertThat(strings(swapped, "targetGroups")).containsExactly("c", "b");
    assertThat(strings(swapped, "sources")).containsExactly("b");

    JsonObject removed = saveLists(id, "[]", "[\"y\"]", "[]");
    assertThat(strings(removed, "themes")).isEmpty();
    assertThat(strings(removed, "targetGroups")).containsExactly("y");
    assertThat(strings(removed, "sources")).isEmpty();
  }

  @Test
  void editingThemesOfAPublishedItem_startsADraft_andReadersKeepTheOldOnes() throws Exception {
    String id = published(null, "Thema's wisselen");

    JsonObject draft = saveLists(id, "[\"gespreksvoering\",\"tolken\"]", "[]", "[]");

    assertThat(strings(draft, "themes")).containsExactly("gespreksvoering", "tolken");
    JsonObject read =
        json(api.get(ITEMS + "/" + id, "sanne:demo"))
            .asJsonObject()
            .getJsonObject("published")
            .getJsonObject("content");
    assertThat(strings(read, "themes")).containsExactly("tolken", "gespreksvoering");
  }

  /** Saves this JSON as the draft's content and expects 400 naming the field. */
  private void refused(String id, String content, String field) throws Exception {
    JsonObject problem =
        assertProblem(
            api.put(
                ITEMS + "/" + id,
                "fatima:demo",
                content,
                etag(api.get(ITEMS + "/" + id, "fatima:demo"))),
            400,
            null);
    assertThat(problem.getJsonArray("invalidParams").getJsonObject(0).getString("name"))
        .as(content.length() > 200 ? content.substring(0, 200) : content)
        .isEqualTo(field);
    assertThat(problem.getJsonArray("invalidParams").getJsonObject(0).getString("reason"))
        .isNotBlank();
  }

  private static String repeat(String element, int times) {
    return "[" + String.join(",", java.util.Collections.nCopies(times, element)) + "]";
  }

  private static String guide(String sections) {
    return "{\"title\":\"Leidraad\",\"guide\":{\"sections\":" + sections + "}}";
  }

  @Test
  void nullsTooLongTextsAndTooLongLists_areRefusedNamingTheField_andNothingIsSaved()
      throws Exception {
    String id = created(api.post(ITEMS, "fatima:demo", newItem(slug(), null, "Grenzen")));
    String question = "{\"text\":\"Hoe gaat het?\"}";

    refused(id, guide("[null]"), "guide.sections[0]");
    refused(
        id,
        guide("[{\"title\":\"Start\",\"questions\":[null]}]"),
        "guide.sections[0].questions[0]");
    refused(
        id,
        guide("[{\"title\":\"Start\",\"questions\":[{\"text\":\"Hoe?\",\"prompts\":[null]}]}]"),
        "guide.questions.prompts");
    refused(
        id,
        guide(
            "[{\"title\":\"Start\",\"questions\":[{\"text\":\"Hoe?\",\"translations\":{\"ti\":null}}]}]"),
        "guide.sections[0].questions[0].translations.ti");
    refused(
        id,
        guide("[{\"title\":\"Start\",\"questions\":[{\"text\":\"" + "x".repeat(1001) + "\"}]}]"),
        "guide.questions.text");
    refused(
        id,
        guide(
            "[{\"title\":\"Start\",\"questions\":[{\"text\":\"Hoe?\",\"translations\":{\"ti\":{\"text\":\""
                + "x".repeat(1001)
                + "\"}}}]}]"),
        "guide.questions.translations.text");
    refused(
        id,
        guide("[{\"title\":\"Start\",\"questions\":" + repeat(question, 5_000) + "}]"),
        "guide.sections.questions");
    refused(id, guide(repeat("{\"title\":\"Deel\"}", 51)), "guide.sections");
    refused(
        id,
        "{\"title\":\"Vertaald\",\"translations\":{\"fa\":{\"title\":\""
            + "x".repeat(151)
            + "\"}}}",
        "translations.title");
    refused(id, "{\"title\":\"Thema's\",\"themes\":[null]}", "themes");
    refused(id, "{\"title\":\"Thema's\",\"themes\":" + repeat("\"t\"", 10_000) + "}", "themes");
    refused(id, "{\"title\":\"Bronnen\",\"sources\":[\"" + "x".repeat(501) + "\"]}", "sources");
    refused(id, "{\"title\":\"Domeinen\",\"lifeDomains\":[null]}", "lifeDomains");

    JsonObject draft =
        json(api.get(ITEMS + "/" + id, "fatima:demo")).asJsonObject().getJsonObject("draft");
    assertThat(draft.getJsonObject("content").getString("title")).isEqualTo("Grenzen");
  }

  @Test
  void aFileAddedToAPublishedItem_reachesReadersOnlyWhenASecondExpertApprovesTheDraft()
      throws Exception {
    String id = published(null, "Met werkblad");
    String files = ITEMS + "/" + id + "/attachments";
    byte[] pdf = "%PDF-1.7\n% werkblad\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    HttpResponse<String> added =
        api.postBytes(files + "?filename=werkblad.pdf", "fatima:demo", pdf);

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String location = added.headers().firstValue("Location").orElseThrow();
    String download = location.substring(location.indexOf("/api/"));
    assertThat(json(api.get(files, "sanne:demo")).asJsonArray()).isEmpty();
    assertThat(api.download(download, "youssef:demo").statusCode()).isEqualTo(404);
    assertThat(json(api.get(files + "?draft=true", "fatima:demo")).asJsonArray())
        .extracting(a -> a.asJsonObject().getString("filename"))
        .containsExactly("werkblad.pdf");
    JsonObject item = json(api.get(ITEMS + "/" + id, "fatima:demo")).asJsonObject();
    assertThat(item.getString("status")).isEqualTo("DRAFT");

    HttpResponse<String> submitted =
        step(
            id, "fatima:demo", etag(api.get(ITEMS + "/" + id, "fatima:demo")), "submit-for-review");
    assertProblem(step(id, "fatima:demo", etag(submitted), "approve"), 409, null);
    assertThat(step(id, "noor:demo", etag(submitted), "approve").statusCode()).isEqualTo(200);

    assertThat(json(api.get(files, "sanne:demo")).asJsonArray())
        .extracting(a -> a.asJsonObject().getString("filename"))
        .containsExactly("werkblad.pdf");
    HttpResponse<byte[]> read = api.download(download, "youssef:demo");
    assertThat(read.body()).isEqualTo(pdf);
    assertThat(read.headers().firstValue("Content-Type")).hasValue("application/pdf");

    assertProblem(
        api.postBytes(
            files + "?filename=rapport.pdf",
            "fatima:demo",
            "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
        400,
        null);
    assertProblem(api.postBytes(files + "?filename=x.pdf", "sanne:demo", pdf), 403, null);
  }

  @Test
  void discardingTheDraft_discardsItsAddedFile_andRemovingAFileWaitsForTheNextVersion()
      throws Exception {
    String id = published(null, "Bestanden en concepten");
    String files = ITEMS + "/" + id + "/attachments";
    byte[] pdf = "%PDF-1.7\n% bijlage\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    String kept =
        json(api.postBytes(files + "?filename=blijft.pdf", "fatima:demo", pdf))
            .asJsonObject()
            .getString("id");
    HttpResponse<String> submitted =
        step(
            id, "fatima:demo", etag(api.get(ITEMS + "/" + id, "fatima:demo")), "submit-for-review");
    step(id, "noor:demo", etag(submitted), "approve");

    String dropped =
        json(api.postBytes(files + "?filename=weg.pdf", "fatima:demo", pdf))
            .asJsonObject()
            .getString("id");
    HttpResponse<String> discarded =
        step(id, "fatima:demo", etag(api.get(ITEMS + "/" + id, "fatima:demo")), "discard-draft");

    assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(200);
    assertThat(api.download(files + "/" + dropped, "fatima:demo").statusCode()).isEqualTo(404);
    assertThat(json(api.get(files + "?draft=true", "fatima:demo")).asJsonArray())
        .extracting(a -> a.asJsonObject().getString("id"))
        .containsExactly(kept);

    assertThat(api.delete(files + "/" + kept, "fatima:demo").statusCode()).isEqualTo(204);
    assertThat(json(api.get(files, "sanne:demo")).asJsonArray())
        .extracting(a -> a.asJsonObject().getString("id"))
        .containsExactly(kept);
    assertThat(json(api.get(files + "?draft=true", "fatima:demo")).asJsonArray()).isEmpty();
  }

  @Test
  void filterByLanguage_findsTheGuidesTranslatedIntoTigrinya_andStatusIsForExperts()
      throws Exception {
    assertThat(slugsFor("sanne:demo", "&language=ti"))
        .contains("cultuursensitief-intakegesprek", "gesprek-over-geld-en-schulden")
        .doesNotContain("werken-met-een-tolk");
    String draft =
        created(api.post(ITEMS, "fatima:demo", newItem(slug(), null, "Nog een concept")));
    assertThat(
            json(api.get(ITEMS + "?pageSize=100&status=draft", "fatima:demo"))
                .asJsonObject()
                .getJsonArray("items")
                .stream()
                .map(i -> i.asJsonObject().getString("id")))
        .contains(draft);
    String archived = published(null, "Wordt gearchiveerd");
    step(archived, "fatima:demo", etag(api.get(ITEMS + "/" + archived, "fatima:demo")), "archive");
    assertThat(
            json(api.get(ITEMS + "?pageSize=100&status=archived", "noor:demo"))
                .asJsonObject()
                .getJsonArray("items")
                .stream()
                .map(i -> i.asJsonObject().getString("id")))
        .contains(archived);
    assertProblem(api.get(ITEMS + "?status=draft", "sanne:demo"), 403, null);
    assertProblem(api.get(ITEMS + "?language=xx", "sanne:demo"), 400, null);
  }

  @Test
  void anItemCanCarryTranslations_renderedSafely_andFoundByLanguage() throws Exception {
    String id = created(api.post(ITEMS, "fatima:demo", newItem(slug(), null, "Tolk in het Farsi")));
    String translated =
        "{\"title\":\"Tolk in het Farsi\",\"body\":\"Tekst\",\"translations\":{\"fa\":"
            + "{\"title\":\"کار با مترجم\",\"body\":\"**متن** <script>x</script>\"}}}";
    HttpResponse<String> saved =
        api.put(
            ITEMS + "/" + id,
            "fatima:demo",
            translated,
            etag(api.get(ITEMS + "/" + id, "fatima:demo")));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    HttpResponse<String> submitted = step(id, "fatima:demo", etag(saved), "submit-for-review");
    step(id, "noor:demo", etag(submitted), "approve");

    JsonObject published =
        json(api.get(ITEMS + "/" + id, "youssef:demo")).asJsonObject().getJsonObject("published");
    assertThat(published.getJsonArray("languages").toString()).contains("fa", "nl");
    assertThat(published.getJsonObject("translatedBodyHtml").getString("fa"))
        .contains("<strong>متن</strong>")
        .doesNotContain("<script");
    assertThat(
            published
                .getJsonObject("content")
                .getJsonObject("translations")
                .getJsonObject("fa")
                .getString("status"))
        .isEqualTo("DRAFT_NEEDS_NATIVE_REVIEW");
    assertThat(slugsFor("youssef:demo", "&language=fa")).isNotEmpty();
    assertProblem(
        api.put(
            ITEMS + "/" + id,
            "fatima:demo",
            "{\"title\":\"x\",\"translations\":{\"xx\":{\"title\":\"y\"}}}",
            etag(api.get(ITEMS + "/" + id, "fatima:demo"))),
        400,
        null);
  }

  @Test
  void onlyExpertsWrite_andBadFiltersAreNamed() throws Exception {
    assertProblem(
        api.post(ITEMS, "sanne:demo", newItem(slug(), null, "Mag niet")), 403, "Geen toegang");
    JsonObject problem = assertProblem(api.get(ITEMS + "?domain=keuken", "sanne:demo"), 400, null);
    assertThat(problem.getJsonArray("invalidParams").getJsonObject(0).getString("name"))
        .isEqualTo("domain");
  }
}
