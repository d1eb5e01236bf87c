package nl.brug.ui.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.ZoneId;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Municipality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real services outside the container keep what they commit and nothing they roll back. */
class RealServicesTest {

  private final RealServices services =
      new RealServices(
          new MovableClock(Instant.parse("2027-03-01T13:32:00Z"), ZoneId.of("Europe/Amsterdam")));

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void whatAServiceCommits_theNextCallReads() {
    OrganisationService organisation = services.get(OrganisationService.class);
    organisation.ensureMunicipality("GM0193", "Zwolle");
    organisation.ensureTeam("zwolle-zuid", "GM0193", "Sociaal wijkteam Zwolle-Zuid");

    assertThat(organisation.municipalities()).extracting(Municipality::getName).contains("Zwolle");
    assertThat(organisation.teamsOf(DemoAccounts.find("ingrid").orElseThrow().caller(), "GM0193"))
        .hasSize(1);
  }

  @Test
  void aRefusedCall_leavesNothingBehind() {
    OrganisationService organisation = services.get(OrganisationService.class);
    organisation.ensureMunicipality("GM0193", "Zwolle");
    organisation.ensureTeam("zwolle-zuid", "GM0193", "Sociaal wijkteam Zwolle-Zuid");

    Throwable refused =
        catchThrowable(
            () ->
                organisation.addTeam(
                    DemoAccounts.find("sanne").orElseThrow().caller(),
                    "GM0193",
                    "zwolle-west",
                    "West"));

    assertThat(refused).isNotNull();
    assertThat(organisation.findTeam("zwolle-west")).isEmpty();
  }
}
