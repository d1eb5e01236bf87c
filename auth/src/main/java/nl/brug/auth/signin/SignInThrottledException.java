package nl.brug.auth.signin;

import java.time.Duration;

/**
 * A sign-in attempt refused without checking the password, because of too many failed attempts for
 * the account or from the address ({@link SignInThrottle}). The message is Dutch, names the wait
 * and can be shown as it is.
 */
public class SignInThrottledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public SignInThrottledException(Duration retryAfter) {
    super(
        "Te veel mislukte pogingen om aan te melden. Probeer het over "
            + (minutesOf(retryAfter) == 1 ? "1 minuut" : minutesOf(retryAfter) + " minuten")
            + " opnieuw.");
    this.retryAfter = retryAfter;
  }

  /** How long to wait before the next attempt. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** The wait in whole seconds, rounded up (for an HTTP {@code Retry-After} header). */
  public long retryAfterSeconds() {
    return secondsOf(retryAfter);
  }

  /** The wait in whole minutes, rounded up: what to tell a person. */
  public long retryAfterMinutes() {
    return minutesOf(retryAfter);
  }

  private static long secondsOf(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static long minutesOf(Duration wait) {
    return (secondsOf(wait) + 59) / 60;
  }
}
