package nl.brug.content.toolkit.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Stores an interview guide, and an item's translations, as JSON documents in its revision's row.
 * The guide is never queried piece by piece, and a revision is copied or frozen as a whole, so one
 * document fits.
 */
final class GuideJson {

  private GuideJson() {}

  static String write(InterviewGuide guide) {
    if (guide.isEmpty()) {
      return null;
    }
    JsonArrayBuilder sections = Json.createArrayBuilder();
    for (InterviewGuide.Section section : guide.sections()) {
      JsonArrayBuilder questions = Json.createArrayBuilder();
      for (InterviewGuide.Question question : section.questions()) {
        JsonObjectBuilder translations = Json.createObjectBuilder();
        question
            .translations()
            .forEach(
                (language, translation) ->
                    translations.add(
                        language.code(),
                        Json.createObjectBuilder()
                            .add("text", translation.text())
                            .add("status", translation.status().name())));
        questions.add(
            Json.createObjectBuilder()
                .add("text", question.text())
                .add("purpose", question.purpose() == null ? "" : question.purpose())
                .add("prompts", Json.createArrayBuilder(question.prompts()))
                .add("translations", translations));
      }
      sections.add(
          Json.createObjectBuilder().add("title", section.title()).add("questions", questions));
    }
    return Json.createObjectBuilder().add("sections", sections).build().toString();
  }

  static String writeTranslations(Map<Language, ItemTranslation> translations) {
    if (translations.isEmpty()) {
      return null;
    }
    JsonObjectBuilder all = Json.createObjectBuilder();
    translations.forEach(
        (language, t) ->
            all.add(
                language.code(),
                Json.createObjectBuilder()
                    .add("title", t.title())
                    .add("summary", t.summary())
                    .add("body", t.body())
                    .add("status", t.status().name())));
    return all.build().toString();
  }

  static Map<Language, ItemTranslation> readTranslations(String json) {
    Map<Language, ItemTranslation> translations = new EnumMap<>(Language.class);
    if (json == null || json.isBlank()) {
      return translations;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      reader
          .readObject()
          .forEach(
              (code, value) ->
                  Language.ofCode(code)
                      .ifPresent(
                          language -> {
                            JsonObject t = value.asJsonObject();
                            translations.put(
                                language,
                                new ItemTranslation(
                                    t.getString("title"),
                                    t.getString("summary", ""),
                                    t.getString("body", ""),
                                    TranslationStatus.valueOf(t.getString("status"))));
                          }));
    }
    return translations;
  }

  static InterviewGuide read(String json) {
    if (json == null || json.isBlank()) {
      return InterviewGuide.NONE;
    }
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      root = reader.readObject();
    }
    return new InterviewGuide(
        root.getJsonArray("sections").stream()
            .map(JsonValue::asJsonObject)
            .map(
                section ->
                    new InterviewGuide.Section(
                        section.getString("title"),
                        section.getJsonArray("questions").stream()
                            .map(JsonValue::asJsonObject)
                            .map(GuideJson::question)
                            .toList()))
            .toList());
  }

  private static InterviewGuide.Question question(JsonObject question) {
    Map<Language, InterviewGuide.Translation> translations = new EnumMap<>(Language.class);
    question
        .getJsonObject("translations")
        .forEach(
            (code, value) ->
                Language.ofCode(code)
                    .ifPresent(
                        language ->
                            translations.put(
                                language,
                                new InterviewGuide.Translation(
                                    value.asJsonObject().getString("text"),
                                    TranslationStatus.valueOf(
                                        value.asJsonObject().getString("status"))))));
    return new InterviewGuide.Question(
        question.getString("text"),
        question.getString("purpose", ""),
        strings(question.getJsonArray("prompts")),
        translations);
  }

  private static List<String> strings(JsonArray array) {
    return array == null
        ? List.of()
        : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
