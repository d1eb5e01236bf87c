package nl.brug.content.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Reading a template document that experts wrote: what a round relies on is checked, and what is
 * wrong is named in Dutch (which dimension, which statement).
 */
class TemplateDocumentTest {

  private static String template(String items) {
    return """
        {"code": "scan", "version": 2, "title": "Scan",
         "dimensions": [{"code": "werkwijze", "name": "Werkwijze", "items": [%s]}]}
        """
        .formatted(items);
  }

  private static final String GOOD_ITEM =
      """
      {"key": "werkwijze-tolk", "statement": "Wij zetten een tolk in.",
       "explanation": "Waarom dat ertoe doet.", "scale": "DEVELOPMENT_4",
       "toolkitSlugs": ["werken-met-een-tolk"]}
      """;

  private static TemplateDocument read(String json) {
    return TemplateDocument.read(new StringReader(json));
  }

  @Test
  void aGoodDocument_becomesAChecklistWithItsLinks() {
    TemplateDocument document = read(template(GOOD_ITEM));

    assertThat(document.version()).isEqualTo(2);
    assertThat(document.dimensions().get(0).items().get(0).toolkitSlugs())
        .containsExactly("werken-met-een-tolk");
    assertThat(document.checklist().items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.key()).isEqualTo("werkwijze-tolk");
              assertThat(item.dimensionCode()).isEqualTo("werkwijze");
              assertThat(item.scale()).isEqualTo(AnswerScale.DEVELOPMENT_4);
            });
  }

  @Test
  void anUnknownScale_isNamedWithItsStatement() {
    assertThatThrownBy(() -> read(template(GOOD_ITEM.replace("DEVELOPMENT_4", "PUNTEN_10"))))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessage(
            "Stelling 'werkwijze-tolk': de antwoordschaal 'PUNTEN_10' bestaat niet; kies"
                + " DEVELOPMENT_4 of AGREEMENT_5.");
  }

  @Test
  void aMissingStatementOrExplanation_isNamed() {
    assertThatThrownBy(
            () -> read(template(GOOD_ITEM.replace("\"Wij zetten een tolk in.\"", "\" \""))))
        .hasMessage("Stelling 'werkwijze-tolk' mist 'statement'.");
    assertThatThrownBy(() -> read(template(GOOD_ITEM.replace("\"explanation\"", "\"uitleg\""))))
        .hasMessage("Stelling 'werkwijze-tolk' mist 'explanation'.");
  }

  @Test
  void aKeyUsedTwice_isRefused_becauseTrendsFollowItemsByKey() {
    assertThatThrownBy(() -> read(template(GOOD_ITEM + "," + GOOD_ITEM)))
        .hasMessage("De stelling 'werkwijze-tolk' staat er twee keer in.");
  }

  @Test
  void aDimensionWithoutItems_andADocumentWithoutVersion_areRefused() {
    assertThatThrownBy(() -> read(template("")))
        .hasMessage("Dimensie 'werkwijze' heeft geen lijst 'items'.");
    assertThatThrownBy(() -> read(template(GOOD_ITEM).replace("\"version\": 2,", "")))
        .hasMessage("Het sjabloon heeft geen versienummer (1 of hoger).");
  }

  @Test
  void somethingThatIsNotJson_saysSo() {
    assertThatThrownBy(() -> read("Diversiteitsscan, versie 1"))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessage("Het sjabloon is geen geldig JSON-object.");
  }

  @Test
  void theNextVersionDraft_changesOnlyTheVersionNumber() {
    String first = template(GOOD_ITEM);

    String next = TemplateDocument.withVersion(first, 3);

    TemplateDocument before = read(first);
    TemplateDocument after = read(next);
    assertThat(before.version()).isEqualTo(2);
    assertThat(after.version()).isEqualTo(3);
    assertThat(after.dimensions()).isEqualTo(before.dimensions());
    assertThat(after.title()).isEqualTo(before.title());
    assertThatThrownBy(() -> TemplateDocument.withVersion("[1, 2]", 2))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessage("Het sjabloon is geen geldig JSON-object.");
  }
}
