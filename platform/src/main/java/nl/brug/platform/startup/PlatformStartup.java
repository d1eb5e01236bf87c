package nl.brug.platform.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.auth.signin.RunMode;
import nl.brug.content.assessment.ChecklistTemplates;
import nl.brug.content.schema.SchemaMigration;
import nl.brug.platform.config.PublicAddress;
import nl.brug.platform.database.BrugDataSource;
import nl.brug.platform.demo.DemoData;
import nl.brug.search.toolkit.ToolkitSearchService;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one start-up sequence: refuse production mode without its settings ({@link
 * ProductionSettings}), migrate the schema (before any EntityManager is used), forget the content
 * gaps past their retention (and daily from then on), load demo data when enabled, check the search
 * index (rebuilt in the background when missing or outdated), then say where Brug runs and how to
 * sign in.
 */
@ApplicationScoped
public class PlatformStartup {

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Resource(lookup = BrugDataSource.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedExecutorService background;

  @Inject DemoData demoData;
  @Inject RunMode runMode;
  @Inject ToolkitSearchService search;
  @Inject ChecklistTemplates checklistTemplates;
  @Inject ContentGapRetention gapRetention;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
    refuseProductionWithoutSettings();
    SchemaMigration.migrate(dataSource);
    checklistTemplates.ensureShippedTemplate();
    gapRetention.start();
    demoData.loadIfEnabled();
    // A large index rebuilds in the background: the portal is usable meanwhile.
    background.execute(search::ensureCurrent);
    LOG.info(this::banner);
  }

  /** Fails the deployment, so nothing answers, when production mode lacks its settings. */
  private void refuseProductionWithoutSettings() {
    Config config = ConfigProvider.getConfig(PlatformStartup.class.getClassLoader());
    try {
      ProductionSettings.check(
          runMode.isProduction(), key -> config.getOptionalValue(key, String.class));
    } catch (IllegalStateException refused) {
      LOG.severe(refused.getMessage());
      throw refused;
    }
  }

  private String banner() {
    String publicUrl = PublicAddress.get();
    StringBuilder text =
        new StringBuilder("\n\n  Brug staat klaar: ").append(publicUrl).append('\n');
    text.append("  Gezondheid: ").append(publicUrl).append("/health/ready\n");
    text.append("  API: ").append(publicUrl).append("/api/v1 (OpenAPI: /api/v1/openapi.json)\n");
    if (runMode.developmentAccountsAllowed()) {
      text.append("  Demo-accounts (wachtwoord '").append(DemoAccounts.PASSWORD).append("'):\n");
      text.append(
          DemoAccounts.all().stream()
              .map(
                  a ->
                      String.format(
                          "    %-8s %-18s %s",
                          a.username(),
                          a.caller().displayName(),
                          String.join(", ", a.caller().roleIds())))
              .collect(Collectors.joining("\n")));
      text.append('\n');
    }
    text.append("  Stoppen: Ctrl-C\n");
    return text.toString();
  }
}
