package nl.brug.auth.refusal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A service's refusal of a request, of one of five kinds. It carries a message key (e.g. {@code
 * refusal.round.closed}) with its arguments for the portal's texts, and the Dutch text as default
 * ({@link #getMessage()}). The API maps the family once to problem+json ({@code ProblemMapper} in
 * platform), the portal once to its texts ({@code RefusalMessages} in ui-vaadin).
 *
 * <p>Not signed in ({@code NotSignedInException}) and too many failed sign-ins ({@code
 * SignInThrottledException}) are no refusals of what was asked but of who asks: they answer 401 and
 * 429 with their own headers, and the portal meets them at the sign-in, not in a view.
 */
public abstract sealed class Refusal extends RuntimeException
    permits NotFound, NotAllowed, Conflict, StaleVersion, Invalid {

  private static final long serialVersionUID = 1L;

  /** The five kinds, for an exhaustive {@code switch}. */
  public enum Kind {
    NOT_FOUND,
    NOT_ALLOWED,
    CONFLICT,
    STALE_VERSION,
    INVALID
  }

  private final String key;
  private final Object[] arguments;

  Refusal(String key, String defaultText, Object... arguments) {
    super(Objects.requireNonNull(defaultText, "defaultText"));
    if (key == null || !key.startsWith("refusal.")) {
      throw new IllegalArgumentException("A refusal's key starts with 'refusal.': " + key);
    }
    this.key = key;
    this.arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  public abstract Kind refusalKind();

  /** The key of the portal's text, e.g. {@code refusal.round.closed}. */
  public String key() {
    return key;
  }

  /** The arguments of the text, in the order of its placeholders {0}, {1}, … */
  public List<Object> arguments() {
    return Collections.unmodifiableList(Arrays.asList(arguments));
  }

  /** The Dutch text, also the detail of the API's problem. */
  public String defaultText() {
    return getMessage();
  }

  /**
   * Whether the key is only the kind's general one: thrown with a Dutch text of its own and no key
   * of its own, so only that Dutch text says exactly what went wrong.
   */
  public boolean hasGeneralKey() {
    return key.equals(generalKey(refusalKind()));
  }

  /** The kind's general key, e.g. {@code refusal.conflict}. */
  public static String generalKey(Kind kind) {
    return switch (kind) {
      case NOT_FOUND -> NotFound.KEY;
      case NOT_ALLOWED -> NotAllowed.KEY;
      case CONFLICT -> Conflict.KEY;
      case STALE_VERSION -> StaleVersion.KEY;
      case INVALID -> Invalid.KEY;
    };
  }
}
