package nl.brug.auth.refusal;

import java.util.List;

/**
 * The input cannot be used (400 in the API). When it names the fields or parameters at fault, the
 * API lists them as {@code invalidParams}.
 */
public non-sealed class Invalid extends Refusal {

  private static final long serialVersionUID = 1L;

  /** The general key, for a refusal that has only its Dutch text. */
  public static final String KEY = "refusal.invalid";

  private final List<String> fields;

  /** Invalid input as a whole, no field named. */
  public Invalid(String key, String defaultText, Object... arguments) {
    this(List.of(), key, defaultText, arguments);
  }

  /** Invalid {@code fields} (names as the API's caller knows them, e.g. {@code title}). */
  public Invalid(List<String> fields, String key, String defaultText, Object... arguments) {
    super(key, defaultText, arguments);
    this.fields = List.copyOf(fields);
  }

  /** A refusal that says what went wrong only in Dutch, under the general key. */
  public Invalid(String defaultText) {
    this(KEY, defaultText);
  }

  /** The fields or parameters at fault; empty when the input as a whole is refused. */
  public List<String> fields() {
    return fields;
  }

  @Override
  public final Kind refusalKind() {
    return Kind.INVALID;
  }
}
