package nl.brug.auth.development;

import nl.brug.auth.caller.Caller;

/**
 * A demo account of the development identity store. The password is for demonstration only and is
 * printed in the README and on the development login page.
 */
public record DemoAccount(String password, Caller caller) {

  public String username() {
    return caller.username();
  }
}
