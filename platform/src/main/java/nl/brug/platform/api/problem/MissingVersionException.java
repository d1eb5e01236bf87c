package nl.brug.platform.api.problem;

/** A change without {@code If-Match}: the API cannot tell whether it would overwrite someone. */
public class MissingVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MissingVersionException() {
    super(
        "Stuur de ETag die je bij het ophalen kreeg mee in de header If-Match, zodat niemands"
            + " wijziging ongemerkt wordt overschreven.");
  }
}
