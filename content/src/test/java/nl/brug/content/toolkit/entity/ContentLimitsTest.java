package nl.brug.content.toolkit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Content is refused before the database sees it: no empty element in a list, no text longer than
 * its column, no list longer than its maximum. Each refusal names the field in Dutch.
 */
class ContentLimitsTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  private static ItemContent withLists(
      List<String> themes, List<String> targetGroups, List<String> sources) {
    return new ItemContent("Titel", "", "", Set.of(), themes, targetGroups, null, sources, null);
  }

  private static InvalidContentException refusal(Runnable step) {
    InvalidContentException refused =
        catchThrowableOfType(step::run, InvalidContentException.class);
    assertThat(refused).as("refused").isNotNull();
    return refused;
  }

  private static InterviewGuide.Question question(String text) {
    return new InterviewGuide.Question(text, null, List.of(), Map.of());
  }

  @Test
  void anEmptyThemeTargetGroupOrSource_isRefusedNamingTheList() {
    List<String> withNull = Arrays.asList("tolken", null);

    assertThat(refusal(() -> withLists(withNull, List.of(), List.of())).field())
        .isEqualTo("themes");
    assertThat(refusal(() -> withLists(List.of(), withNull, List.of())).field())
        .isEqualTo("targetGroups");
    InvalidContentException source = refusal(() -> withLists(List.of(), List.of(), withNull));
    assertThat(source.field()).isEqualTo("sources");
    assertThat(source.getMessage()).isEqualTo("Een van de bronnen mag niet leeg zijn.");
  }

  @Test
  void tenThousandThemes_areRefused_thirtyAreFine() {
    List<String> many = Collections.nCopies(10_000, "tolken");

    InvalidContentException refused = refusal(() -> withLists(many, List.of(), List.of()));

    assertThat(refused.field()).isEqualTo("themes");
    assertThat(refused.getMessage()).isEqualTo("Hoogstens 30 thema's, nu 10000.");
    List<String> thirty =
        java.util.stream.IntStream.range(0, ItemContent.MAX_THEMES).mapToObj(i -> "t" + i).toList();
    assertThat(withLists(thirty, List.of(), List.of()).themes()).hasSize(30);
  }

  @Test
  void aThemeOrSourceLongerThanItsColumn_isRefused() {
    String theme = "x".repeat(ItemContent.MAX_LABEL_LENGTH + 1);
    String source = "x".repeat(ItemContent.MAX_SOURCE_LENGTH + 1);

    assertThat(refusal(() -> withLists(List.of(theme), List.of(), List.of())).getMessage())
        .isEqualTo("Een van de thema's is te lang: hoogstens 80 tekens, nu 81.");
    assertThat(refusal(() -> withLists(List.of(), List.of(), List.of(source))).field())
        .isEqualTo("sources");
  }

  @Test
  void aThemeTargetGroupOrSourceGivenTwice_isKeptOnce_inTheOrderGiven() {
    ItemContent content =
        withLists(List.of("b", "a", "b", "a"), List.of("x", "x"), List.of("bron", "bron", "boek"));

    assertThat(content.themes()).containsExactly("b", "a");
    assertThat(content.targetGroups()).containsExactly("x");
    assertThat(content.sources()).containsExactly("bron", "boek");
  }

  @Test
  void anEmptyLifeDomainOrTranslation_isRefused() {
    Set<LifeDomain> domains = new HashSet<>(Arrays.asList(LifeDomain.TAAL, null));
    Map<Language, ItemTranslation> translations = new EnumMap<>(Language.class);
    translations.put(Language.FA, null);

    assertThat(
            refusal(
                    () ->
                        new ItemContent(
                            "T", "", "", domains, List.of(), List.of(), null, List.of(), null))
                .field())
        .isEqualTo("lifeDomains");
    assertThat(
            refusal(
                    () ->
                        new ItemContent(
                            "T",
                            "",
                            "",
                            Set.of(),
                            List.of(),
                            List.of(),
                            null,
                            List.of(),
                            null,
                            InterviewGuide.NONE,
                            translations))
                .field())
        .isEqualTo("translations");
  }

  @Test
  void aGuideWithAnEmptySectionQuestionOrPrompt_isRefused() {
    List<InterviewGuide.Section> emptySection = Arrays.asList((InterviewGuide.Section) null);
    List<InterviewGuide.Question> emptyQuestion = Arrays.asList((InterviewGuide.Question) null);

    assertThat(refusal(() -> new InterviewGuide(emptySection)).field()).isEqualTo("guide.sections");
    assertThat(refusal(() -> new InterviewGuide.Section("Start", emptyQuestion)).field())
        .isEqualTo("guide.sections.questions");
    assertThat(
            refusal(
                    () ->
                        new InterviewGuide.Question(
                            "Hoe gaat het?", null, Arrays.asList("Waarom?", null), Map.of()))
                .field())
        .isEqualTo("guide.questions.prompts");
    assertThat(refusal(() -> new InterviewGuide.Translation(null, null)).field())
        .isEqualTo("guide.questions.translations.text");
  }

  @Test
  void aQuestionOrItsTranslationLongerThanAllowed_isRefused() {
    String tooLong = "x".repeat(InterviewGuide.MAX_QUESTION_LENGTH + 1);

    InvalidContentException text = refusal(() -> question(tooLong));
    InvalidContentException translated =
        refusal(() -> new InterviewGuide.Translation(tooLong, TranslationStatus.REVIEWED));

    assertThat(text.field()).isEqualTo("guide.questions.text");
    assertThat(text.getMessage()).contains("te lang").contains("1000");
    assertThat(translated.field()).isEqualTo("guide.questions.translations.text");
  }

  @Test
  void fiveThousandQuestions_or51Sections_areRefused() {
    List<InterviewGuide.Question> questions = Collections.nCopies(5_000, question("Hoe?"));
    List<InterviewGuide.Section> perSection =
        Collections.nCopies(
            InterviewGuide.MAX_SECTIONS,
            new InterviewGuide.Section("Deel", Collections.nCopies(5, question("Hoe?"))));
    List<InterviewGuide.Section> sections =
        Collections.nCopies(
            InterviewGuide.MAX_SECTIONS + 1, new InterviewGuide.Section("Deel", List.of()));

    assertThat(refusal(() -> new InterviewGuide.Section("Alles", questions)).field())
        .isEqualTo("guide.sections.questions");
    assertThat(refusal(() -> new InterviewGuide(perSection)).getMessage())
        .contains("hoogstens 200 vragen");
    assertThat(refusal(() -> new InterviewGuide(sections)).field()).isEqualTo("guide.sections");
  }

  @Test
  void translationsThatTogetherOverflowTheirColumn_areRefusedBeforeTheDatabase() {
    Map<Language, ItemTranslation> translations = new EnumMap<>(Language.class);
    for (Language language : List.of(Language.AR, Language.FA, Language.TI, Language.EN)) {
      translations.put(
          language,
          new ItemTranslation(
              "Titel",
              "",
              "x".repeat(ItemContent.MAX_BODY_LENGTH),
              TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW));
    }
    ItemContent content =
        new ItemContent(
            "Titel",
            "",
            "",
            Set.of(),
            List.of(),
            List.of(),
            null,
            List.of(),
            null,
            InterviewGuide.NONE,
            translations);

    InvalidContentException refused =
        refusal(
            () ->
                ToolkitItem.draft(
                    "vertaald", ToolkitKind.WORKING_METHOD, null, content, "fatima", NOW));

    assertThat(refused.field()).isEqualTo("translations");
    assertThat(refused.getMessage()).contains("De vertalingen").contains("te lang");
  }
}
