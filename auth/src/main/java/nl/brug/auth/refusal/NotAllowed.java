package nl.brug.auth.refusal;

/** The caller may not do this (403 in the API). */
public non-sealed class NotAllowed extends Refusal {

  private static final long serialVersionUID = 1L;

  /** The general key, for a refusal that has only its Dutch text. */
  public static final String KEY = "refusal.notAllowed";

  public NotAllowed(String key, String defaultText, Object... arguments) {
    super(key, defaultText, arguments);
  }

  /** A refusal that says what went wrong only in Dutch, under the general key. */
  public NotAllowed(String defaultText) {
    super(KEY, defaultText);
  }

  @Override
  public final Kind refusalKind() {
    return Kind.NOT_ALLOWED;
  }
}
