package nl.brug.auth.caller;

/** Raised when an operation needs a signed-in caller and the request is anonymous. */
public class NotSignedInException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotSignedInException() {
    super("Not signed in");
  }
}
