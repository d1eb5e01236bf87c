package nl.brug.auth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static final String ZWOLLE = "GM0193";
  private static final String HILVERSUM = "GM0402";

  private static Caller caller(Role role, String municipality) {
    return new Caller("u", "U", EnumSet.of(role), municipality, null);
  }

  @Test
  void aProfessionalSeesOwnMunicipality_notAnother() {
    Caller zwolle = caller(Role.PROFESSIONAL, ZWOLLE);

    assertThat(AccessPolicy.maySee(zwolle, ZWOLLE)).isTrue();
    assertThat(AccessPolicy.maySee(zwolle, HILVERSUM)).isFalse();
    assertThat(AccessPolicy.maySee(zwolle, null)).isFalse();
  }

  @Test
  void anotherMunicipalitysData_looksAsIfItDidNotExist() {
    assertThatThrownBy(
            () ->
                AccessPolicy.requireVisible(
                    caller(Role.COORDINATOR, HILVERSUM), ZWOLLE, "team", "zwolle-zuid"))
        .isInstanceOf(UnknownResourceException.class)
        .hasMessageContaining("zwolle-zuid");
  }

  @Test
  void anAdminSeesEveryMunicipality() {
    assertThat(AccessPolicy.maySee(caller(Role.ADMIN, null), HILVERSUM)).isTrue();
  }

  @Test
  void onlyTheCoordinatorOrAnAdmin_managesAMunicipalitysTeams() {
    assertThatCode(
            () -> AccessPolicy.requireOrganisationManager(caller(Role.COORDINATOR, ZWOLLE), ZWOLLE))
        .doesNotThrowAnyException();
    assertThatCode(() -> AccessPolicy.requireOrganisationManager(caller(Role.ADMIN, null), ZWOLLE))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                AccessPolicy.requireOrganisationManager(caller(Role.PROFESSIONAL, ZWOLLE), ZWOLLE))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(
            () ->
                AccessPolicy.requireOrganisationManager(
                    caller(Role.COORDINATOR, HILVERSUM), ZWOLLE))
        .isInstanceOf(UnknownResourceException.class);
  }

  @Test
  void queriesFilterOnTheSameScope_ownMunicipality_everyForAdmins_nationalOnlyForRegionalStaff() {
    assertThat(AccessPolicy.municipalityScope(caller(Role.PROFESSIONAL, ZWOLLE)))
        .isEqualTo(new AccessPolicy.MunicipalityScope(false, java.util.Set.of(ZWOLLE)));
    assertThat(AccessPolicy.municipalityScope(caller(Role.ADMIN, null)).every()).isTrue();
    assertThat(AccessPolicy.municipalityScope(caller(Role.TRAINER, null)).codes()).isEmpty();
  }

  @Test
  void anExpertReadsTheContentGapsOfTheirMunicipalities_aRegionalExpertOfAllTheirs() {
    Caller regional =
        new Caller(
            "rachida",
            "Rachida",
            EnumSet.of(Role.EXPERT),
            ZWOLLE,
            null,
            java.util.Set.of(ZWOLLE, "GM0233", "GM0243"));

    assertThat(AccessPolicy.contentGapMunicipalities(caller(Role.EXPERT, HILVERSUM)))
        .containsExactly(HILVERSUM);
    assertThat(AccessPolicy.contentGapMunicipalities(regional))
        .containsExactlyInAnyOrder(ZWOLLE, "GM0233", "GM0243");
    assertThat(AccessPolicy.contentGapMunicipalities(regional.inMunicipality("GM0243")))
        .as("not only the active one")
        .containsExactlyInAnyOrder(ZWOLLE, "GM0233", "GM0243");
    assertThat(AccessPolicy.contentGapMunicipalities(caller(Role.EXPERT, null))).isEmpty();
  }

  @Test
  void onlyExpertsReadContentGaps_adminsAndProfessionalsDoNot() {
    assertThatThrownBy(() -> AccessPolicy.contentGapMunicipalities(caller(Role.ADMIN, null)))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(
            () -> AccessPolicy.contentGapMunicipalities(caller(Role.PROFESSIONAL, ZWOLLE)))
        .isInstanceOf(ActionNotAllowedException.class);
  }
}
