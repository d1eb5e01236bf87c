package nl.brug.auth.access;

import java.util.Map;
import java.util.Set;
import nl.brug.auth.refusal.NotFound;

/**
 * Something the caller asked for does not exist, or exists outside what the caller may see. Both
 * cases look the same from outside (404), so nobody learns of another municipality's data.
 */
public class UnknownResourceException extends NotFound {

  private static final long serialVersionUID = 1L;

  /** The kinds of resource, as the API names them, with their Dutch names. */
  static final Map<String, String> DUTCH_KINDS =
      Map.of(
          "municipality",
          "gemeente",
          "team",
          "team",
          "member",
          "lid",
          "toolkit-item",
          "item",
          "attachment",
          "bijlage",
          "action-point",
          "actiepunt",
          "assessment-round",
          "ronde",
          "checklist-template",
          "checklist");

  private final String kind;
  private final String id;

  /**
   * Nothing of {@code kind} with {@code id}: the key is {@code refusal.notFound.<kind>} with the id
   * as argument when the kind is known and an id given, else the general key.
   */
  public UnknownResourceException(String kind, String id) {
    super(keyOf(kind, id), dutchText(kind, id), id == null ? "" : id);
    this.kind = kind;
    this.id = id;
  }

  /** The kinds of resource that have a text of their own ({@code refusal.notFound.<kind>}). */
  public static Set<String> knownKinds() {
    return DUTCH_KINDS.keySet();
  }

  /** What was asked for, in the domain's words (e.g. {@code team}). */
  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }

  private static String keyOf(String kind, String id) {
    return DUTCH_KINDS.containsKey(kind) && id != null && !id.isBlank() ? KEY + "." + kind : KEY;
  }

  private static String dutchText(String kind, String id) {
    String dutch = DUTCH_KINDS.getOrDefault(kind, kind);
    return id == null || id.isBlank()
        ? "We vinden geen " + dutch + "."
        : "We vinden geen " + dutch + " '" + id + "'.";
  }
}
