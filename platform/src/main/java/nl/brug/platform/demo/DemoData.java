package nl.brug.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.brug.auth.development.DemoAccount;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.auth.signin.RunMode;
import nl.brug.content.organisation.boundary.OrganisationService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data ({@code BRUG_DEMO_DATA}, on by default) at start: municipalities, teams, the
 * members of the demo accounts and the demo toolkit. Adds only what is missing, so restarts keep
 * everything; never runs in production mode.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject OrganisationService organisation;
  @Inject RunMode runMode;
  @Inject DemoToolkit toolkit;

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
    LOG.info(
        () ->
            "Demo data ready: "
                + DemoOrganisation.MUNICIPALITIES.size()
                + " municipalities, "
                + DemoAccounts.all().size()
                + " demo accounts");
  }
}
