package nl.brug.content.assessment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An action point is about a dimension of the round's checklist (and maybe one of its statements),
 * says what in at most 1000 characters, has an owner from the team and a due date, and links only
 * published toolkit items. Each mistake is named in Dutch.
 */
class ActionPointInputTest {

  private static final Set<String> TEAM = Set.of("sanne", "kees", "marieke");
  private static final Set<String> PUBLISHED = Set.of("werken-met-een-tolk");

  private final Checklist checklist = shipped();

  private static Checklist shipped() {
    try (InputStream in =
        ActionPointInputTest.class.getResourceAsStream(ChecklistTemplates.SHIPPED_TEMPLATE)) {
      return TemplateDocument.read(new InputStreamReader(in, StandardCharsets.UTF_8)).checklist();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ActionPointInput input(
      String dimension, String item, String description, String owner, List<String> slugs) {
    return new ActionPointInput(
        dimension,
        Optional.ofNullable(item),
        description,
        owner,
        LocalDate.of(2027, 2, 1),
        null,
        slugs);
  }

  private void refused(ActionPointInput input, String saying) {
    assertThatThrownBy(() -> input.check(checklist, TEAM, PUBLISHED))
        .isInstanceOf(InvalidAssessmentInputException.class)
        .hasMessageContaining(saying);
  }

  @Test
  void aDimensionWithAStatementOfIt_anOwnerFromTheTeam_andAPublishedItem_isFine() {
    ActionPointInput fine =
        input(
            "samenstelling",
            "samenstelling-talen",
            "  Talenoverzicht maken  ",
            "sanne",
            List.of("werken-met-een-tolk", "werken-met-een-tolk", " "));

    assertThatCode(() -> fine.check(checklist, TEAM, PUBLISHED)).doesNotThrowAnyException();
    org.assertj.core.api.Assertions.assertThat(fine.toolkitSlugs())
        .containsExactly("werken-met-een-tolk");
    org.assertj.core.api.Assertions.assertThat(fine.status()).isEqualTo(ActionStatus.OPEN);
  }

  @Test
  void eachMistakeIsNamed() {
    refused(input("kleur", null, "x", "sanne", List.of()), "Kies een dimensie");
    refused(input(null, null, "x", "sanne", List.of()), "Kies een dimensie");
    refused(input("samenstelling", "bestaat-niet", "x", "sanne", List.of()), "'bestaat-niet'");
    refused(input("werkwijze", "samenstelling-talen", "x", "sanne", List.of()), "andere dimensie");
    refused(input("werkwijze", null, "   ", "sanne", List.of()), "hoogstens 1000 tekens");
    refused(input("werkwijze", null, "x".repeat(1001), "sanne", List.of()), "1000");
    refused(input("werkwijze", null, "x", "youssef", List.of()), "eigenaar");
    refused(input("werkwijze", null, "x", null, List.of()), "eigenaar");
    refused(input("werkwijze", null, "x", "sanne", List.of("geheim")), "'geheim'");
    refused(
        input(
            "werkwijze",
            null,
            "x",
            "sanne",
            java.util.stream.IntStream.range(0, 11).mapToObj(i -> "item-" + i).toList()),
        "hoogstens 10");
    refused(
        new ActionPointInput(
            "werkwijze", Optional.empty(), "x", "sanne", null, ActionStatus.OPEN, List.of()),
        "streefdatum");
  }
}
