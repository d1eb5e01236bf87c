package nl.brug.content.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway. The same scripts ({@code db/migration}) run on
 * H2 and PostgreSQL; JPA never generates schema.
 */
public final class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  /** Where the migration scripts live on the class path. */
  public static final String LOCATION = "classpath:db/migration";

  private SchemaMigration() {}

  /** The one column type that differs between our databases: large binary content. */
  private static String binaryType(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.toLowerCase(Locale.ROOT).contains("postgres") ? "BYTEA" : "BLOB";
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }

  /** Migrates and returns the number of scripts applied. */
  public static int migrate(DataSource dataSource) {
    Flyway flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(LOCATION)
            .placeholders(Map.of("binary_type", binaryType(dataSource)))
            .failOnMissingLocations(true)
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied now)");
    return result.migrationsExecuted;
  }
}
