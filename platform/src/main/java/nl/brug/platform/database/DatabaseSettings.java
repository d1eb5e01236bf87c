package nl.brug.platform.database;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Which database Brug uses, read from configuration: {@code BRUG_DB_URL} (default: an H2 file under
 * {@code BRUG_DATA_DIR}/db), {@code BRUG_DB_USER} and {@code BRUG_DB_PASSWORD}. The JDBC URL alone
 * chooses the driver, so switching to PostgreSQL needs no rebuild.
 */
record DatabaseSettings(String url, String user, String password) {

  static final String URL_KEY = "brug.db.url";
  static final String USER_KEY = "brug.db.user";
  static final String PASSWORD_KEY = "brug.db.password";
  static final String DATA_DIR_KEY = "brug.data.dir";

  /** Kinds of database Brug runs on. */
  enum Kind {
    H2,
    POSTGRESQL
  }

  /**
   * Settings from a configuration lookup (MicroProfile Config in the server, a map in tests).
   *
   * @param config returns the configured value of a key, or {@code null}
   */
  static DatabaseSettings from(UnaryOperator<String> config) {
    String url =
        Optional.ofNullable(blankToNull(config.apply(URL_KEY)))
            .orElseGet(() -> defaultH2Url(config.apply(DATA_DIR_KEY)));
    String user =
        Optional.ofNullable(config.apply(USER_KEY)).orElse(kindOf(url) == Kind.H2 ? "sa" : "");
    String password = Optional.ofNullable(config.apply(PASSWORD_KEY)).orElse("");
    return new DatabaseSettings(withRequiredOptions(url), user, password);
  }

  Kind kind() {
    return kindOf(url);
  }

  static Kind kindOf(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return Kind.H2;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return Kind.POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "BRUG_DB_URL must be an H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…) URL, not: " + url);
  }

  private static String defaultH2Url(String dataDir) {
    Path dir = Path.of(Optional.ofNullable(blankToNull(dataDir)).orElse("data"));
    return "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("db").resolve("brug");
  }

  /**
   * PostgreSQL with EclipseLink needs {@code stringtype=unspecified} (a null UUID insert fails
   * otherwise). H2 is kept in a mode that auto-closes nothing between connections, and with {@value
   * #H2_DURABLE_COMMIT}: without it H2 acknowledges a commit and writes it to the file up to half a
   * second later, so a killed process loses acknowledged writes. With it, every commit is written
   * to the file (handed to the operating system) before it returns, which survives a killed JVM; it
   * does not force the disk's own cache (a power cut can still lose the last commits). An option
   * the configured URL sets itself is kept as it is.
   */
  private static String withRequiredOptions(String url) {
    if (kindOf(url) == Kind.POSTGRESQL && !url.contains("stringtype=")) {
      return url + (url.contains("?") ? "&" : "?") + "stringtype=unspecified";
    }
    if (kindOf(url) == Kind.H2) {
      return withH2Option(withH2Option(url, "DB_CLOSE_ON_EXIT=FALSE"), H2_DURABLE_COMMIT);
    }
    return url;
  }

  /** H2's write delay off: a commit reaches the database file before it is acknowledged. */
  static final String H2_DURABLE_COMMIT = "WRITE_DELAY=0";

  private static String withH2Option(String url, String option) {
    String name = option.substring(0, option.indexOf('=') + 1).toUpperCase(Locale.ROOT);
    return url.toUpperCase(Locale.ROOT).contains(";" + name) ? url : url + ";" + option;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The URL without credentials or options, for logs. */
  String describe() {
    int options = url.indexOf(url.startsWith("jdbc:h2:") ? ';' : '?');
    return options < 0 ? url : url.substring(0, options);
  }
}
