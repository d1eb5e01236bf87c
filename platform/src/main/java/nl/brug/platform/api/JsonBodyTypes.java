package nl.brug.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.brug.platform.api.problem.InvalidParameterException;

/**
 * A JSON body whose values have the wrong kind is refused, for every resource: JSON-B (Yasson)
 * quietly turns {@code 123} into the text {@code "123"} (and {@code "5"} into a number), so a
 * number would be stored as a team's name. Before the body is bound, its JSON is compared with the
 * Java type it is bound to (records, their fields, lists, maps), and the first value of the wrong
 * kind is answered with 400 naming the field ({@code name}, {@code guide.sections[0]}). Unknown
 * fields and {@code null} are left to the binding and the validation, as before.
 */
@Provider
public class JsonBodyTypes implements ReaderInterceptor {

  /**
   * The largest JSON body read: an item with its body, guide and translations stays far below it; a
   * larger one is refused before it is held in memory.
   */
  static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType()) || !isChecked(context.getType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new InvalidParameterException(
          "body", "De inhoud is te groot: hoogstens " + MAX_BODY_BYTES / (1024 * 1024) + " MB.");
    }
    context.setInputStream(new ByteArrayInputStream(body));
    if (body.length > 0) {
      parse(body).ifPresent(json -> check(json, context.getGenericType(), ""));
    }
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json"));
  }

  private static boolean isChecked(Class<?> type) {
    return type != String.class
        && type != byte[].class
        && type != Object.class
        && !InputStream.class.isAssignableFrom(type)
        && !Reader.class.isAssignableFrom(type)
        && !JsonValue.class.isAssignableFrom(type);
  }

  /** The body as JSON; empty when it is no JSON at all (the binding then says so). */
  private static Optional<JsonValue> parse(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return Optional.of(reader.readValue());
    } catch (JsonException e) {
      return Optional.empty();
    }
  }

  /**
   * Checks {@code value} against {@code type}.
   *
   * @throws InvalidParameterException naming the first value of the wrong kind
   */
  static void check(JsonValue value, Type type, String path) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    Class<?> raw = rawClass(type);
    if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return;
    }
    if (isText(raw)) {
      expect(value, path, "tekst (tussen aanhalingstekens)", JsonValue.ValueType.STRING);
    } else if (isNumber(raw)) {
      expect(value, path, "een getal", JsonValue.ValueType.NUMBER);
    } else if (raw == Boolean.class || raw == boolean.class) {
      expect(value, path, "true of false", JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      expect(value, path, "een lijst [ … ]", JsonValue.ValueType.ARRAY);
      Type element = raw.isArray() ? elementOfArray(type, raw) : typeArgument(type, 0);
      JsonArray array = value.asJsonArray();
      for (int i = 0; i < array.size(); i++) {
        check(array.get(i), element, path + "[" + i + "]");
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      expect(value, path, "een object { … }", JsonValue.ValueType.OBJECT);
      Type values = typeArgument(type, 1);
      value.asJsonObject().forEach((key, member) -> check(member, values, field(path, key)));
    } else if (raw.isRecord()) {
      expect(value, path, "een object { … }", JsonValue.ValueType.OBJECT);
      JsonObject object = value.asJsonObject();
      for (RecordComponent component : raw.getRecordComponents()) {
        String name = component.getName();
        check(object.get(name), component.getGenericType(), field(path, name));
      }
    } else if (raw.getPackageName().startsWith("nl.brug.")) {
      expect(value, path, "een object { … }", JsonValue.ValueType.OBJECT);
      JsonObject object = value.asJsonObject();
      for (Field field : raw.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
          check(object.get(field.getName()), field.getGenericType(), field(path, field.getName()));
        }
      }
    }
    // anything else is left to JSON-B
  }

  private static boolean isText(Class<?> raw) {
    return raw == String.class
        || raw == Character.class
        || raw == char.class
        || raw.isEnum()
        || raw == UUID.class
        || raw == URI.class
        || Temporal.class.isAssignableFrom(raw)
        || TemporalAmount.class.isAssignableFrom(raw)
        || raw == java.time.MonthDay.class
        || raw == java.time.ZoneId.class;
  }

  private static boolean isNumber(Class<?> raw) {
    return Number.class.isAssignableFrom(raw)
        || (raw.isPrimitive() && raw != boolean.class && raw != char.class && raw != void.class);
  }

  private static void expect(
      JsonValue value, String path, String expected, JsonValue.ValueType... allowed) {
    for (JsonValue.ValueType type : allowed) {
      if (value.getValueType() == type) {
        return;
      }
    }
    throw new InvalidParameterException(
        path.isEmpty() ? "body" : path,
        "Verwacht " + expected + ", maar dit is " + described(value) + ".");
  }

  private static String described(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> "tekst";
      case NUMBER -> "een getal";
      case TRUE, FALSE -> "true of false";
      case ARRAY -> "een lijst";
      case OBJECT -> "een object";
      case NULL -> "null";
    };
  }

  private static String field(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    if (type instanceof GenericArrayType) {
      return Object[].class;
    }
    return null; // type variables, wildcards: not checked
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static Type elementOfArray(Type type, Class<?> raw) {
    if (type instanceof GenericArrayType array) {
      return array.getGenericComponentType();
    }
    return raw.getComponentType();
  }
}
