package nl.brug.content.assessment;

/** A checklist template document that cannot be used; the message says why, in Dutch. */
public class InvalidTemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidTemplateException(String dutchMessage) {
    super(dutchMessage);
  }

  public InvalidTemplateException(String dutchMessage, Throwable cause) {
    super(dutchMessage, cause);
  }
}
