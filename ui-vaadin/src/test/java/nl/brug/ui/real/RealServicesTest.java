package nl.brug.ui.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Municipality;
import nl.brug.content.toolkit.boundary.PublicationChanged;
import nl.brug.content.toolkit.boundary.PublishedToolkitReader;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.EvidenceLevel;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
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

  @Test
  void whoHearsOfAPublication_hearsAfterTheCommit_andNothingOfARefusedApproval() {
    services.get(OrganisationService.class).ensureMunicipality("GM0193", "Zwolle");
    ToolkitService toolkit = services.get(ToolkitService.class);
    PublishedToolkitReader database = new PublishedToolkitReader(services.dataSource());
    List<String> heard = new ArrayList<>();
    services.afterCommit(
        change -> {
          PublicationChanged publication = (PublicationChanged) change;
          heard.add(
              database.ids().contains(publication.itemId()) ? "committed" : "not yet committed");
        });
    ToolkitItem draft =
        toolkit.create(
            caller("fatima"),
            "tolk",
            ToolkitKind.WORKING_METHOD,
            null,
            new ItemContent(
                "Werken met een tolk",
                "Samenvatting",
                "Tekst",
                Set.of(LifeDomain.TAAL),
                List.of(),
                List.of(),
                EvidenceLevel.PRACTICE_BASED,
                List.of(),
                LocalDate.of(2027, 11, 23),
                null,
                Map.of()));
    ToolkitItem submitted =
        toolkit.submitForReview(caller("fatima"), draft.getId(), draft.getVersion());

    Throwable stale =
        catchThrowable(
            () -> toolkit.approve(caller("noor"), draft.getId(), submitted.getVersion() - 1));
    toolkit.approve(caller("noor"), draft.getId(), submitted.getVersion());

    assertThat(stale).isNotNull();
    assertThat(heard).containsExactly("committed");
  }

  private static nl.brug.auth.caller.Caller caller(String username) {
    return DemoAccounts.find(username).orElseThrow().caller();
  }
}
