package nl.brug.platform.database;

import jakarta.annotation.sql.DataSourceDefinition;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source behind Brug's JTA datasource {@value #JNDI_NAME}. Payara pools it; it opens
 * connections to the database that configuration names ({@link DatabaseSettings}), so one WAR runs
 * on the embedded H2 file or on PostgreSQL without a rebuild.
 */
@DataSourceDefinition(
    name = BrugDataSource.JNDI_NAME,
    className = "nl.brug.platform.database.BrugDataSource",
    minPoolSize = 1,
    maxPoolSize = 20,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data"
    })
public class BrugDataSource implements DataSource {

  public static final String JNDI_NAME = "java:app/jdbc/brug";

  private static final Logger LOG = Logger.getLogger(BrugDataSource.class.getName());

  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  private DataSource delegate() {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        current = delegate;
        if (current == null) {
          Config config = ConfigProvider.getConfig(BrugDataSource.class.getClassLoader());
          DatabaseSettings settings =
              DatabaseSettings.from(key -> config.getOptionalValue(key, String.class).orElse(null));
          current = open(settings);
          LOG.info(() -> "Database: " + settings.kind() + " at " + settings.describe());
          delegate = current;
        }
      }
    }
    return current;
  }

  static DataSource open(DatabaseSettings settings) {
    return switch (settings.kind()) {
      case H2 -> {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(settings.url());
        h2.setUser(settings.user());
        h2.setPassword(settings.password());
        yield h2;
      }
      case POSTGRESQL -> {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(settings.url());
        if (!settings.user().isEmpty()) {
          postgres.setUser(settings.user());
        }
        if (!settings.password().isEmpty()) {
          postgres.setPassword(settings.password());
        }
        yield postgres;
      }
    };
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
