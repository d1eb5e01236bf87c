package nl.brug.content.attachment;

import nl.brug.auth.refusal.Invalid;

/** A file that Brug does not take, with the Dutch reason. Nothing is stored. */
public class AttachmentRefusedException extends Invalid {

  private static final long serialVersionUID = 1L;

  /** Refused with only a Dutch text, under the general key of its kind. */
  public AttachmentRefusedException(String dutchMessage) {
    super(dutchMessage);
  }

  /** Refused with a key of the portal's texts, its Dutch text and the text's arguments. */
  public AttachmentRefusedException(String key, String dutchMessage, Object... arguments) {
    super(key, dutchMessage, arguments);
  }
}
