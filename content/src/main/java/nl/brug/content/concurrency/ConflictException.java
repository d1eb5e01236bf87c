package nl.brug.content.concurrency;

/**
 * A change that cannot be saved as it is: someone else changed the same thing first, or it clashes
 * with what exists. The message is Dutch and says what to do; nothing already saved is lost.
 */
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String dutchMessage) {
    super(dutchMessage);
  }

  public ConflictException(String dutchMessage, Throwable cause) {
    super(dutchMessage, cause);
  }
}
