package nl.brug.platform.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.function.Predicate;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import org.junit.jupiter.api.Test;

/**
 * Shows that {@link ArchitectureTest#ROLES_ARE_ASKED_ONLY_IN_AUTH} catches a view that decides on
 * roles itself, in each of the ways one might write it, and lets a view that asks AccessPolicy
 * pass. (These classes are test code, which {@link ArchitectureTest} does not import.)
 */
class RolesAreAskedOnlyInAuthTest {

  @Test
  void aClassCallingHasRole_breaksTheRule() {
    assertThatThrownBy(() -> check(AsksHasRole.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("hasRole")
        .hasMessageContaining("AccessPolicy");
  }

  @Test
  void aClassReadingTheRolesToDecide_breaksTheRule() {
    assertThatThrownBy(() -> check(ReadsRoles.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("roles()");
  }

  @Test
  void aClassPassingHasRoleAsAMethodReference_breaksTheRule() {
    assertThatThrownBy(() -> check(ReferencesHasRole.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("hasRole");
  }

  @Test
  void aClassAskingAccessPolicy_keepsTheRule() {
    assertThatCode(() -> check(AsksAccessPolicy.class)).doesNotThrowAnyException();
  }

  private static void check(Class<?> fixture) {
    JavaClasses classes = new ClassFileImporter().importClasses(fixture);
    ArchitectureTest.ROLES_ARE_ASKED_ONLY_IN_AUTH.check(classes);
  }

  static final class AsksHasRole {
    boolean showStartForm(Caller caller) {
      return caller.hasRole(Role.TEAM_LEAD);
    }
  }

  static final class ReadsRoles {
    boolean showStartForm(Caller caller) {
      return caller.roles().contains(Role.TEAM_LEAD);
    }
  }

  static final class ReferencesHasRole {
    boolean showAny(Caller caller, List<Role> wanted) {
      Predicate<Role> has = caller::hasRole;
      return wanted.stream().anyMatch(has);
    }
  }

  static final class AsksAccessPolicy {
    boolean showStartForm(Caller caller) {
      return AccessPolicy.mayStartRound(caller) && !caller.roleIds().isEmpty();
    }
  }
}
