package nl.brug.auth.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who is asking, and the municipalities a regional worker may switch between. */
class CallerTest {

  private static final Caller REGIONAL_EXPERT =
      new Caller(
          "rik",
          "Rik Bakker",
          EnumSet.of(Role.PROFESSIONAL, Role.EXPERT),
          "GM0193",
          "regio-oost",
          Set.of("GM0193", "GM0402"));

  @Test
  void aRegionalExpert_switchesToAnotherOfTheirMunicipalities() {
    Caller inHilversum = REGIONAL_EXPERT.inMunicipality("GM0402");

    assertThat(inHilversum.municipalityCode()).isEqualTo("GM0402");
    assertThat(inHilversum.municipalityCodes()).containsExactly("GM0193", "GM0402");
    assertThat(inHilversum)
        .usingRecursiveComparison()
        .ignoringFields("municipalityCode")
        .isEqualTo(REGIONAL_EXPERT);
    assertThat(inHilversum.inMunicipality("GM0193")).isEqualTo(REGIONAL_EXPERT);
  }

  @Test
  void aMunicipalityTheCallerDoesNotWorkFor_isRefused() {
    assertThatThrownBy(() -> REGIONAL_EXPERT.inMunicipality("GM0363"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GM0363");
  }

  @Test
  void aCallerOfOneMunicipality_worksForThatOneOnly() {
    Caller sanne =
        new Caller("sanne", "Sanne de Vries", EnumSet.of(Role.PROFESSIONAL), "GM0193", "zwolle");

    assertThat(sanne.municipalityCodes()).containsExactly("GM0193");
    assertThat(sanne.worksForSeveralMunicipalities()).isFalse();
    assertThat(sanne.inMunicipality("GM0193")).isEqualTo(sanne);
    assertThatThrownBy(() -> sanne.inMunicipality("GM0402"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theActiveMunicipality_isAlwaysAmongTheCallersMunicipalities() {
    Caller caller =
        new Caller("rik", "Rik", Set.of(Role.EXPERT), "GM0363", null, Set.of("GM0193", "GM0402"));

    assertThat(caller.municipalityCodes()).containsExactly("GM0193", "GM0363", "GM0402");
    assertThat(caller.worksForSeveralMunicipalities()).isTrue();
  }

  @Test
  void severalMunicipalitiesWithoutAnActiveOne_areRefused() {
    assertThatThrownBy(
            () -> new Caller("rik", "Rik", Set.of(), null, null, Set.of("GM0193", "GM0402")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCallerOfNoMunicipality_hasNone() {
    Caller coordinator = new Caller("co", "Co", Set.of(Role.COORDINATOR), null, null);

    assertThat(coordinator.municipality()).isEmpty();
    assertThat(coordinator.municipalityCodes()).isEmpty();
    assertThatThrownBy(() -> coordinator.inMunicipality("GM0193"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theMunicipalitiesCannotBeChangedFromOutside() {
    assertThatThrownBy(() -> REGIONAL_EXPERT.municipalityCodes().add("GM0363"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theRolesToShow_comeInTheOrderOfTheRoles_asIds() {
    Caller caller =
        new Caller("rachida", "Rachida", EnumSet.of(Role.ADMIN, Role.EXPERT), "GM0193", null);

    assertThat(caller.roleIds()).containsExactly("expert", "admin");
  }
}
