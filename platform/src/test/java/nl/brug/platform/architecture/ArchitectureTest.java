package nl.brug.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import nl.brug.auth.caller.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of DESIGN.md, checked on the compiled classes of every module: auth ←
 * content ← search ← ui-vaadin / platform, no cycles between features, views never touch JPA,
 * Hibernate Search only inside search.
 */
class ArchitectureTest {

  private static JavaClasses brug;

  @BeforeAll
  static void importBrug() {
    brug =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.brug");
  }

  @Test
  void authDependsOnNoOtherModule() {
    check(
        noClasses()
            .that()
            .resideInAPackage("nl.brug.auth..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "nl.brug.content..", "nl.brug.search..", "nl.brug.ui..", "nl.brug.platform.."));
  }

  @Test
  void contentDependsOnAuthOnly() {
    check(
        noClasses()
            .that()
            .resideInAPackage("nl.brug.content..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.brug.search..", "nl.brug.ui..", "nl.brug.platform.."));
  }

  @Test
  void searchNeverDependsOnThePortalOrThePlatform() {
    check(
        noClasses()
            .that()
            .resideInAPackage("nl.brug.search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.brug.ui..", "nl.brug.platform.."));
  }

  @Test
  void thePortalAndThePlatformDoNotDependOnEachOther() {
    check(
        noClasses()
            .that()
            .resideInAPackage("nl.brug.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.brug.platform.."));
    check(
        noClasses()
            .that()
            .resideInAPackage("nl.brug.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.brug.ui.."));
  }

  @Test
  void viewsNeverTouchAnEntityManagerOrJpaQueries() {
    check(
        noClasses()
            .that()
            .resideInAPackage("nl.brug.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "jakarta.transaction.."));
  }

  @Test
  void restResourcesNeverTouchAnEntityManager() {
    check(
        noClasses()
            .that()
            .resideInAPackage("nl.brug.platform.api..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager"));
  }

  /**
   * Features of auth, content, search and platform never form cycles. The portal is left out: its
   * frame (menu) names the views and every view names its frame, as Vaadin routing needs.
   */
  @Test
  void featuresHaveNoCycles() {
    slices()
        .matching("nl.brug.(*).(*)..")
        .should()
        .beFreeOfCycles()
        .check(brug.that(JavaClass.Predicates.resideOutsideOfPackage("nl.brug.ui..")));
  }

  @Test
  void hibernateSearchIsUsedOnlyInsideSearch() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("nl.brug.search..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.hibernate.search.."));
  }

  /**
   * What a caller may do is decided in {@code nl.brug.auth..} only ({@code AccessPolicy}, and the
   * sign-in that maps roles to container groups): elsewhere nobody asks a caller for their roles,
   * not even by a method reference. Showing or storing them goes through {@code Caller.roleIds()}.
   */
  static final ArchRule ROLES_ARE_ASKED_ONLY_IN_AUTH =
      noClasses()
          .that()
          .resideOutsideOfPackage("nl.brug.auth..")
          .should()
          .accessTargetWhere(
              JavaAccess.Predicates.target(
                  AccessTarget.Predicates.declaredIn(Caller.class)
                      .and(HasName.Predicates.nameMatching("hasRole|roles"))))
          .because(
              "access decisions belong to AccessPolicy: ask it a capability question"
                  + " (mayStartRound, mayEditToolkit, …) instead of checking roles");

  @Test
  void onlyAuthAsksACallerForTheirRoles() {
    check(ROLES_ARE_ASKED_ONLY_IN_AUTH);
  }

  @Test
  void noUtilCommonOrDtoPackages() {
    check(
        noClasses()
            .should()
            .resideInAnyPackage("..util..", "..common..", "..dto..", "..manager..")
            .allowEmptyShould(true));
  }

  private static void check(ArchRule rule) {
    rule.check(brug);
  }
}
