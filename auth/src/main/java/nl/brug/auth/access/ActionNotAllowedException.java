package nl.brug.auth.access;

import java.util.List;
import nl.brug.auth.caller.Role;
import nl.brug.auth.refusal.NotAllowed;

/** The caller may see the thing, but their roles do not allow this action (403). */
public class ActionNotAllowedException extends NotAllowed {

  private static final long serialVersionUID = 1L;

  private final List<Role> allowedRoles;

  public ActionNotAllowedException(Role... allowedRoles) {
    super(KEY, "Je rol geeft geen toegang tot deze handeling.");
    this.allowedRoles = List.of(allowedRoles);
  }

  public List<Role> allowedRoles() {
    return allowedRoles;
  }
}
