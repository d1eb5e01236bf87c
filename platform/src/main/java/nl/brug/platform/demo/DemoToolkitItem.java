package nl.brug.platform.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.brug.content.toolkit.entity.EvidenceLevel;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.content.toolkit.entity.TranslationStatus;

/**
 * One demo item as written in {@code demo/toolkit/NN-slug.json}; its body is the Markdown file of
 * the same name. Interview guides carry their sections, with translations that the expert group
 * drafted itself (so marked as awaiting a native speaker).
 */
public record DemoToolkitItem(
    String slug,
    String title,
    String summary,
    ToolkitKind kind,
    Set<LifeDomain> lifeDomains,
    List<String> themes,
    List<String> targetGroups,
    EvidenceLevel evidenceLevel,
    List<String> sources,
    String scope,
    int reviewMonths,
    List<DemoSection> sections) {

  /** A section of a demo interview guide. */
  public record DemoSection(String title, List<DemoQuestion> questions) {}

  /** A question with translations by language code, all drafts awaiting a native speaker. */
  public record DemoQuestion(
      String text, String purpose, List<String> prompts, Map<String, String> translations) {}

  /** What the author wrote: this item's metadata with its Markdown body, without translations. */
  ItemContent content(String body, LocalDate reviewBy) {
    return new ItemContent(
        title,
        summary,
        body,
        lifeDomains,
        themes,
        targetGroups,
        evidenceLevel,
        sources,
        reviewBy,
        guide(),
        Map.of());
  }

  InterviewGuide guide() {
    if (sections == null || sections.isEmpty()) {
      return InterviewGuide.NONE;
    }
    return new InterviewGuide(
        sections.stream()
            .map(
                section ->
                    new InterviewGuide.Section(
                        section.title(),
                        section.questions().stream().map(DemoToolkitItem::question).toList()))
            .toList());
  }

  private static InterviewGuide.Question question(DemoQuestion question) {
    Map<Language, InterviewGuide.Translation> translations = new EnumMap<>(Language.class);
    question
        .translations()
        .forEach(
            (code, text) ->
                translations.put(
                    Language.ofCode(code)
                        .orElseThrow(
                            () -> new IllegalArgumentException("Unknown language " + code)),
                    new InterviewGuide.Translation(
                        text, TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW)));
    return new InterviewGuide.Question(
        question.text(), question.purpose(), question.prompts(), translations);
  }

  /** The municipality code, or {@code null} for the national toolkit. */
  String municipalityCode() {
    return scope == null || scope.equals("national") ? null : scope;
  }
}
