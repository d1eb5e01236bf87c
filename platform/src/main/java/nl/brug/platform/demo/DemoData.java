package nl.brug.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import nl.brug.auth.development.DemoAccount;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.auth.signin.RunMode;
import nl.brug.content.assessment.DemoRounds;
import nl.brug.content.organisation.boundary.OrganisationService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data ({@code BRUG_DEMO_DATA}, on by default) at start: municipalities, teams, the
 * members of the demo accounts, the demo toolkit and self-assessment history (a team with three
 * rounds and action points, six other teams for the benchmark). Adds only what is missing, so
 * restarts keep everything; never runs in production mode.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject OrganisationService organisation;
  @Inject RunMode runMode;
  @Inject DemoToolkit toolkit;
  @Inject DemoRounds rounds;

  @Inject
  @ConfigProperty(name = "brug.demo-data", defaultValue = "true")
  boolean enabled;

  /** Whether demo data is loaded in this run. */
  public boolean active() {
    return enabled && !runMode.isProduction();
  }

  public void loadIfEnabled() {
    if (!active()) {
      LOG.info("Demo data off");
      return;
    }
    DemoOrganisation.MUNICIPALITIES.forEach(
        municipality -> {
          organisation.ensureMunicipality(municipality.code(), municipality.name());
          municipality
              .teams()
              .forEach(
                  team -> organisation.ensureTeam(team.code(), municipality.code(), team.name()));
        });
    for (DemoAccount account : DemoAccounts.all()) {
      organisation.recordSignIn(account.caller());
    }
    toolkit.load();
    rounds.teamWithHistory(
        "GM0193", "zwolle-zuid", "marieke", List.of("sanne", "kees", "hatice", "marieke"));
    // the other teams of the benchmark, each with one closed round
    rounds.teamWithClosedRound("GM0193", "zwolle-holtenbroek", 0.45);
    rounds.teamWithClosedRound("GM0402", "hilversum-noord", 0.55);
    rounds.teamWithClosedRound("GM0402", "hilversum-zuid", 0.3);
    rounds.teamWithClosedRound("GM0243", "harderwijk-stad", 0.6);
    rounds.teamWithClosedRound("GM0243", "harderwijk-drielanden", 0.4);
    rounds.teamWithClosedRound("GM0233", "ermelo-noord", 0.5);
    LOG.info(
        () ->
            "Demo data ready: "
                + DemoOrganisation.MUNICIPALITIES.size()
                + " municipalities, "
                + DemoAccounts.all().size()
                + " demo accounts");
  }
}
