package nl.brug.content.assessment;

/** Input for a round that cannot be used (an unknown statement, an answer off the scale, …). */
public class InvalidAssessmentInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidAssessmentInputException(String dutchMessage) {
    super(dutchMessage);
  }
}
