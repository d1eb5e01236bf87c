package nl.brug.content.gap;

import static java.time.ZoneOffset.UTC;
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
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.gap.ContentGapReport.Topic;
import nl.brug.content.schema.SchemaMigration;
import nl.brug.content.schema.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The content-gap log counts what was not found, per month and municipality, without anything about
 * who; experts read their own municipalities' gaps only.
 */
class ContentGapLogTest {

  private static final String ZWOLLE = "GM0193";
  private static final String ERMELO = "GM0233";
  private static final String HARDERWIJK = "GM0243";
  private static final String HILVERSUM = "GM0402";
  private static final Caller EXPERT =
      new Caller("fatima", "Fatima", EnumSet.of(Role.EXPERT), ZWOLLE, null);
  private static final Caller PROFESSIONAL =
      new Caller("sanne", "Sanne", EnumSet.of(Role.PROFESSIONAL), ZWOLLE, null);
  private static final Caller HILVERSUM_EXPERT =
      new Caller("hilde", "Hilde", EnumSet.of(Role.EXPERT), HILVERSUM, null);
  private static final Caller REGIONAL_EXPERT =
      new Caller(
          "rachida",
          "Rachida",
          EnumSet.of(Role.EXPERT),
          ZWOLLE,
          null,
          Set.of(ZWOLLE, ERMELO, HARDERWIJK));
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

    log.foundNothing(PROFESSIONAL, "Tolk regelen Tigrinya");
    log.foundNothing(PROFESSIONAL, "  tolk   REGELEN, tigrinya! ");
    log.foundNothing(PROFESSIONAL, "kinderopvang statushouders");

