package nl.brug.content.assessment;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stored answers: a JSON object of item key to a step number, {@code "nvt"} (niet van toepassing)
 * or {@code "weet-niet"} (weet ik niet).
 */
final class AnswersJson {

  static final String NOT_APPLICABLE = "nvt";
  static final String DONT_KNOW = "weet-niet";

  private AnswersJson() {}

  static String write(Map<String, Answer> answers) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    new TreeMap<>(answers)
        .forEach(
            (key, answer) -> {
              switch (answer.kind()) {
                case STEP -> json.add(key, answer.step());
                case NOT_APPLICABLE -> json.add(key, NOT_APPLICABLE);
                case DONT_KNOW -> json.add(key, DONT_KNOW);
              }
            });
    return json.build().toString();
  }

  static Map<String, Answer> read(String stored) {
    Map<String, Answer> answers = new TreeMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(stored))) {
      JsonObject json = reader.readObject();
      json.forEach((key, value) -> answers.put(key, answer(value)));
    }
    return answers;
  }

  private static Answer answer(JsonValue value) {
    return switch (value.getValueType()) {
      case NUMBER -> Answer.step(((jakarta.json.JsonNumber) value).intValue());
      case STRING ->
          NOT_APPLICABLE.equals(((jakarta.json.JsonString) value).getString())
              ? Answer.NOT_APPLICABLE
              : Answer.DONT_KNOW;
      default -> throw new IllegalStateException("Stored answer of an unknown kind: " + value);
    };
  }
}
