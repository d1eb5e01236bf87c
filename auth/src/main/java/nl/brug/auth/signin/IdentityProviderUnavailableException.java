package nl.brug.auth.signin;

/**
 * The identity provider does not answer (or answers nonsense), so nobody can sign in through it
 * right now. The portal shows "aanmelden lukt nu niet" and stays up.
 */
public class IdentityProviderUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IdentityProviderUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public IdentityProviderUnavailableException(String message) {
    super(message);
  }
}
