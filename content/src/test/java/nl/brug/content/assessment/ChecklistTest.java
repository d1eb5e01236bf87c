package nl.brug.content.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistTest {

  private static final ChecklistDimension COMPOSITION =
      new ChecklistDimension("samenstelling", "Samenstelling van het team", 1);
  private static final ChecklistDimension REACH =
      new ChecklistDimension("toegankelijkheid", "Toegankelijkheid en bereik", 2);

  private static ChecklistItem item(String key, String dimension) {
    return new ChecklistItem(key, dimension, "Stelling " + key, AnswerScale.AGREEMENT_5);
  }

  @Test
  void dimensionsAreKeptInTheirOrder_itemsInTemplateOrder() {
    Checklist checklist =
        new Checklist(
            List.of(REACH, COMPOSITION),
            List.of(item("T1", "toegankelijkheid"), item("S1", "samenstelling")));

    assertThat(checklist.dimensions()).containsExactly(COMPOSITION, REACH);
    assertThat(checklist.itemsOf("samenstelling"))
        .extracting(ChecklistItem::key)
        .containsOnly("S1");
  }

  @Test
  void anItemKeyUsedTwice_isRefused() {
    assertThatThrownBy(
            () ->
                new Checklist(
                    List.of(COMPOSITION),
                    List.of(item("S1", "samenstelling"), item("S1", "samenstelling"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("S1");
  }

  @Test
  void anItemOfAnUnknownDimension_isRefused() {
    assertThatThrownBy(() -> new Checklist(List.of(COMPOSITION), List.of(item("X1", "expertise"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expertise");
  }
}
