package nl.brug.auth.token;

/** A bearer token that does not admit its bearer; the message says why, in Dutch. */
public class RefusedTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RefusedTokenException(String dutchReason) {
    super(dutchReason);
  }

  RefusedTokenException(String dutchReason, Throwable cause) {
    super(dutchReason, cause);
  }
}
