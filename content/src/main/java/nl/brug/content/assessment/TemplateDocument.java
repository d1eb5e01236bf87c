package nl.brug.content.assessment;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A version of a checklist template as experts write it (JSON; Brug ships {@code
 * assessment/brug-diversiteitsscan-v1.json}): dimensions with their items, each item with its
 * statement, explanation, answer scale and the toolkit items that help. Reading checks everything a
 * round will rely on and names the dimension or item that is wrong, in Dutch.
 *
 * @param code the template's stable code, the same for all its versions
 * @param version the version number, from 1
 * @param title Dutch title
 * @param introduction Dutch text shown before the first dimension
 * @param dimensions in their order
 */
public record TemplateDocument(
    String code, int version, String title, String introduction, List<Dimension> dimensions) {

  /** A dimension with its items, in their order. */
  public record Dimension(String code, String name, String description, List<Item> items) {}

  /** A statement members answer, and what helps a team to improve on it. */
  public record Item(
      String key,
      String statement,
      String explanation,
      AnswerScale scale,
      List<String> toolkitSlugs) {}

  public TemplateDocument {
    dimensions = List.copyOf(dimensions);
  }

  /**
   * The same document with another version number, everything else as it was (in the same order):
   * the starting point for an expert's next version.
   *
   * @throws InvalidTemplateException when the text is not a JSON object
   */
  public static String withVersion(String json, int version) {
    try (JsonReader reader = Json.createReader(new java.io.StringReader(json))) {
      JsonObject document = reader.readObject();
      java.io.StringWriter out = new java.io.StringWriter();
      try (jakarta.json.JsonWriter writer =
          Json.createWriterFactory(
                  java.util.Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
              .createWriter(out)) {
        writer.writeObject(Json.createObjectBuilder(document).add("version", version).build());
      }
      return out.toString().strip() + "\n";
    } catch (JsonException | ClassCastException notAnObject) {
      throw new InvalidTemplateException("Het sjabloon is geen geldig JSON-object.");
    }
  }

  /**
   * Reads and checks a template document.
   *
   * @throws InvalidTemplateException naming what is wrong
   */
  public static TemplateDocument read(Reader json) {
    JsonObject document;
    try (JsonReader reader = Json.createReader(json)) {
      document = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidTemplateException("Het sjabloon is geen geldig JSON-object.", e);
    }
    int version = document.getInt("version", 0);
    if (version < 1) {
      throw new InvalidTemplateException("Het sjabloon heeft geen versienummer (1 of hoger).");
    }
    List<Dimension> dimensions = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (JsonObject dimension : objects(document, "dimensions", "Het sjabloon")) {
      String code = text(dimension, "code", "Een dimensie");
      if (!codes.add(code)) {
        throw new InvalidTemplateException("De dimensie '" + code + "' staat er twee keer in.");
      }
      String where = "Dimensie '" + code + "'";
      List<Item> items = new ArrayList<>();
      for (JsonObject item : objects(dimension, "items", where)) {
        String key = text(item, "key", "Een stelling in " + where.toLowerCase());
        if (!keys.add(key)) {
          throw new InvalidTemplateException("De stelling '" + key + "' staat er twee keer in.");
        }
        items.add(item(item, key));
      }
      dimensions.add(
          new Dimension(
              code,
              text(dimension, "name", where),
              dimension.getString("description", ""),
              List.copyOf(items)));
    }
    return new TemplateDocument(
        text(document, "code", "Het sjabloon"),
        version,
        text(document, "title", "Het sjabloon"),
        document.getString("introduction", ""),
        dimensions);
  }

  /** The dimensions and items as scoring needs them. */
  public Checklist checklist() {
    List<ChecklistDimension> scored = new ArrayList<>();
    List<ChecklistItem> items = new ArrayList<>();
    for (int i = 0; i < dimensions.size(); i++) {
      Dimension dimension = dimensions.get(i);
      scored.add(new ChecklistDimension(dimension.code(), dimension.name(), i));
      for (Item item : dimension.items()) {
        items.add(new ChecklistItem(item.key(), dimension.code(), item.statement(), item.scale()));
      }
    }
    return new Checklist(scored, items);
  }

  /** The number of statements over all dimensions. */
  public int itemCount() {
    return dimensions.stream().mapToInt(d -> d.items().size()).sum();
  }

  private static Item item(JsonObject item, String key) {
    String where = "Stelling '" + key + "'";
    String scaleName = text(item, "scale", where);
    AnswerScale scale;
    try {
      scale = AnswerScale.valueOf(scaleName);
    } catch (IllegalArgumentException e) {
      throw new InvalidTemplateException(
          where
              + ": de antwoordschaal '"
              + scaleName
              + "' bestaat niet; kies DEVELOPMENT_4 of AGREEMENT_5.",
          e);
    }
    List<String> slugs = new ArrayList<>();
    JsonValue links = item.getOrDefault("toolkitSlugs", JsonValue.EMPTY_JSON_ARRAY);
    if (!(links instanceof JsonArray array)
        || array.stream().anyMatch(v -> !(v instanceof JsonString))) {
      throw new InvalidTemplateException(where + ": toolkitSlugs moet een lijst met namen zijn.");
    }
    array.getValuesAs(JsonString.class).forEach(slug -> slugs.add(slug.getString()));
    return new Item(
        key,
        text(item, "statement", where),
        text(item, "explanation", where),
        scale,
        List.copyOf(slugs));
  }

  private static List<JsonObject> objects(JsonObject parent, String name, String where) {
    JsonValue value = parent.get(name);
    if (!(value instanceof JsonArray array)
        || array.isEmpty()
        || array.stream().anyMatch(v -> !(v instanceof JsonObject))) {
      throw new InvalidTemplateException(where + " heeft geen lijst '" + name + "'.");
    }
    return array.getValuesAs(JsonObject.class);
  }

  private static String text(JsonObject object, String name, String where) {
    JsonValue value = object.get(name);
    if (!(value instanceof JsonString string) || string.getString().isBlank()) {
      throw new InvalidTemplateException(where + " mist '" + name + "'.");
    }
    return string.getString().strip();
  }
}
