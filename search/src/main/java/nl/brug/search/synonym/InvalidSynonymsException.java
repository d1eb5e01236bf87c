package nl.brug.search.synonym;

/** A synonym list that cannot be used as written; the message says which line and why. */
public final class InvalidSynonymsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int line;

  InvalidSynonymsException(int line, String reason) {
    super("Regel " + line + ": " + reason);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
