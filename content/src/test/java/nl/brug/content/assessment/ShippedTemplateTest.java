package nl.brug.content.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Dutch template Brug ships ({@code assessment/brug-diversiteitsscan-v1.json}) fits the scoring
 * domain: the five dimensions of the issue, at least 30 items and 5 per dimension, every item
 * explained, and every item scores when a team answers it.
 */
class ShippedTemplateTest {

  static final String SHIPPED = "/assessment/brug-diversiteitsscan-v1.json";

  static TemplateDocument shipped() throws Exception {
    try (InputStream in = ShippedTemplateTest.class.getResourceAsStream(SHIPPED)) {
      return TemplateDocument.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  @Test
  void coversTheFiveDimensions_withAtLeastThirtyExplainedItems_andFivePerDimension()
      throws Exception {
    TemplateDocument template = shipped();

    assertThat(template.code()).isEqualTo("brug-diversiteitsscan");
    assertThat(template.version()).isEqualTo(1);
    assertThat(template.dimensions())
        .extracting(TemplateDocument.Dimension::code)
        .containsExactly(
            "samenstelling", "toegankelijkheid", "werkwijze", "deskundigheid", "samenwerking");
    assertThat(template.itemCount()).isGreaterThanOrEqualTo(30);
    assertThat(template.dimensions()).allSatisfy(d -> assertThat(d.items()).hasSizeGreaterThan(4));
    assertThat(template.dimensions().stream().flatMap(d -> d.items().stream()))
        .allSatisfy(item -> assertThat(item.explanation()).hasSizeGreaterThan(40))
        .extracting(TemplateDocument.Item::scale)
        .contains(AnswerScale.DEVELOPMENT_4, AnswerScale.AGREEMENT_5);
  }

  @Test
  void aRoundOnIt_scoresEveryDimension() throws Exception {
    Checklist checklist = shipped().checklist();
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
}
