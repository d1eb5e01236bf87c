package nl.brug.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo toolkit is complete and fits the content model. */
class DemoToolkitContentTest {

  private static final Path FOLDER = Path.of("src/main/resources", DemoToolkit.FOLDER);
  private static List<JsonObject> items;

  @BeforeAll
  static void read() throws IOException {
    items =
        DemoToolkit.index().stream()
            .map(name -> FOLDER.resolve(name + ".json"))
            .map(DemoToolkitContentTest::json)
            .toList();
  }

  private static JsonObject json(Path file) {
    try (JsonReader reader =
        Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
  }

  @Test
  void theIndexNamesEveryItem_andEveryItemHasItsMarkdownBody() throws IOException {
    Set<String> onDisk;
    try (Stream<Path> files = Files.list(FOLDER)) {
      onDisk =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".json"))
              .map(f -> f.substring(0, f.length() - ".json".length()))
              .collect(Collectors.toSet());
    }
    assertThat(DemoToolkit.index()).containsExactlyInAnyOrderElementsOf(onDisk);
    for (String name : onDisk) {
      assertThat(FOLDER.resolve(name + ".md")).isNotEmptyFile();
    }
  }

  @Test
  void atLeast25Items_coveringEveryKindAndEveryLifeDomain() {
    assertThat(items).hasSizeGreaterThanOrEqualTo(25);
    Set<ToolkitKind> kinds = EnumSet.noneOf(ToolkitKind.class);
    Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
    for (JsonObject item : items) {
      kinds.add(ToolkitKind.valueOf(item.getString("kind")));
      item.getJsonArray("lifeDomains").getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .map(LifeDomain::valueOf)
          .forEach(domains::add);
    }
    assertThat(kinds).containsExactlyInAnyOrder(ToolkitKind.values());
    assertThat(domains).containsExactlyInAnyOrder(LifeDomain.values());
  }

  @Test
  void titlesAndSummariesFitTheirFields_andSlugsAreUnique() {
    assertThat(items)
        .allSatisfy(
            item -> {
              assertThat(item.getString("title"))
                  .hasSizeLessThanOrEqualTo(ItemContent.MAX_TITLE_LENGTH);
              assertThat(item.getString("summary"))
                  .hasSizeLessThanOrEqualTo(ItemContent.MAX_SUMMARY_LENGTH);
            });
    assertThat(items.stream().map(i -> i.getString("slug"))).doesNotHaveDuplicates();
  }

  @Test
  void interviewGuideQuestionsAreTranslatedIntoArabicTigrinyaAndEnglish() {
    List<JsonObject> guides =
        items.stream().filter(i -> i.getString("kind").equals("INTERVIEW_GUIDE")).toList();
    assertThat(guides).hasSizeGreaterThanOrEqualTo(2);
    for (JsonObject guide : guides) {
      for (JsonValue section : guide.getJsonArray("sections")) {
        for (JsonValue question : section.asJsonObject().getJsonArray("questions")) {
          assertThat(question.asJsonObject().getJsonObject("translations").keySet())
              .as(guide.getString("slug"))
              .contains("ar", "ti", "en");
        }
      }
    }
  }

  @Test
  void someGuidanceIsLocalToOneMunicipality() {
    assertThat(items.stream().map(i -> i.getString("scope")))
        .contains("national", "GM0193", "GM0402");
  }
}
