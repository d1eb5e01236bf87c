package nl.brug.platform.api.toolkit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.TranslationStatus;
import nl.brug.platform.api.problem.InvalidParameterException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An interview guide over the API; translations are keyed by language code (ar, ti, fa, …). */
@Schema(name = "InterviewGuide")
public record GuideJson(List<SectionJson> sections) {

  /** A section of questions. */
  @Schema(name = "GuideSection")
  public record SectionJson(String title, List<QuestionJson> questions) {}

  /** A question (Dutch) with its purpose, prompts and translations. */
  @Schema(name = "GuideQuestion")
  public record QuestionJson(
      String text,
      String purpose,
      List<String> prompts,
      Map<String, TranslationJson> translations) {}

  /** A translated question and how far it can be trusted. */
  @Schema(name = "QuestionTranslation")
  public record TranslationJson(String text, TranslationStatus status) {}

  static GuideJson of(InterviewGuide guide) {
    if (guide.isEmpty()) {
      return null;
    }
    return new GuideJson(
        guide.sections().stream()
            .map(
                s ->
                    new SectionJson(
                        s.title(),
                        s.questions().stream()
                            .map(
                                q -> {
                                  Map<String, TranslationJson> translations = new LinkedHashMap<>();
                                  q.translations()
                                      .forEach(
                                          (language, t) ->
                                              translations.put(
                                                  language.code(),
                                                  new TranslationJson(t.text(), t.status())));
                                  return new QuestionJson(
                                      q.text(), q.purpose(), q.prompts(), translations);
                                })
                            .toList()))
            .toList());
  }

  InterviewGuide toGuide() {
    if (sections == null) {
      return InterviewGuide.NONE;
    }
    return new InterviewGuide(
        sections.stream()
            .map(
                s ->
                    new InterviewGuide.Section(
                        required(s.title(), "guide.sections.title"),
                        s.questions() == null
                            ? List.of()
                            : s.questions().stream().map(GuideJson::question).toList()))
            .toList());
  }

  private static InterviewGuide.Question question(QuestionJson q) {
    Map<Language, InterviewGuide.Translation> translations = new EnumMap<>(Language.class);
    if (q.translations() != null) {
      q.translations()
          .forEach(
              (code, t) ->
                  translations.put(
                      Language.ofCode(code)
                          .orElseThrow(
                              () ->
                                  new InvalidParameterException(
                                      "guide.translations",
                                      "Onbekende taalcode '"
                                          + code
                                          + "'. Gebruik bijvoorbeeld ar, ti, fa, prs, so, tr, uk of en.")),
                      new InterviewGuide.Translation(
                          required(t.text(), "guide.translations.text"),
                          t.status() == null
                              ? TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW
                              : t.status())));
    }
    return new InterviewGuide.Question(
        required(q.text(), "guide.questions.text"), q.purpose(), q.prompts(), translations);
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException(field, "Dit veld mag niet leeg zijn.");
    }
    return value;
  }
}
