package nl.brug.content.toolkit.entity;

/**
 * Content that Brug cannot store as given: a missing text, a text longer than its column, or a list
 * longer than its maximum. Names the field (e.g. {@code guide.sections[2].questions[0].text}) and
 * says in Dutch what to change; nothing is stored.
 */
public class InvalidContentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidContentException(String field, String dutchReason) {
    super(dutchReason);
    this.field = field;
  }

  /** The field, as a path in the item's JSON. */
  public String field() {
    return field;
  }
}
