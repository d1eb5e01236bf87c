package nl.brug.content.toolkit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterviewGuideTest {

  private static final InterviewGuide GUIDE =
      new InterviewGuide(
          List.of(
              new InterviewGuide.Section(
                  "Achtergrond",
                  List.of(
                      new InterviewGuide.Question(
                          "Wie hoort er bij uw gezin?",
                          "Het netwerk leren kennen",
                          List.of("Ook familie in het buitenland?"),
                          Map.of(
                              Language.AR,
                              new InterviewGuide.Translation(
                                  "من ينتمي إلى عائلتك؟",
                                  TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW),
                              Language.EN,
                              new InterviewGuide.Translation(
                                  "Who belongs to your family?", TranslationStatus.REVIEWED)))))));

  @Test
  void theDutchText_holdsSectionsQuestionsPurposesAndPrompts_oneALine_withoutTranslations() {
    assertThat(GUIDE.dutchText())
        .isEqualTo(
            "Achtergrond\nWie hoort er bij uw gezin?\nHet netwerk leren kennen\n"
                + "Ook familie in het buitenland?");
    assertThat(InterviewGuide.NONE.dutchText()).isEmpty();
  }

  @Test
  void aGuideSurvivesItsJsonDocumentUnchanged() {
    assertThat(GuideJson.read(GuideJson.write(GUIDE))).isEqualTo(GUIDE);
    assertThat(GuideJson.write(InterviewGuide.NONE)).isNull();
    assertThat(GuideJson.read(null)).isEqualTo(InterviewGuide.NONE);
  }

  @Test
  void aPublishedGuideIsFrozenWithItsVersion_andCopiedIntoTheNextDraft() {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");
    ItemContent content =
        new ItemContent(
            "Intake",
            "",
            "",
            Set.of(LifeDomain.TAAL),
            List.of(),
            List.of(),
            null,
            List.of(),
            null,
            GUIDE,
            Map.of());
    ToolkitItem item =
        ToolkitItem.draft("intake", ToolkitKind.INTERVIEW_GUIDE, null, content, "fatima", now);
    item.submitForReview("fatima");
    item.approve("noor", now);

    item.edit(
        new ItemContent(
            "Intake",
            "",
            "",
            Set.of(),
            List.of(),
            List.of(),
            null,
            List.of(),
            null,
            InterviewGuide.NONE,
            Map.of()),
        "noor",
        now);

    assertThat(item.version(1).orElseThrow().content().guide()).isEqualTo(GUIDE);
    assertThat(item.workingRevision().orElseThrow().content().guide().isEmpty()).isTrue();
  }

  @Test
  void anItemsTranslationsAreKeptWithItsRevision_andMakeItReadableInThoseLanguages() {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");
    ItemContent content =
        new ItemContent(
            "Werken met een tolk",
            "Kort",
            "Tekst",
            Set.of(LifeDomain.TAAL),
            List.of(),
            List.of(),
            null,
            List.of(),
            null,
            InterviewGuide.NONE,
            Map.of(
                Language.FA,
                new ItemTranslation(
                    "کار با مترجم", "", "متن", TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW)));
    ToolkitItem item =
        ToolkitItem.draft("tolk", ToolkitKind.WORKING_METHOD, null, content, "fatima", now);

    ItemRevision draft = item.workingRevision().orElseThrow();
    assertThat(draft.content().translations().get(Language.FA).title()).isEqualTo("کار با مترجم");
    assertThat(draft.languages()).containsExactlyInAnyOrder(Language.NL, Language.FA);
  }

  @Test
  void completeLanguages_areThoseEveryQuestionHas() {
    assertThat(GUIDE.completeLanguages()).containsExactlyInAnyOrder(Language.AR, Language.EN);
  }
}
