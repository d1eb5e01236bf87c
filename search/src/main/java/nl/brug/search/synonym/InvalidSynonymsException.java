package nl.brug.search.synonym;

import java.util.List;
import nl.brug.auth.refusal.Invalid;

/** A synonym list that cannot be used as written; the message says which line and why. */
public final class InvalidSynonymsException extends Invalid {

  private static final long serialVersionUID = 1L;

  private final int line;

  /** Line {@code line} cannot be used: {@code key}'s text with the line and {@code arguments}. */
  InvalidSynonymsException(int line, String key, String dutchReason, Object... arguments) {
    super(List.of("text"), key, "Regel " + line + ": " + dutchReason, prepend(line, arguments));
    this.line = line;
  }

  public int line() {
    return line;
  }

  private static Object[] prepend(int line, Object[] arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = line;
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return all;
  }
}
