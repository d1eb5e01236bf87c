package nl.brug.auth.signin;

import java.util.Objects;
import nl.brug.auth.caller.Caller;

/**
 * CDI event: someone signed in to the portal, as the identity (provider or development store)
 * describes them now. The organisation feature provisions or updates the member from it.
 *
 * @param caller who signed in
 */
public record CallerSignedIn(Caller caller) {

  public CallerSignedIn {
    Objects.requireNonNull(caller, "caller");
  }
}
