package nl.brug.benchmark.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The benchmark's own PostgreSQL database on the local server (user {@code postgres}, trust
 * authentication): created empty for each corpus size from the existing {@code test} database and
 * dropped again at the end.
 */
public final class BenchDatabase implements AutoCloseable {

  /** The database the benchmark creates and drops; nothing else is touched. */
  public static final String NAME = "brug_bench";

  private static final String ADMIN_DATABASE = "test";
  private static final String USER = "postgres";

  private final String host;
  private final int port;
  private final ConnectionPool pool;

  private BenchDatabase(String host, int port) {
    this.host = host;
    this.port = port;
    this.pool = new ConnectionPool(dataSource(NAME), 4);
  }

  /** Drops the benchmark database if it is left from an earlier run, and creates it empty. */
  public static BenchDatabase recreate(String host, int port) throws SQLException {
    admin(host, port, "DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
    admin(host, port, "CREATE DATABASE " + NAME + " ENCODING 'UTF8' TEMPLATE template0");
    return new BenchDatabase(host, port);
  }

  private static void admin(String host, int port, String sql) throws SQLException {
    try (Connection connection = dataSource(host, port, ADMIN_DATABASE).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static PGSimpleDataSource dataSource(String host, int port, String database) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {host});
    dataSource.setPortNumbers(new int[] {port});
    dataSource.setDatabaseName(database);
    dataSource.setUser(USER);
    dataSource.setReWriteBatchedInserts(true);
    dataSource.setApplicationName("brug-benchmark");
    return dataSource;
  }

  private PGSimpleDataSource dataSource(String database) {
    return dataSource(host, port, database);
  }

  /** A new connection per call, as {@code PGSimpleDataSource} gives them. */
  public DataSource direct() {
    return dataSource(NAME);
  }

  /**
   * Pooled connections, as the application server gives Brug: so a rebuild that opens a connection
   * per batch measures reading, not connecting.
   */
  public DataSource pooled() {
    return pool;
  }

  /** Runs statements outside a transaction (e.g. {@code VACUUM}). */
  public void execute(String... sql) throws SQLException {
    try (Connection connection = direct().getConnection();
        Statement statement = connection.createStatement()) {
      for (String s : sql) {
        statement.execute(s);
      }
    }
  }

  /** The server's version string and the settings that matter for full-text search speed. */
  public Map<String, String> serverFacts() throws SQLException {
    Map<String, String> facts = new LinkedHashMap<>();
    try (Connection connection = direct().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet row = statement.executeQuery("SELECT version()")) {
        row.next();
        facts.put("version", row.getString(1));
      }
      for (String setting :
          List.of("shared_buffers", "work_mem", "effective_cache_size", "max_parallel_workers")) {
        try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
          row.next();
          facts.put(setting, row.getString(1));
        }
      }
    }
    return facts;
  }

  /** Closes pooled connections and drops the database. */
  @Override
  public void close() throws SQLException {
    pool.close();
    admin(host, port, "DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
  }
}
