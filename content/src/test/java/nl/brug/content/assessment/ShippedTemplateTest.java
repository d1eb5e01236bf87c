package nl.brug.content.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Dutch template Brug ships ({@code assessment/brug-diversiteitsscan-v1.json}) fits the scoring
 * domain: the five dimensions of the issue, at least 30 items and 5 per dimension, unique keys,
 * known scales, and every item scores when a team answers it.
 */
class ShippedTemplateTest {

  private static final String TEMPLATE = "/assessment/brug-diversiteitsscan-v1.json";

  @Test
  void coversTheFiveDimensions_withAtLeastThirtyItems_andFivePerDimension() throws Exception {
    Checklist checklist = shipped();

    assertThat(checklist.dimensions())
        .extracting(ChecklistDimension::code)
        .containsExactly(
            "samenstelling", "toegankelijkheid", "werkwijze", "deskundigheid", "samenwerking");
    assertThat(checklist.items()).hasSizeGreaterThanOrEqualTo(30);
    for (ChecklistDimension dimension : checklist.dimensions()) {
      assertThat(checklist.itemsOf(dimension.code())).hasSizeGreaterThanOrEqualTo(5);
    }
    assertThat(checklist.items())
        .extracting(ChecklistItem::scale)
        .contains(AnswerScale.DEVELOPMENT_4, AnswerScale.AGREEMENT_5);
  }

  @Test
  void aRoundOnIt_scoresEveryDimension() throws Exception {
    Checklist checklist = shipped();
    List<SubmittedResponse> responses = new ArrayList<>();
    for (int member = 0; member < 3; member++) {
      Map<String, Answer> answers = new HashMap<>();
      for (ChecklistItem item : checklist.items()) {
        answers.put(item.key(), Answer.step(item.scale().min() + member));
      }
      responses.add(new SubmittedResponse(answers));
    }

    RoundResults results = RoundResults.of(checklist, responses);

    assertThat(results.shown()).isTrue();
    assertThat(results.dimensions()).allSatisfy(d -> assertThat(d.score().mean()).isPresent());
    assertThat(results.overallScore()).isPresent();
  }

  private static Checklist shipped() throws Exception {
    try (InputStream in = ShippedTemplateTest.class.getResourceAsStream(TEMPLATE);
        JsonReader reader = Json.createReader(in)) {
      JsonObject template = reader.readObject();
      List<ChecklistDimension> dimensions = new ArrayList<>();
      List<ChecklistItem> items = new ArrayList<>();
      int order = 0;
      for (JsonObject dimension :
          template.getJsonArray("dimensions").getValuesAs(JsonObject.class)) {
        String code = dimension.getString("code");
        dimensions.add(new ChecklistDimension(code, dimension.getString("name"), order++));
        for (JsonObject item : dimension.getJsonArray("items").getValuesAs(JsonObject.class)) {
          assertThat(item.getString("explanation")).isNotBlank();
          items.add(
              new ChecklistItem(
                  item.getString("key"),
                  code,
                  item.getString("statement"),
                  AnswerScale.valueOf(item.getString("scale"))));
        }
      }
      return new Checklist(Collections.unmodifiableList(dimensions), items);
    }
  }
}
