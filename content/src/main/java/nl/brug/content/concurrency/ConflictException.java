package nl.brug.content.concurrency;

import nl.brug.auth.refusal.Conflict;

/**
 * A change that cannot be saved as it is: someone else changed the same thing first, or it clashes
 * with what exists. The message is Dutch and says what to do; nothing already saved is lost.
 */
public class ConflictException extends Conflict {

  private static final long serialVersionUID = 1L;

  /** Refused with only a Dutch text, under the general key of its kind. */
  public ConflictException(String dutchMessage) {
    super(dutchMessage);
  }

  /** Refused with a key of the portal's texts, its Dutch text and the text's arguments. */
  public ConflictException(String key, String dutchMessage, Object... arguments) {
    super(key, dutchMessage, arguments);
  }

  public ConflictException(String dutchMessage, Throwable cause) {
    super(dutchMessage);
    initCause(cause);
  }
}
