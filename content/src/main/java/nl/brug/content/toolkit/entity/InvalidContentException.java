package nl.brug.content.toolkit.entity;

import java.util.List;
import nl.brug.auth.refusal.Invalid;

/**
 * Content that Brug cannot store as given: a missing text, a text longer than its column, or a list
 * longer than its maximum. Names the field (e.g. {@code guide.sections[2].questions[0].text}) and
 * says in Dutch what to change; nothing is stored.
 */
public class InvalidContentException extends Invalid {

  private static final long serialVersionUID = 1L;

  /** Refused with only a Dutch reason, under the general key of its kind. */
  public InvalidContentException(String field, String dutchReason) {
    super(List.of(field), KEY, dutchReason);
  }

  /** Refused with a key of the portal's texts, its Dutch text and the text's arguments. */
  public InvalidContentException(
      String field, String key, String dutchReason, Object... arguments) {
    super(List.of(field), key, dutchReason, arguments);
  }

  /** The field, as a path in the item's JSON. */
  public String field() {
    return fields().get(0);
  }
}
