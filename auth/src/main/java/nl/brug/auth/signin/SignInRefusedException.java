package nl.brug.auth.signin;

/**
 * A return from the identity provider that does not sign anyone in: an unknown or used attempt, an
 * error the provider reports, or a token that does not pass the checks. The message is Dutch and
 * can be shown as it is.
 */
public class SignInRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SignInRefusedException(String dutchMessage) {
    super(dutchMessage);
  }

  public SignInRefusedException(String dutchMessage, Throwable cause) {
    super(dutchMessage, cause);
  }
}
