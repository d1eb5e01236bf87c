package nl.brug.content.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import org.junit.jupiter.api.Test;

class MemberTest {

  private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-11-24T08:00:00Z");

  @Test
  void firstSignIn_provisionsTheMemberAsTheIdentitySaysTheyAre() {
    Member member =
        Member.provision(
            new Caller("sanne", "Sanne", EnumSet.of(Role.PROFESSIONAL), "GM0193", "zwolle-zuid"),
            MONDAY);

    assertThat(member.getRoles()).containsExactly(Role.PROFESSIONAL);
    assertThat(member.getMunicipalityCode()).isEqualTo("GM0193");
    assertThat(member.getFirstSignIn()).isEqualTo(MONDAY);
    assertThat(member.getLastSignIn()).isEqualTo(MONDAY);
  }

  @Test
  void laterSignIn_replacesRolesAndTeam_keepsFirstSignIn() {
    Member member =
        Member.provision(
            new Caller("sanne", "Sanne", EnumSet.of(Role.PROFESSIONAL), "GM0193", "zwolle-zuid"),
            MONDAY);

    member.signedIn(
        new Caller(
            "sanne", "Sanne de Vries", EnumSet.of(Role.TEAM_LEAD), "GM0193", "zwolle-holtenbroek"),
        TUESDAY);

    assertThat(member.getRoles()).containsExactly(Role.TEAM_LEAD);
    assertThat(member.getTeamCode()).isEqualTo("zwolle-holtenbroek");
    assertThat(member.getDisplayName()).isEqualTo("Sanne de Vries");
    assertThat(member.getFirstSignIn()).isEqualTo(MONDAY);
    assertThat(member.getLastSignIn()).isEqualTo(TUESDAY);
  }

  @Test
  void anotherPersonsIdentity_isNeverMergedIntoAMember() {
    Member member =
        Member.provision(
            new Caller("sanne", "Sanne", EnumSet.of(Role.PROFESSIONAL), null, null), MONDAY);

    assertThatThrownBy(
            () ->
                member.signedIn(
                    new Caller("youssef", "Youssef", EnumSet.of(Role.ADMIN), null, null), TUESDAY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
