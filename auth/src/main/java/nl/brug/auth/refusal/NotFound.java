package nl.brug.auth.refusal;

/**
 * What was asked for does not exist, or the caller may not know it exists (404 in the API; a
 * resource of another municipality is "not found", never "not allowed").
 */
public non-sealed class NotFound extends Refusal {

  private static final long serialVersionUID = 1L;

  /** The general key, for a refusal that has only its Dutch text. */
  public static final String KEY = "refusal.notFound";

  public NotFound(String key, String defaultText, Object... arguments) {
    super(key, defaultText, arguments);
  }

  /** A refusal that says what went wrong only in Dutch, under the general key. */
  public NotFound(String defaultText) {
    super(KEY, defaultText);
  }

  @Override
  public final Kind refusalKind() {
    return Kind.NOT_FOUND;
  }
}
