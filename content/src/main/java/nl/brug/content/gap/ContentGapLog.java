package nl.brug.content.gap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;

/**
 * Counts what professionals search for and do not find, per month and query text, so experts see
 * which topics the toolkit lacks. Nothing about who searched is stored, nor any time finer than the
 * month; a query with a digit is not stored at all (it may hold a citizen service number, a phone
 * number, a date of birth or a house number). Counting never fails a search: a database error is
 * logged and the count is lost.
 */
@ApplicationScoped
public class ContentGapLog {

  private static final Logger LOG = Logger.getLogger(ContentGapLog.class.getName());
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** Longest query text kept (longer ones are cut). */
  public static final int MAX_QUERY = 100;

  private static final Pattern NOT_STORED = Pattern.compile(".*[\\p{Nd}@].*");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}&&[^-']]+");

  /** What is counted for a query text. */
  enum Count {
    WITHOUT_RESULTS("without_results"),
    RESULTS_SHOWN("results_shown"),
    RESULTS_OPENED("results_opened");

    private final String column;

    Count(String column) {
      this.column = column;
    }
  }

  @Resource(lookup = "java:app/jdbc/brug")
  private DataSource dataSource;

  private Clock clock;

  protected ContentGapLog() {
    // for CDI
  }

  @Inject
  ContentGapLog(Clock clock) {
    this.clock = clock;
  }

  public ContentGapLog(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** A search found nothing the searcher may see. */
  public void foundNothing(String query) {
    count(query, Count.WITHOUT_RESULTS);
  }

  /** A search's results were shown to a person in the portal. */
  public void resultsShown(String query) {
    count(query, Count.RESULTS_SHOWN);
  }

  /** A person opened one of the results of a search (counted once per search). */
  public void resultOpened(String query) {
    count(query, Count.RESULTS_OPENED);
  }

  /**
   * The query text as it is counted: lower case, punctuation and extra spaces removed, at most
   * {@link #MAX_QUERY} characters; empty when it is not stored.
   */
  public static Optional<String> countedText(String query) {
    if (query == null || NOT_STORED.matcher(query).matches()) {
      return Optional.empty();
    }
    String text = SEPARATORS.matcher(query.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    if (text.length() > MAX_QUERY) {
      text = text.substring(0, MAX_QUERY).strip();
    }
    return text.length() < 2 ? Optional.empty() : Optional.of(text);
  }

  private void count(String query, Count what) {
    Optional<String> text = countedText(query);
    if (text.isEmpty()) {
      return;
    }
    String month = thisMonth().toString();
    try (Connection connection = dataSource.getConnection()) {
      if (increment(connection, month, text.get(), what) == 0) {
        try {
          insert(connection, month, text.get(), what);
        } catch (SQLException firstCountedElsewhere) {
          // another search inserted the row between our update and insert
          increment(connection, month, text.get(), what);
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Counting a search for the content-gap report failed", e);
    }
  }

  private static int increment(Connection connection, String month, String text, Count what)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update search_gap set "
                + what.column
                + " = "
                + what.column
                + " + 1 where search_month = ? and query_text = ?")) {
      update.setString(1, month);
      update.setString(2, text);
      return update.executeUpdate();
    }
  }

  private static void insert(Connection connection, String month, String text, Count what)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into search_gap (search_month, query_text, without_results, results_shown,"
                + " results_opened) values (?, ?, ?, ?, ?)")) {
      insert.setString(1, month);
      insert.setString(2, text);
      insert.setInt(3, what == Count.WITHOUT_RESULTS ? 1 : 0);
      insert.setInt(4, what == Count.RESULTS_SHOWN ? 1 : 0);
      insert.setInt(5, what == Count.RESULTS_OPENED ? 1 : 0);
      insert.executeUpdate();
    }
  }

  /** The month it is now, in the Netherlands. */
  public YearMonth thisMonth() {
    return YearMonth.now(clock.withZone(AMSTERDAM));
  }

  /**
   * The top missing topics of a month (experts only): searches that found nothing, most frequent
   * first; and searches whose shown results nobody opened, most often first.
   */
  public ContentGapReport report(Caller caller, YearMonth month, int limit) {
    AccessPolicy.requireAnyRole(caller, Role.EXPERT);
    try (Connection connection = dataSource.getConnection()) {
      return new ContentGapReport(
          month,
          topics(
              connection,
              month,
              "without_results",
              "without_results > 0 order by without_results desc, query_text",
              limit),
          topics(
              connection,
              month,
              "results_shown - results_opened",
              "results_shown > results_opened"
                  + " order by results_shown - results_opened desc, query_text",
              limit));
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the content-gap report failed", e);
    }
  }

  private static List<ContentGapReport.Topic> topics(
      Connection connection, YearMonth month, String countExpression, String condition, int limit)
      throws SQLException {
    List<ContentGapReport.Topic> topics = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select query_text, "
                + countExpression
                + " from search_gap where search_month = ? and "
                + condition)) {
      query.setString(1, month.toString());
      query.setMaxRows(limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          topics.add(new ContentGapReport.Topic(rows.getString(1), rows.getInt(2)));
        }
      }
    }
    return topics;
  }

  /** The months that have counts, newest first (experts only). */
  public List<YearMonth> months(Caller caller) {
    AccessPolicy.requireAnyRole(caller, Role.EXPERT);
    List<YearMonth> months = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select distinct search_month from search_gap order by search_month desc");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        months.add(YearMonth.parse(rows.getString(1)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Listing the months of the content-gap report failed", e);
    }
    return months;
  }
}
