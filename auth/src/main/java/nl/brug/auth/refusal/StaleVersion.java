package nl.brug.auth.refusal;

/** Someone else changed it since it was read (412 in the API). */
public non-sealed class StaleVersion extends Refusal {

  private static final long serialVersionUID = 1L;

  /** The general key, for a refusal that has only its Dutch text. */
  public static final String KEY = "refusal.staleVersion";

  public StaleVersion(String key, String defaultText, Object... arguments) {
    super(key, defaultText, arguments);
  }

  /** A refusal that says what went wrong only in Dutch, under the general key. */
  public StaleVersion(String defaultText) {
    super(KEY, defaultText);
  }

  @Override
  public final Kind refusalKind() {
    return Kind.STALE_VERSION;
  }
}
