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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.privacy.PersonalDataFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts what professionals search for and do not find, per month, municipality of the searcher and
 * query text, so experts see which topics the toolkit lacks for the municipalities they work for.
 * Nothing about who searched is stored, nor any time finer than the month. What looks like personal
 * data is taken out of a query before it is counted ({@link PersonalDataFilter}, and every word
 * with a digit or an @ left after it); a query with nothing meaningful left is not counted. Months
 * older than the retention period ({@value #RETENTION_KEY}) are forgotten. Counting never fails a
 * search: a database error is logged and the count is lost.
 */
@ApplicationScoped
public class ContentGapLog {

  private static final Logger LOG = Logger.getLogger(ContentGapLog.class.getName());
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** Longest query text kept (longer ones are cut). */
  public static final int MAX_QUERY = 100;

  /** The setting of how many months are kept, the current one included. */
  public static final String RETENTION_KEY = "brug.gaps.retention-months";

  /** A year back plus this month, so a month can be compared with the same month a year ago. */
  public static final int DEFAULT_RETENTION_MONTHS = 13;

  private static final Pattern NOT_STORED = Pattern.compile(".*[\\p{Nd}@].*");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}&&[^-']]+");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

  /** Words that only say what kind of personal data followed; nothing to count once it is gone. */
  private static final Set<String> DATA_LABELS =
      Set.of(
          "bsn",
          "burgerservicenummer",
          "sofinummer",
          "tel",
          "telefoon",
          "telefoonnummer",
          "mobiel",
          "nummer",
          "mail",
          "e-mail",
          "email",
          "mailadres",
          "iban",
          "rekening",
          "rekeningnummer",
          "postcode",
          "huisnummer",
          "adres",
          "geb",
          "geboren",
          "geboortedatum");

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
  private int retentionMonths = DEFAULT_RETENTION_MONTHS;

  protected ContentGapLog() {
    // for CDI
  }

  @Inject
  ContentGapLog(
      Clock clock,
      @ConfigProperty(name = RETENTION_KEY, defaultValue = "" + DEFAULT_RETENTION_MONTHS)
          int retentionMonths) {
    this.clock = clock;
    this.retentionMonths = checkedRetention(retentionMonths);
  }

  /** A log keeping {@value #DEFAULT_RETENTION_MONTHS} months. */
  public ContentGapLog(DataSource dataSource, Clock clock) {
    this(dataSource, clock, DEFAULT_RETENTION_MONTHS);
  }

  /**
   * @param retentionMonths how many months are kept, the current one included (at least 1)
   */
  public ContentGapLog(DataSource dataSource, Clock clock, int retentionMonths) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.retentionMonths = checkedRetention(retentionMonths);
  }

  private static int checkedRetention(int months) {
    if (months < 1) {
      throw new IllegalArgumentException(
          RETENTION_KEY + " (BRUG_GAPS_RETENTION_MONTHS) must be at least 1 month, not " + months);
    }
    return months;
  }

  /** A search by this professional found nothing they may see; counted for their municipality. */
  public void foundNothing(Caller searcher, String query) {
    count(searcher, query, Count.WITHOUT_RESULTS);
  }

  /** A search's results were shown to this person in the portal. */
  public void resultsShown(Caller searcher, String query) {
    count(searcher, query, Count.RESULTS_SHOWN);
  }

  /** This person opened one of the results of a search (counted once per search). */
  public void resultOpened(Caller searcher, String query) {
    count(searcher, query, Count.RESULTS_OPENED);
  }

  /**
   * The query text as it is counted: what looks like personal data taken out, and every word left
   * with a digit or an @; lower case, punctuation and extra spaces removed, at most {@link
   * #MAX_QUERY} characters. Empty when no word of two letters is left, or when only the words that
   * named the removed data are (such as "bsn" or "geboren").
   */
  static Optional<String> countedText(String query) {
    if (query == null) {
      return Optional.empty();
    }
    PersonalDataFilter.Filtered filtered = PersonalDataFilter.filter(query);
    List<String> words = new ArrayList<>();
    for (String word : SEPARATORS.split(filtered.text().toLowerCase(Locale.ROOT))) {
      if (!word.isBlank()
          && !NOT_STORED.matcher(word).matches()
          && !(filtered.removedAny() && DATA_LABELS.contains(word))) {
        words.add(word);
      }
    }
    String text = String.join(" ", words);
    if (text.length() > MAX_QUERY) {
      text = text.substring(0, MAX_QUERY).strip();
    }
    return LETTERS.matcher(text).find() ? Optional.of(text) : Optional.empty();
  }

  private void count(Caller searcher, String query, Count what) {
    Optional<String> text = countedText(query);
    String municipality = searcher == null ? null : searcher.municipalityCode();
    if (text.isEmpty() || municipality == null) {
      // nobody's gap: a search without a municipality is seen by no expert, so it is not kept
      return;
    }
    Row row = new Row(thisMonth().toString(), municipality, text.get());
    try (Connection connection = dataSource.getConnection()) {
      if (increment(connection, row, what) == 0) {
        try {
          insert(connection, row, what);
        } catch (SQLException firstCountedElsewhere) {
          // another search inserted the row between our update and insert
          increment(connection, row, what);
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Counting a search for the content-gap report failed", e);
    }
  }

  private record Row(String month, String municipality, String text) {}

  private static int increment(Connection connection, Row row, Count what) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update search_gap set "
                + what.column
                + " = "
                + what.column
                + " + 1 where search_month = ? and municipality_code = ? and query_text = ?")) {
      update.setString(1, row.month());
      update.setString(2, row.municipality());
      update.setString(3, row.text());
      return update.executeUpdate();
    }
  }

  private static void insert(Connection connection, Row row, Count what) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into search_gap (search_month, municipality_code, query_text,"
                + " without_results, results_shown, results_opened) values (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, row.month());
      insert.setString(2, row.municipality());
      insert.setString(3, row.text());
      insert.setInt(4, what == Count.WITHOUT_RESULTS ? 1 : 0);
      insert.setInt(5, what == Count.RESULTS_SHOWN ? 1 : 0);
      insert.setInt(6, what == Count.RESULTS_OPENED ? 1 : 0);
      insert.executeUpdate();
    }
  }

  /**
   * Forgets the months older than the retention period: with 13 months, in December 2026 the months
   * from December 2025 on are kept. Runs at start and daily.
   *
   * @return how many counted rows were deleted
   */
  public int forgetExpiredMonths() {
    YearMonth oldestKept = thisMonth().minusMonths(retentionMonths - 1L);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("delete from search_gap where search_month < ?")) {
      delete.setString(1, oldestKept.toString());
      int deleted = delete.executeUpdate();
      if (deleted > 0) {
        LOG.info(
            () ->
                "Content-gap log: forgot "
                    + deleted
                    + " counts of the months before "
                    + oldestKept);
      }
      return deleted;
    } catch (SQLException e) {
      throw new IllegalStateException("Forgetting old months of the content-gap log failed", e);
    }
  }

  /** How many months are kept, the current one included. */
  public int retentionMonths() {
    return retentionMonths;
  }

  /** The month it is now, in the Netherlands. */
  public YearMonth thisMonth() {
    return YearMonth.now(clock.withZone(AMSTERDAM));
  }

  /**
   * The top missing topics of a month in every municipality the expert reads the gaps of, counts
   * added up: searches that found nothing, most frequent first; and searches whose shown results
   * nobody opened, most often first.
   *
   * @throws nl.brug.auth.access.ActionNotAllowedException for anyone but an expert
   */
  public ContentGapReport report(Caller caller, YearMonth month, int limit) {
    return report(caller, month, null, limit);
  }

  /**
   * As {@link #report(Caller, YearMonth, int)}, for one of the expert's municipalities ({@code
   * null}: all of them).
   *
   * @throws UnknownResourceException when the municipality is not one whose gaps the expert reads,
   *     as if it did not exist
   */
  public ContentGapReport report(Caller caller, YearMonth month, String municipality, int limit) {
    Set<String> scope = scope(caller, municipality);
    try (Connection connection = dataSource.getConnection()) {
      return new ContentGapReport(
          month,
          topics(
              connection, month, scope, "sum(without_results)", "sum(without_results) > 0", limit),
          topics(
              connection,
              month,
              scope,
              "sum(results_shown) - sum(results_opened)",
              "sum(results_shown) > sum(results_opened)",
              limit));
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the content-gap report failed", e);
    }
  }

  private static Set<String> scope(Caller caller, String municipality) {
    Set<String> readable = AccessPolicy.contentGapMunicipalities(caller);
    if (municipality == null) {
      return readable;
    }
    if (!readable.contains(municipality)) {
      throw new UnknownResourceException("municipality", municipality);
    }
    return Set.of(municipality);
  }

  private static List<ContentGapReport.Topic> topics(
      Connection connection,
      YearMonth month,
      Set<String> municipalities,
      String count,
      String condition,
      int limit)
      throws SQLException {
    List<ContentGapReport.Topic> topics = new ArrayList<>();
    if (municipalities.isEmpty()) {
      return topics;
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "select query_text, "
                + count
                + " from search_gap where search_month = ? and municipality_code in ("
                + placeholders(municipalities)
                + ") group by query_text having "
                + condition
                + " order by "
                + count
                + " desc, query_text")) {
      query.setString(1, month.toString());
      int index = 2;
      for (String code : municipalities) {
        query.setString(index++, code);
      }
      query.setMaxRows(limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          topics.add(new ContentGapReport.Topic(rows.getString(1), rows.getInt(2)));
        }
      }
    }
    return topics;
  }

  private static String placeholders(Set<String> values) {
    return String.join(", ", Collections.nCopies(values.size(), "?"));
  }

  /**
   * The months that have counts in the municipalities the expert reads the gaps of, newest first.
   *
   * @throws nl.brug.auth.access.ActionNotAllowedException for anyone but an expert
   */
  public List<YearMonth> months(Caller caller) {
    Set<String> scope = AccessPolicy.contentGapMunicipalities(caller);
    List<YearMonth> months = new ArrayList<>();
    if (scope.isEmpty()) {
      return months;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select distinct search_month from search_gap where municipality_code in ("
                    + placeholders(scope)
                    + ") order by search_month desc")) {
      int index = 1;
      for (String code : scope) {
        query.setString(index++, code);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          months.add(YearMonth.parse(rows.getString(1)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Listing the months of the content-gap report failed", e);
    }
    return months;
  }
}
