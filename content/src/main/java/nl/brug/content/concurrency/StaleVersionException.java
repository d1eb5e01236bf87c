package nl.brug.content.concurrency;

import nl.brug.auth.refusal.StaleVersion;

/**
 * The change was based on a version that is no longer current: someone else saved first. Nothing
 * was saved; the caller keeps their text to merge.
 */
public class StaleVersionException extends StaleVersion {

  private static final long serialVersionUID = 1L;

  /** Refused with only a Dutch text, under the general key of its kind. */
  public StaleVersionException(String dutchMessage) {
    super(dutchMessage);
  }

  /** Refused with a key of the portal's texts, its Dutch text and the text's arguments. */
  public StaleVersionException(String key, String dutchMessage, Object... arguments) {
    super(key, dutchMessage, arguments);
  }
}
