package nl.brug.benchmark.database;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool: up to {@code size} physical connections, each handed out wrapped so
 * that {@code close()} returns it. Enough for the benchmark's readers, which run in auto-commit
 * mode and close every connection they open.
 */
final class ConnectionPool implements DataSource, AutoCloseable {

  private final DataSource physical;
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();
  private final int size;

  ConnectionPool(DataSource physical, int size) {
    this.physical = physical;
    this.size = size;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = idle.poll();
    if (connection == null) {
      synchronized (all) {
        if (all.size() < size) {
          connection = physical.getConnection();
          all.add(connection);
        }
      }
    }
    if (connection == null) {
      try {
        connection = idle.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("Interrupted while waiting for a connection", e);
      }
    }
    return lent(connection);
  }

  private Connection lent(Connection connection) {
    boolean[] returned = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "close":
                  if (!returned[0]) {
                    returned[0] = true;
                    if (!connection.getAutoCommit()) {
                      connection.rollback();
                      connection.setAutoCommit(true);
                    }
                    idle.add(connection);
                  }
                  return null;
                case "isClosed":
                  return returned[0] || connection.isClosed();
                default:
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
              }
            });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("The pool has one user");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // no logging
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // the physical data source's default
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("Not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }

  @Override
  public void close() throws SQLException {
    synchronized (all) {
      for (Connection connection : all) {
        connection.close();
      }
      all.clear();
      idle.clear();
    }
  }
}
