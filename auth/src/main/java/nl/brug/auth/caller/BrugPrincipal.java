package nl.brug.auth.caller;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The principal our authentication puts in the container: a {@link CallerPrincipal} that carries
 * the whole {@link Caller}, so municipality and team survive in the session.
 */
public final class BrugPrincipal extends CallerPrincipal {

  private static final long serialVersionUID = 1L;

  private final Caller caller;

  public BrugPrincipal(Caller caller) {
    super(caller.username());
    this.caller = caller;
  }

  public Caller caller() {
    return caller;
  }
}
