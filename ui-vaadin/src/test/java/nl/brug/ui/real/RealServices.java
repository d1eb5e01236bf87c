package nl.brug.ui.real;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.brug.content.assessment.ActionPointService;
import nl.brug.content.assessment.AssessmentService;
import nl.brug.content.assessment.ChecklistTemplates;
import nl.brug.content.assessment.report.RoundReports;
import nl.brug.content.attachment.AttachmentService;
import nl.brug.content.audit.AuditTrail;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.schema.SchemaMigration;
import nl.brug.content.synonym.SynonymListService;
import nl.brug.content.toolkit.boundary.ToolkitService;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The real services of {@code content}, as the platform runs them, on an in-memory H2 migrated with
 * the real Flyway scripts: CDI by Weld (Payara's), JPA by EclipseLink (Payara's) on the real
 * persistence unit in RESOURCE_LOCAL mode, a transaction per {@code @Transactional} call and the
 * after-commit observers after the commit. Only the clock is the tests': it stands still until a
 * test moves it.
 */
public final class RealServices implements AutoCloseable {

  /** The clock of each running container, by its id. */
  private static final Map<String, MovableClock> CLOCKS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final String id = "brug-test-" + UUID.randomUUID();

  private final DataSource dataSource;
  private final EntityManagerFactory factory;
  private final WeldContainer container;
  public final MovableClock clock;

  public RealServices(MovableClock clock) {
    this.clock = clock;
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SchemaMigration.migrate(h2);
    this.dataSource = h2;
    this.factory =
        Persistence.createEntityManagerFactory(
            "brug",
            Map.of(
                PersistenceUnitProperties.TRANSACTION_TYPE,
                "RESOURCE_LOCAL",
                PersistenceUnitProperties.JTA_DATASOURCE,
                "",
                PersistenceUnitProperties.NON_JTA_DATASOURCE,
                h2,
                PersistenceUnitProperties.WEAVING,
                "false"));
    CLOCKS.put(id, clock);
    try {
      this.container =
          new Weld(id)
              .disableDiscovery()
              .skipShutdownHook()
              .addServices(new LocalTransactions(factory))
              .addBeanClasses(
                  TheClock.class,
                  TransactionalInterceptor.class,
                  AuditTrail.class,
                  OrganisationService.class,
                  ToolkitService.class,
                  AttachmentService.class,
                  SynonymListService.class,
                  ChecklistTemplates.class,
                  ActionPointService.class,
                  AssessmentService.class,
                  RoundReports.class)
              .initialize();
    } catch (RuntimeException failed) {
      CLOCKS.remove(id);
      factory.close();
      throw failed;
    }
  }

  /** Produces the tests' clock for the services' {@code Clock} injection points. */
  @ApplicationScoped
  static class TheClock {
    @jakarta.inject.Inject jakarta.enterprise.inject.spi.BeanManager beans;

    @Produces
    Clock clock() {
      return CLOCKS.get(org.jboss.weld.bean.builtin.BeanManagerProxy.unwrap(beans).getContextId());
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public <T> T get(Class<T> type) {
    return container.select(type).get();
  }

  @Override
  public void close() {
    container.shutdown();
    factory.close();
    CLOCKS.remove(id);
  }
}
