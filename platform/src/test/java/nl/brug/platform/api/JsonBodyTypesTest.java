package nl.brug.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.brug.platform.api.municipalities.NewTeamJson;
import nl.brug.platform.api.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;

class JsonBodyTypesTest {

  record Guide(List<String> sections, Integer minutes, boolean shared) {}

  record Item(String title, LocalDate due, Guide guide, Map<String, String> answers) {}

  @Test
  void aNumberForATeamsCodeAndName_isRefusedNamingTheFirstField() {
    InvalidParameterException refused =
        refused("{\"code\": 123, \"name\": 456}", NewTeamJson.class);

    assertThat(refused.name()).isEqualTo("code");
    assertThat(refused.getMessage())
        .isEqualTo("Verwacht tekst (tussen aanhalingstekens), maar dit is een getal.");
  }

  @Test
  void nestedValuesOfTheWrongKind_areNamedWithTheirPath() {
    assertThat(refused("{\"guide\": {\"sections\": [\"a\", 7]}}", Item.class).name())
        .isEqualTo("guide.sections[1]");
    assertThat(refused("{\"guide\": {\"minutes\": \"5\"}}", Item.class).name())
        .isEqualTo("guide.minutes");
    assertThat(refused("{\"guide\": {\"shared\": \"ja\"}}", Item.class).name())
        .isEqualTo("guide.shared");
    assertThat(refused("{\"answers\": {\"stelling\": 3}}", Item.class).name())
        .isEqualTo("answers.stelling");
    assertThat(refused("{\"due\": 20261208}", Item.class).name()).isEqualTo("due");
    assertThat(refused("{\"guide\": \"kort\"}", Item.class).name()).isEqualTo("guide");
    assertThat(refused("[1]", Item.class).name()).isEqualTo("body");
  }

  @Test
  void valuesOfTheRightKind_nullsAndUnknownFields_pass() {
    assertThatNoException()
        .isThrownBy(
            () ->
                JsonBodyTypes.check(
                    json(
                        "{\"title\": \"t\", \"due\": \"2026-12-08\", \"onbekend\": 1,"
                            + " \"guide\": {\"sections\": [\"a\", null], \"minutes\": 5,"
                            + " \"shared\": true}, \"answers\": {\"s\": \"3\"}}"),
                    Item.class,
                    ""));
    assertThatNoException()
        .isThrownBy(() -> JsonBodyTypes.check(json("{\"title\": null}"), Item.class, ""));
  }

  @Test
  void aBodyLargerThanTheLimit_isRefusedBeforeItIsHeldInMemory() {
    byte[] huge = new byte[JsonBodyTypes.MAX_BODY_BYTES + 10];
    java.util.Arrays.fill(huge, (byte) ' ');
    java.util.concurrent.atomic.AtomicBoolean proceeded =
        new java.util.concurrent.atomic.AtomicBoolean();
    jakarta.ws.rs.ext.ReaderInterceptorContext context =
        (jakarta.ws.rs.ext.ReaderInterceptorContext)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {jakarta.ws.rs.ext.ReaderInterceptorContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getMediaType" -> jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE;
                      case "getType" -> NewTeamJson.class;
                      case "getGenericType" -> NewTeamJson.class;
                      case "getInputStream" -> new java.io.ByteArrayInputStream(huge);
                      case "proceed" -> {
                        proceeded.set(true);
                        yield null;
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });

    InvalidParameterException refused =
        catchThrowableOfType(
            InvalidParameterException.class, () -> new JsonBodyTypes().aroundReadFrom(context));

    assertThat(refused.name()).isEqualTo("body");
    assertThat(refused.getMessage()).isEqualTo("De inhoud is te groot: hoogstens 8 MB.");
    assertThat(proceeded).isFalse();
  }

  private static InvalidParameterException refused(String body, Type type) {
    return catchThrowableOfType(
        InvalidParameterException.class, () -> JsonBodyTypes.check(json(body), type, ""));
  }

  private static JsonValue json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}
