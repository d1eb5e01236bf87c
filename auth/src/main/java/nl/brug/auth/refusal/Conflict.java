package nl.brug.auth.refusal;

/** The request does not fit the current state, e.g. a closed round (409 in the API). */
public non-sealed class Conflict extends Refusal {

  private static final long serialVersionUID = 1L;

  /** The general key, for a refusal that has only its Dutch text. */
  public static final String KEY = "refusal.conflict";

  public Conflict(String key, String defaultText, Object... arguments) {
    super(key, defaultText, arguments);
  }

  /** A refusal that says what went wrong only in Dutch, under the general key. */
  public Conflict(String defaultText) {
    super(KEY, defaultText);
  }

  @Override
  public final Kind refusalKind() {
    return Kind.CONFLICT;
  }
}
