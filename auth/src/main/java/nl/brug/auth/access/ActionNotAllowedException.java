package nl.brug.auth.access;

import java.util.List;
import nl.brug.auth.caller.Role;

/** The caller may see the thing, but their roles do not allow this action (403). */
public class ActionNotAllowedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Role> allowedRoles;

  public ActionNotAllowedException(Role... allowedRoles) {
    super("Needs one of the roles " + List.of(allowedRoles));
    this.allowedRoles = List.of(allowedRoles);
  }

  public List<Role> allowedRoles() {
    return allowedRoles;
  }
}
