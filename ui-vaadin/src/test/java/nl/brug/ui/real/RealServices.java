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
 * persistence unit in RESOURCE_LOCAL mode, a transaction per {@code @Transactional} call, and the
 * search told of changes after their commit (see {@link AfterCommit}). Only the clock is the
 * tests': it stands still until a test moves it.
 */
public final class RealServices implements AutoCloseable {

  /** The clock of each running container, by its id. */
  private static final Map<String, MovableClock> CLOCKS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Who hears of each running container's changes after their commit, by its id. */
  private static final Map<String, java.util.List<java.util.function.Consumer<Object>>> HEARERS =
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
    HEARERS.put(id, new java.util.concurrent.CopyOnWriteArrayList<>());
    try {
      this.container =
          new Weld(id)
              .disableDiscovery()
              .skipShutdownHook()
              .addServices(new LocalTransactions(factory))
              .addBeanClasses(
                  TheClock.class,
                  TransactionalInterceptor.class,
                  AfterCommit.class,
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
      HEARERS.remove(id);
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

  /**
   * Tells the search what changed once the change is committed, and nothing of a change rolled
   * back, as the platform's search observers hear it ({@code TransactionPhase.AFTER_SUCCESS}). Weld
   * SE outside a server would notify those at once, inside the transaction, so this bean hears the
   * events in the transaction and passes them on after the commit itself.
   */
  @ApplicationScoped
  static class AfterCommit {
    @jakarta.inject.Inject jakarta.enterprise.inject.spi.BeanManager beans;

    void synonyms(
        @jakarta.enterprise.event.Observes nl.brug.content.synonym.SynonymListChanged change) {
      afterCommit(change);
    }

    void publications(
        @jakarta.enterprise.event.Observes
            nl.brug.content.toolkit.boundary.PublicationChanged change) {
      afterCommit(change);
    }

    private void afterCommit(Object change) {
      org.jboss.weld.manager.BeanManagerImpl manager =
          org.jboss.weld.bean.builtin.BeanManagerProxy.unwrap(beans);
      java.util.List<java.util.function.Consumer<Object>> hearers =
          HEARERS.get(manager.getContextId());
      ((LocalTransactions)
              manager.getServices().get(org.jboss.weld.injection.spi.JpaInjectionServices.class))
          .registerSynchronization(
              new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                  if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    hearers.forEach(hearer -> hearer.accept(change));
                  }
                }
              });
    }
  }

  /** Lets {@code hearer} know of every synonym list or publication change after its commit. */
  public void afterCommit(java.util.function.Consumer<Object> hearer) {
    HEARERS.get(id).add(hearer);
  }

  /** Fires an event to the services, as the platform's own beans do. */
  public void fire(Object event) {
    container.getBeanManager().getEvent().fire(event);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The rows a query of the database gives, each as its columns: to check what was stored. */
  public java.util.List<Object[]> rows(String sql) {
    try (java.sql.Connection connection = dataSource.getConnection();
        java.sql.ResultSet result = connection.createStatement().executeQuery(sql)) {
      java.util.List<Object[]> rows = new java.util.ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = result.getObject(i + 1);
        }
        rows.add(row);
      }
      return rows;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The ids (first column) a query of the database gives. */
  public java.util.List<UUID> queryIds(String sql) {
    return rows(sql).stream().map(row -> (UUID) row[0]).toList();
  }

  public <T> T get(Class<T> type) {
    return container.select(type).get();
  }

  @Override
  public void close() {
    container.shutdown();
    factory.close();
    CLOCKS.remove(id);
    HEARERS.remove(id);
  }
}
