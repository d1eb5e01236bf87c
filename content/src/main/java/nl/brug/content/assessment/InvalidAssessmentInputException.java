package nl.brug.content.assessment;

import nl.brug.auth.refusal.Invalid;

/** Input for a round that cannot be used (an unknown statement, an answer off the scale, …). */
public class InvalidAssessmentInputException extends Invalid {

  private static final long serialVersionUID = 1L;

  /** Refused with only a Dutch text, under the general key of its kind. */
  public InvalidAssessmentInputException(String dutchMessage) {
    super(dutchMessage);
  }

  /** Refused with a key of the portal's texts, its Dutch text and the text's arguments. */
  public InvalidAssessmentInputException(String key, String dutchMessage, Object... arguments) {
    super(key, dutchMessage, arguments);
  }
}
