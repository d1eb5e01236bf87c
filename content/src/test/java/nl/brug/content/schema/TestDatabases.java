package nl.brug.content.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Databases for tests: a fresh H2 in memory (the embedded default), and a schema of its own on the
 * PostgreSQL at 127.0.0.1:5432, database {@code test} (production's engine), dropped when closed.
 * When that PostgreSQL is not there, the test is skipped with a message saying so; in CI
 * (environment {@code CI=true}) it fails instead, because CI must prove the migrations on both
 * engines.
 */
public final class TestDatabases {

  static final String POSTGRES_URL =
      System.getProperty("brug.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String POSTGRES_USER =
      System.getProperty("brug.test.postgres.user", "postgres");

  private TestDatabases() {}

  /** An empty H2 database in memory, kept until the JVM ends. */
  public static DataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  /** Whether a missing PostgreSQL fails the test instead of skipping it: in CI. */
  static boolean requiredHere() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** A PostgreSQL schema of its own, dropped on {@link PostgresSchema#close()}. */
  public static PostgresSchema postgresSchema(String testName) throws SQLException {
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(POSTGRES_URL);
    admin.setUser(POSTGRES_USER);
    try (Connection ignored = admin.getConnection()) {
      System.out.println("[" + testName + "] PostgreSQL reachable at " + POSTGRES_URL);
    } catch (SQLException e) {
      String message =
          "SKIPPED: no PostgreSQL at "
              + POSTGRES_URL
              + " ("
              + e.getMessage()
              + "). Start PostgreSQL on 127.0.0.1:5432 with a database 'test' to run this test.";
      System.out.println("[" + testName + "] " + message);
      if (requiredHere()) {
        throw new AssertionError(
            "PostgreSQL is required in CI (CI=true) but not reachable at "
                + POSTGRES_URL
                + ": "
                + e.getMessage(),
            e);
      }
      Assumptions.abort(message);
    }
    String schema = "brug_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = admin.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setURL(POSTGRES_URL + "?currentSchema=" + schema + "&stringtype=unspecified");
    postgres.setUser(POSTGRES_USER);
    return new PostgresSchema(admin, schema, postgres);
  }

  /** A schema on the test PostgreSQL; closing drops it with everything in it. */
  public record PostgresSchema(DataSource admin, String name, DataSource dataSource)
      implements AutoCloseable {
    @Override
    public void close() throws SQLException {
      try (Connection connection = admin.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA " + name + " CASCADE");
      }
    }
  }
}