    ContentGapReport report = log.report(EXPERT, YearMonth.of(2026, 11), 10);
    assertThat(report.withoutResults())
        .containsExactly(
            new Topic("tolk regelen tigrinya", 2), new Topic("kinderopvang statushouders", 1));
    assertThat(report.unopened()).isEmpty();
  }

  @Test
  void resultsShownButNeverOpened_countAsUnopened_openedOnesDoNot() {
    ContentGapLog log = log(migratedH2(), NOVEMBER);

    log.resultsShown(PROFESSIONAL, "netwerkkaart");
    log.resultsShown(PROFESSIONAL, "netwerkkaart");
    log.resultOpened(PROFESSIONAL, "netwerkkaart");
    log.resultsShown(PROFESSIONAL, "ramadan");
    log.resultOpened(PROFESSIONAL, "ramadan");

    assertThat(log.report(EXPERT, YearMonth.of(2026, 11), 10).unopened())
        .containsExactly(new Topic("netwerkkaart", 1));
  }

  @Test
  void personalData_isTakenOutOfAQuery_theTopicIsCounted() throws SQLException {
    DataSource h2 = migratedH2();
    ContentGapLog log = log(h2, NOVEMBER);

    log.foundNothing(PROFESSIONAL, "schuldhulp bsn 123456782");
    log.foundNothing(PROFESSIONAL, "Schuldhulp, tel. 06-12345678");
    log.foundNothing(PROFESSIONAL, "schuldhulp fam.haidari@example.nl");
    log.foundNothing(PROFESSIONAL, "huisbezoek 8011 AB 12 geboren 12 maart 1980");
    log.foundNothing(PROFESSIONAL, "toeslag NL91 ABNA 0417 1643 00");

    assertThat(log.report(EXPERT, YearMonth.of(2026, 11), 10).withoutResults())
        .containsExactly(
            new Topic("schuldhulp", 3), new Topic("huisbezoek", 1), new Topic("toeslag", 1));
    assertThat(storedTexts(h2)).noneMatch(text -> text.matches(".*(\\d|@|abna|maart).*"));
  }

  @Test
  void aQueryWithNothingMeaningfulLeft_isNotCounted() throws SQLException {
    DataSource h2 = migratedH2();
    ContentGapLog log = log(h2, NOVEMBER);

    log.foundNothing(PROFESSIONAL, "bsn 123456782");
    log.foundNothing(PROFESSIONAL, "06-12345678");
    log.foundNothing(PROFESSIONAL, "fam@example.nl");
    log.foundNothing(PROFESSIONAL, "geboren 01-02-1975");
    log.foundNothing(PROFESSIONAL, "x");

    assertThat(rows(h2)).isZero();
  }

  @Test
  void otherWordsWithDigits_areLeftOut_theRestCounts() {
    assertThat(ContentGapLog.countedText("Hulp bij 2 kinderen")).contains("hulp bij kinderen");
    assertThat(ContentGapLog.countedText("Kerkstraat 12 zwolle")).contains("kerkstraat zwolle");
    assertThat(ContentGapLog.countedText("auto's en fietsen")).contains("auto's en fietsen");
    assertThat(ContentGapLog.countedText("rekening betalen"))
        .as("a label word stays when no personal data was found")
        .contains("rekening betalen");
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
    log(h2, NOVEMBER).foundNothing(PROFESSIONAL, "iftar");
    log(h2, DECEMBER_IN_AMSTERDAM).foundNothing(PROFESSIONAL, "iftar");
    log(h2, DECEMBER_IN_AMSTERDAM).foundNothing(PROFESSIONAL, "iftar");

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
      log.foundNothing(PROFESSIONAL, topic);
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
                log.foundNothing(PROFESSIONAL, "zakat uitleggen " + (char) ('a' + i));
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

  @Test
  void anExpertNeverSeesAnotherMunicipalitysGaps() {
    ContentGapLog log = log(migratedH2(), NOVEMBER);
    log.foundNothing(PROFESSIONAL, "tolk tigrinya");
    log.resultsShown(PROFESSIONAL, "netwerkkaart");

    ContentGapReport hilversum = log.report(HILVERSUM_EXPERT, YearMonth.of(2026, 11), 10);

    assertThat(hilversum.isEmpty()).isTrue();
    assertThat(log.months(HILVERSUM_EXPERT)).isEmpty();
    assertThatThrownBy(() -> log.report(HILVERSUM_EXPERT, YearMonth.of(2026, 11), ZWOLLE, 10))
        .as("another municipality's gaps answer as if it did not exist")
        .isInstanceOf(UnknownResourceException.class);
    assertThat(log.report(EXPERT, YearMonth.of(2026, 11), 10).withoutResults())
        .containsExactly(new Topic("tolk tigrinya", 1));
  }

  @Test
  void aRegionalExpertSeesTheGapsOfAllHerMunicipalities_addedUp_orOneOfThem() {
    ContentGapLog log = log(migratedH2(), NOVEMBER);
    log.foundNothing(professionalOf(ZWOLLE), "iftar op school");
    log.foundNothing(professionalOf(ERMELO), "iftar op school");
    log.foundNothing(professionalOf(HARDERWIJK), "vluchtelingenwerk");
    log.foundNothing(professionalOf(HILVERSUM), "iftar op school");
    log.foundNothing(professionalOf(HILVERSUM), "alleen hilversum");

    Caller inHarderwijk = REGIONAL_EXPERT.inMunicipality(HARDERWIJK);
    assertThat(log.report(inHarderwijk, YearMonth.of(2026, 11), 10).withoutResults())
        .as("whichever municipality is active")
        .containsExactly(new Topic("iftar op school", 2), new Topic("vluchtelingenwerk", 1));
    assertThat(log.report(REGIONAL_EXPERT, YearMonth.of(2026, 11), ERMELO, 10).withoutResults())
        .containsExactly(new Topic("iftar op school", 1));
    assertThatThrownBy(() -> log.report(REGIONAL_EXPERT, YearMonth.of(2026, 11), HILVERSUM, 10))
        .isInstanceOf(UnknownResourceException.class);
    assertThat(log.months(REGIONAL_EXPERT)).containsExactly(YearMonth.of(2026, 11));
  }

  @Test
  void aSearchFromNoMunicipality_isCountedForNobody() throws SQLException {
    DataSource h2 = migratedH2();
    ContentGapLog log = log(h2, NOVEMBER);

    log.foundNothing(new Caller("daan", "Daan", EnumSet.of(Role.ADMIN), null, null), "iftar");

    assertThat(rows(h2)).isZero();
  }

  @Test
  void monthsOlderThanTheRetention_areForgotten_theRestStays() {
    DataSource h2 = migratedH2();
    log(h2, Instant.parse("2025-11-15T10:00:00Z")).foundNothing(PROFESSIONAL, "iftar");
    log(h2, Instant.parse("2025-12-15T10:00:00Z")).foundNothing(PROFESSIONAL, "iftar");
    log(h2, NOVEMBER).foundNothing(PROFESSIONAL, "iftar");

    ContentGapLog inDecember = new ContentGapLog(h2, Clock.fixed(DECEMBER_IN_AMSTERDAM, UTC), 13);
    assertThat(inDecember.forgetExpiredMonths()).isEqualTo(1);
    assertThat(inDecember.months(EXPERT))
        .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2025, 12));

    ContentGapLog aMonthLater =
        new ContentGapLog(h2, Clock.fixed(Instant.parse("2027-01-02T08:00:00Z"), UTC), 13);
    assertThat(aMonthLater.forgetExpiredMonths()).isEqualTo(1);
    assertThat(aMonthLater.months(EXPERT)).containsExactly(YearMonth.of(2026, 11));
    assertThat(aMonthLater.forgetExpiredMonths()).as("nothing left to forget").isZero();
  }

  @Test
  void aRetentionOfOneMonth_keepsOnlyTheCurrentMonth() {
    DataSource h2 = migratedH2();
    log(h2, NOVEMBER).foundNothing(PROFESSIONAL, "iftar");
    ContentGapLog december = new ContentGapLog(h2, Clock.fixed(DECEMBER_IN_AMSTERDAM, UTC), 1);
    december.foundNothing(PROFESSIONAL, "iftar");

    december.forgetExpiredMonths();

    assertThat(december.months(EXPERT)).containsExactly(YearMonth.of(2026, 12));
  }

  @Test
  void aRetentionBelowOneMonth_isRefused() {
    assertThatThrownBy(() -> new ContentGapLog(TestDatabases.h2(), Clock.systemUTC(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BRUG_GAPS_RETENTION_MONTHS");
  }

  private static Caller professionalOf(String municipality) {
    return new Caller("p", "P", EnumSet.of(Role.PROFESSIONAL), municipality, null);
  }

  private static List<String> storedTexts(DataSource dataSource) throws SQLException {
    List<String> texts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select query_text from search_gap")) {
      while (rows.next()) {
        texts.add(rows.getString(1));
      }
    }
    return texts;
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
