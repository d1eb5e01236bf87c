package nl.brug.content.assessment;

import nl.brug.auth.refusal.Invalid;

/** A checklist template document that cannot be used; the message says why, in Dutch. */
public class InvalidTemplateException extends Invalid {

  private static final long serialVersionUID = 1L;

  /** Refused with only a Dutch text, under the general key of its kind. */
  public InvalidTemplateException(String dutchMessage) {
    super(dutchMessage);
  }

  /** Refused with a key of the portal's texts, its Dutch text and the text's arguments. */
  public InvalidTemplateException(String key, String dutchMessage, Object... arguments) {
    super(key, dutchMessage, arguments);
  }

  public InvalidTemplateException(String dutchMessage, Throwable cause) {
    super(dutchMessage);
    initCause(cause);
  }
}
