package nl.brug.platform.api.problem;

/** A query or path parameter that cannot be understood; answered 400 naming the parameter. */
public class InvalidParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String name;

  public InvalidParameterException(String name, String dutchReason) {
    super(dutchReason);
    this.name = name;
  }

  public String name() {
    return name;
  }
}
