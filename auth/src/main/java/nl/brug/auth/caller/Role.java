package nl.brug.auth.caller;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of Brug. The {@link #id()} is the name used in tokens, identity stores and
 * {@code @RolesAllowed}; the Dutch label lives in the UI's resource bundles under {@code
 * role.<id>}.
 */
public enum Role {
  PROFESSIONAL(Names.PROFESSIONAL),
  EXPERT(Names.EXPERT),
  TEAM_LEAD(Names.TEAM_LEAD),
  TRAINER(Names.TRAINER),
  COORDINATOR(Names.COORDINATOR),
  ADMIN(Names.ADMIN);

  /** Constants for annotations such as {@code @RolesAllowed(Role.Names.EXPERT)}. */
  public static final class Names {
    public static final String PROFESSIONAL = "professional";
    public static final String EXPERT = "expert";
    public static final String TEAM_LEAD = "team-lead";
    public static final String TRAINER = "trainer";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";

    private Names() {}
  }

  private final String id;

  Role(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Role> fromId(String id) {
    return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
  }
}
