package nl.brug.content.organisation.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.schema.StandInEntityManager;
import org.junit.jupiter.api.Test;

/**
 * Zwolle's teams and members do not exist for Hilversum, whatever the role: listing them, opening a
 * team and adding one fail as for a municipality or team that does not exist, and before the
 * service asks the database anything (so not even the time taken can tell them apart).
 */
class OrganisationServiceIsolationTest {

  private static final String ZWOLLE = "GM0193";
  private static final String NO_MUNICIPALITY = "GM9999";

  private static final List<Caller> HILVERSUM =
      List.of(
          new Caller(
              "youssef", "Youssef", EnumSet.of(Role.PROFESSIONAL), "GM0402", "hilversum-noord"),
          new Caller("hanneke", "Hanneke de Boer", EnumSet.of(Role.EXPERT), "GM0402", null),
          new Caller("henk", "Henk Smit", EnumSet.of(Role.TEAM_LEAD), "GM0402", "hilversum-noord"),
          new Caller("hilde", "Hilde de Wit", EnumSet.of(Role.COORDINATOR), "GM0402", null));

  /** Nothing in the database: every question to it fails the test. */
  private final OrganisationService organisation =
      new StandInEntityManager().into(new OrganisationService(Clock.systemUTC()));

  private static UnknownResourceException notFound(Runnable step) {
    UnknownResourceException unknown =
        catchThrowableOfType(step::run, UnknownResourceException.class);
    assertThat(unknown).isNotNull();
    return unknown;
  }

  @Test
  void zwollesTeamsAndMembers_areAMunicipalityThatDoesNotExist_forEveryoneInHilversum() {
    List<BiConsumer<Caller, String>> steps =
        List.of(
            (c, code) -> organisation.teamsOf(c, code),
            (c, code) -> organisation.membersOf(c, code),
            (c, code) -> organisation.addTeam(c, code, "zwolle-berkum", "Wijkteam Berkum"));

    for (Caller hilversum : HILVERSUM) {
      for (BiConsumer<Caller, String> step : steps) {
        UnknownResourceException elsewhere = notFound(() -> step.accept(hilversum, ZWOLLE));
        UnknownResourceException never = notFound(() -> step.accept(hilversum, NO_MUNICIPALITY));

        assertThat(elsewhere.kind()).isEqualTo("municipality").isEqualTo(never.kind());
        assertThat(elsewhere.id()).isEqualTo(ZWOLLE);
        assertThat(never.id()).isEqualTo(NO_MUNICIPALITY);
      }
    }
  }

  @Test
  void aZwolleTeam_isATeamThatDoesNotExist_forEveryoneInHilversum() {
    for (Caller hilversum : HILVERSUM) {
      UnknownResourceException elsewhere =
          notFound(() -> organisation.team(hilversum, ZWOLLE, "zwolle-zuid"));
      UnknownResourceException never =
          notFound(() -> organisation.team(hilversum, ZWOLLE, "zwolle-bestaat-niet"));
      UnknownResourceException nowhere =
          notFound(() -> organisation.team(hilversum, NO_MUNICIPALITY, "zwolle-zuid"));

      assertThat(List.of(elsewhere.kind(), never.kind(), nowhere.kind())).containsOnly("team");
      assertThat(elsewhere.id()).isEqualTo("zwolle-zuid");
    }
  }
}
