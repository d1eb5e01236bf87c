package nl.brug.auth.access;

/**
 * Something the caller asked for does not exist, or exists outside what the caller may see. Both
 * cases look the same from outside (404), so nobody learns of another municipality's data.
 */
public class UnknownResourceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  public UnknownResourceException(String kind, String id) {
    super(kind + " '" + id + "' not found");
    this.kind = kind;
    this.id = id;
  }

  /** What was asked for, in the domain's words (e.g. {@code team}). */
  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
