package nl.brug.content.concurrency;

/**
 * The change was based on a version that is no longer current: someone else saved first. Nothing
 * was saved; the caller keeps their text to merge.
 */
public class StaleVersionException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public StaleVersionException(String dutchMessage) {
    super(dutchMessage);
  }
}
