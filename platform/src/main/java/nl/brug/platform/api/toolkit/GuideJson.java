package nl.brug.platform.api.toolkit;

import java.util.ArrayList;
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
    List<InterviewGuide.Section> guide = new ArrayList<>();
    for (int s = 0; s < sections.size(); s++) {
      String at = "guide.sections[" + s + "]";
      SectionJson section = present(sections.get(s), at, "Een sectie");
      List<InterviewGuide.Question> questions = new ArrayList<>();
      if (section.questions() != null) {
        for (int q = 0; q < section.questions().size(); q++) {
          String questionAt = at + ".questions[" + q + "]";
          questions.add(
              question(present(section.questions().get(q), questionAt, "Een vraag"), questionAt));
        }
      }
      guide.add(new InterviewGuide.Section(required(section.title(), at + ".title"), questions));
    }
    return new InterviewGuide(guide);
  }

  private static <T> T present(T value, String field, String what) {
    if (value == null) {
      throw new InvalidParameterException(field, what + " mag niet leeg zijn.");
    }
    return value;
  }

  private static InterviewGuide.Question question(QuestionJson q, String at) {
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
                                      at + ".translations",
                                      "Onbekende taalcode '"
                                          + code
                                          + "'. Gebruik bijvoorbeeld ar, ti, fa, prs, so, tr, uk of en.")),
                      new InterviewGuide.Translation(
                          required(
                              present(t, at + ".translations." + code, "Een vertaling").text(),
                              at + ".translations." + code + ".text"),
                          t.status() == null
                              ? TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW
                              : t.status())));
    }
    return new InterviewGuide.Question(
        required(q.text(), at + ".text"), q.purpose(), q.prompts(), translations);
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException(field, "Dit veld mag niet leeg zijn.");
    }
    return value;
  }
}
