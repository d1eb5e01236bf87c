package nl.brug.benchmark.corpus;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import nl.brug.content.toolkit.entity.InterviewGuide;

/**
 * An interview guide as content stores it in {@code item_revision.guide_json}: {@code {"sections":
 * [{"title", "questions": [{"text", "purpose", "prompts": [], "translations": {}}]}]}}, {@code
 * null} for no guide. (Content's own writer is internal to it; the reader self-check proves this
 * one writes the same format.)
 */
final class GuideDocument {

  private GuideDocument() {}

  static String json(InterviewGuide guide) {
    if (guide.isEmpty()) {
      return null;
    }
    JsonArrayBuilder sections = Json.createArrayBuilder();
    for (InterviewGuide.Section section : guide.sections()) {
      JsonArrayBuilder questions = Json.createArrayBuilder();
      for (InterviewGuide.Question question : section.questions()) {
        questions.add(
            Json.createObjectBuilder()
                .add("text", question.text())
                .add("purpose", question.purpose() == null ? "" : question.purpose())
                .add("prompts", Json.createArrayBuilder(question.prompts()))
                .add("translations", Json.createObjectBuilder()));
      }
      sections.add(
          Json.createObjectBuilder().add("title", section.title()).add("questions", questions));
    }
    return Json.createObjectBuilder().add("sections", sections).build().toString();
  }
}
