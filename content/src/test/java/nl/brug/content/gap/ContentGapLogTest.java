package nl.brug.content.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.gap.ContentGapReport.Topic;
import nl.brug.content.schema.SchemaMigration;
import nl.brug.content.schema.TestDatabases;
import org.junit.jupiter.api.Test;

/** The content-gap log counts what was not found, per month, without anything about who. */
class ContentGapLogTest {

  private static final Caller EXPERT =
      new Caller("fatima", "Fatima", EnumSet.of(Role.EXPERT), "GM0193", null);
  private static final Caller PROFESSIONAL =
      new Caller("sanne", "Sanne", EnumSet.of(Role.PROFESSIONAL), "GM0193", null);
  private static final Instant NOVEMBER = Instant.parse("2026-11-23T10:00:00Z");
  private static final Instant DECEMBER_IN_AMSTERDAM = Instant.parse("2026-11-30T23:30:00Z");

  private static ContentGapLog log(DataSource dataSource, Instant now) {
    return new ContentGapLog(dataSource, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static DataSource migratedH2() {
    DataSource h2 = TestDatabases.h2();
    SchemaMigration.migrate(h2);
    return h2;
  }

  @Test
  void searchesWithoutResults_areCountedByNormalisedText_mostFrequentFirst() {
    ContentGapLog log = log(migratedH2(), NOVEMBER);

    log.foundNothing("Tolk regelen Tigrinya");
    log.foundNothing("  tolk   REGELEN, tigrinya! ");
    log.foundNothing("kinderopvang statushouders");

    ContentGapReport report = log.report(EXPERT, YearMonth.of(2026, 11), 10);
    assertThat(report.withoutResults())
        .containsExactly(
            new Topic("tolk regelen tigrinya", 2), new Topic("kinderopvang statushouders", 1));
    assertThat(report.unopened()).isEmpty();
  }

  @Test
  void resultsShownButNeverOpened_countAsUnopened_openedOnesDoNot() {
    ContentGapLog log = log(migratedH2(), NOVEMBER);

    log.resultsShown("netwerkkaart");
    log.resultsShown("netwerkkaart");
    log.resultOpened("netwerkkaart");
    log.resultsShown("ramadan");
    log.resultOpened("ramadan");

    assertThat(log.report(EXPERT, YearMonth.of(2026, 11), 10).unopened())
        .containsExactly(new Topic("netwerkkaart", 1));
  }

  @Test
  void queriesWithDigitsOrAtSigns_areNeverStored() throws SQLException {
    DataSource h2 = migratedH2();
    ContentGapLog log = log(h2, NOVEMBER);

    log.foundNothing("bsn 123456782");
    log.foundNothing("mohammed 06-12345678");
    log.foundNothing("fam@example.nl");
    log.foundNothing("x");

    assertThat(rows(h2)).isZero();
    assertThat(ContentGapLog.countedText("Hulp bij 2 kinderen")).isEmpty();
    assertThat(ContentGapLog.countedText("auto's en fietsen")).contains("auto's en fietsen");
  }

  @Test
  void longQueries_areCutToTheStoredLength() {
    String longQuery = "schuldhulpverlening ".repeat(20);

    assertThat(ContentGapLog.countedText(longQuery).orElseThrow())
        .hasSizeLessThanOrEqualTo(ContentGapLog.MAX_QUERY)
        .startsWith("schuldhulpverlening schuldhulpverlening");
  }

  @Test
  void eachMonthHasItsOwnCounts_inDutchTime() {
    DataSource h2 = migratedH2();
    log(h2, NOVEMBER).foundNothing("iftar");
    log(h2, DECEMBER_IN_AMSTERDAM).foundNothing("iftar");
    log(h2, DECEMBER_IN_AMSTERDAM).foundNothing("iftar");

    ContentGapLog log = log(h2, NOVEMBER);
    assertThat(log.months(EXPERT)).containsExactly(YearMonth.of(2026, 12), YearMonth.of(2026, 11));
    assertThat(log.report(EXPERT, YearMonth.of(2026, 11), 10).withoutResults())
        .containsExactly(new Topic("iftar", 1));
    assertThat(log.report(EXPERT, YearMonth.of(2026, 12), 10).withoutResults())
        .containsExactly(new Topic("iftar", 2));
  }

  @Test
  void onlyExpertsReadTheReport() {
    ContentGapLog log = log(migratedH2(), NOVEMBER);

    assertThatThrownBy(() -> log.report(PROFESSIONAL, YearMonth.of(2026, 11), 10))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThatThrownBy(() -> log.months(PROFESSIONAL))
        .isInstanceOf(ActionNotAllowedException.class);
  }

  @Test
  void theReportShowsAtMostTheLimit() {
    ContentGapLog log = log(migratedH2(), NOVEMBER);
    for (String topic : List.of("aa", "bb", "cc", "dd")) {
      log.foundNothing(topic);
    }

    assertThat(log.report(EXPERT, YearMonth.of(2026, 11), 3).withoutResults()).hasSize(3);
  }

  @Test
  void concurrentSearchesForANewTopic_areAllCounted_onH2() throws Exception {
    assertConcurrentCountsAreExact(migratedH2());
  }

  @Test
  void concurrentSearchesForANewTopic_areAllCounted_onPostgresql() throws Exception {
    try (TestDatabases.PostgresSchema postgres =
        TestDatabases.postgresSchema("ContentGapLogTest")) {
      SchemaMigration.migrate(postgres.dataSource());
      assertConcurrentCountsAreExact(postgres.dataSource());
    }
  }

  private static void assertConcurrentCountsAreExact(DataSource dataSource) throws Exception {
    ContentGapLog log = log(dataSource, NOVEMBER);
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tasks.add(
            () -> {
              for (int i = 0; i < perThread; i++) {
                log.foundNothing("zakat uitleggen " + (char) ('a' + i));
              }
              return null;
            });
      }
      for (Future<Void> done : pool.invokeAll(tasks)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }

    List<Topic> counted = log.report(EXPERT, YearMonth.of(2026, 11), 100).withoutResults();
    assertThat(counted).hasSize(perThread).allMatch(topic -> topic.times() == threads);
  }

  private static int rows(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from search_gap")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
