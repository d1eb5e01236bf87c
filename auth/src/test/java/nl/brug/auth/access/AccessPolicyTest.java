package nl.brug.auth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
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

  private static Caller onTeam(String username, String team, Role... roles) {
    return new Caller(username, username, EnumSet.copyOf(List.of(roles)), ZWOLLE, team);
  }

  @Test
  void onlyTheTeamsOwnTeamLead_closesItsRoundsAndManagesItsActionPoints() {
    Caller lead = onTeam("marieke", "zwolle-zuid", Role.TEAM_LEAD);
    Caller leadOfAnother = onTeam("piet", "zwolle-noord", Role.TEAM_LEAD);
    Caller member = onTeam("sanne", "zwolle-zuid", Role.PROFESSIONAL);

    assertThat(AccessPolicy.mayCloseRound(lead, ZWOLLE, "zwolle-zuid")).isTrue();
    assertThat(AccessPolicy.mayCloseRound(leadOfAnother, ZWOLLE, "zwolle-zuid")).isFalse();
    assertThat(AccessPolicy.mayCloseRound(member, ZWOLLE, "zwolle-zuid")).isFalse();
    assertThat(AccessPolicy.mayManageActionPoints(lead, ZWOLLE, "zwolle-zuid")).isTrue();
    assertThat(AccessPolicy.mayManageActionPoints(leadOfAnother, ZWOLLE, "zwolle-zuid")).isFalse();
    assertThatThrownBy(() -> AccessPolicy.requireActionPointManager(member, ZWOLLE, "zwolle-zuid"))
        .isInstanceOf(ActionNotAllowedException.class);
  }

  @Test
  void anActionPointsStatus_movesByItsOwnerOnTheTeam_orTheTeamLead_notByAnotherMember() {
    Caller owner = onTeam("sanne", "zwolle-zuid", Role.PROFESSIONAL);
    Caller ownerWhoLeft = onTeam("sanne", "zwolle-noord", Role.PROFESSIONAL);
    Caller colleague = onTeam("kees", "zwolle-zuid", Role.PROFESSIONAL);
    Caller lead = onTeam("marieke", "zwolle-zuid", Role.TEAM_LEAD);

    assertThat(AccessPolicy.mayChangeActionPointStatus(owner, ZWOLLE, "zwolle-zuid", "sanne"))
        .isTrue();
    assertThat(AccessPolicy.mayChangeActionPointStatus(lead, ZWOLLE, "zwolle-zuid", "sanne"))
        .isTrue();
    assertThat(AccessPolicy.mayChangeActionPointStatus(colleague, ZWOLLE, "zwolle-zuid", "sanne"))
        .isFalse();
    assertThat(
            AccessPolicy.mayChangeActionPointStatus(ownerWhoLeft, ZWOLLE, "zwolle-zuid", "sanne"))
        .isFalse();
  }

  @Test
  void aCallerWithoutRoles_mayDoNothingThatNeedsOne() {
    Caller nobody = new Caller("x", "X", EnumSet.noneOf(Role.class), null, null);

    assertThat(AccessPolicy.mayEditToolkit(nobody)).isFalse();
    assertThat(AccessPolicy.mayEditSynonyms(nobody)).isFalse();
    assertThat(AccessPolicy.mayRebuildSearchIndex(nobody)).isFalse();
    assertThat(AccessPolicy.mayReadServerDetails(nobody)).isFalse();
    assertThat(AccessPolicy.mayPublishChecklist(nobody)).isFalse();
    assertThat(AccessPolicy.mayStartRound(nobody)).isFalse();
    assertThat(AccessPolicy.maySeeTeamStandings(nobody)).isFalse();
    assertThat(AccessPolicy.mayAnswerRound(nobody, null, null)).isFalse();
    assertThat(AccessPolicy.mayCloseRound(nobody, null, null)).isFalse();
    assertThat(AccessPolicy.mayChangeActionPointStatus(nobody, null, null, "x")).isFalse();
    assertThat(AccessPolicy.maySeeTeam(nobody, null, null)).isFalse();
    assertThat(AccessPolicy.maySeeUnpublished(nobody)).isFalse();
  }

  @Test
  void eachCapability_belongsToItsRole() {
    assertThat(AccessPolicy.mayEditToolkit(caller(Role.EXPERT, ZWOLLE))).isTrue();
    assertThat(AccessPolicy.mayEditToolkit(caller(Role.ADMIN, null))).isFalse();
    assertThat(AccessPolicy.mayEditSynonyms(caller(Role.EXPERT, ZWOLLE))).isTrue();
    assertThat(AccessPolicy.mayPublishChecklist(caller(Role.EXPERT, ZWOLLE))).isTrue();
    assertThat(AccessPolicy.mayRebuildSearchIndex(caller(Role.ADMIN, null))).isTrue();
    assertThat(AccessPolicy.mayRebuildSearchIndex(caller(Role.EXPERT, ZWOLLE))).isFalse();
    assertThat(AccessPolicy.mayReadServerDetails(caller(Role.ADMIN, null))).isTrue();
    assertThat(AccessPolicy.mayReadServerDetails(caller(Role.COORDINATOR, ZWOLLE))).isFalse();
    assertThat(AccessPolicy.mayStartRound(caller(Role.TEAM_LEAD, ZWOLLE))).isTrue();
    assertThat(AccessPolicy.mayStartRound(caller(Role.COORDINATOR, ZWOLLE))).isFalse();
    assertThat(AccessPolicy.maySeeTeamStandings(caller(Role.COORDINATOR, ZWOLLE))).isTrue();
    assertThat(AccessPolicy.maySeeTeamStandings(caller(Role.ADMIN, null))).isFalse();
  }
}
