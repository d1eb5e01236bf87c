package nl.brug.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.auth.development.DemoAccount;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.search.toolkit.PublishedItems;
import nl.brug.search.toolkit.SearchIndex;
import nl.brug.search.toolkit.SearchRequest;
import nl.brug.search.toolkit.SearchResults;
import nl.brug.search.toolkit.ToolkitSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Relevance on the demo toolkit (issue 4): for each realistic query in {@code
 * relevance/queries.tsv} (plurals, typos, synonyms, compounds, accents, several words,
 * translations), is the item a professional wants first, or in the top 3? Measured for Brug's
 * search and for a PostgreSQL full-text baseline over the same items; the report goes to {@code
 * target/relevance.md} and standard output. PostgreSQL is the one at 127.0.0.1:5432, database
 * {@code test}; without it the baseline is skipped and the report says so.
 */
class DemoToolkitRelevanceTest {

  static final String POSTGRES_URL =
      System.getProperty("brug.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String ZWOLLE = "GM0193";
  private static final Instant FIRST_PUBLISHED = Instant.parse("2026-09-01T09:00:00Z");

  /** As many hits as the first page of Brug's results. */
  private static final int HITS = SearchRequest.of("").size();

  private static final Path REPORT = Path.of("target", "relevance.md");

  private static List<PublishedToolkitItem> items;
  private static List<RelevanceQuery> queries;
  private static SearchIndex index;
  private static final Map<RelevanceQuery, List<String>> brug = new LinkedHashMap<>();
  private static final Map<RelevanceQuery, List<String>> postgres = new LinkedHashMap<>();
  private static Optional<String> postgresNote = Optional.of("its test did not run.");

  @BeforeAll
  static void searchEveryQueryWithBrug() throws Exception {
    items = demoToolkit();
    queries =
        RelevanceQuery.read(
            items.stream().map(PublishedToolkitItem::slug).collect(Collectors.toSet()));
    index = SearchIndex.inMemory();
    ToolkitSearchService search = new ToolkitSearchService(index, over(items));
    search.ensureCurrent();
    for (RelevanceQuery query : queries) {
      SearchResults results = search.search(readerFor(query), SearchRequest.of(query.text()));
      brug.put(query, results.hits().stream().map(SearchResults.Hit::slug).toList());
    }
  }

  @AfterAll
  static void report() throws IOException {
    if (index != null) {
      index.close();
    }
    if (queries == null) {
      return;
    }
    String report =
        new RelevanceReport(items.size(), queries, brug, postgres, postgresNote).markdown();
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    System.out.println(report);
  }

  @Test
  void atLeast40Queries_eachWantingAnItemOfTheDemoToolkit_inEveryKindOfDifficulty() {
    assertThat(items).hasSize(DemoToolkit.index().size());
    assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
    assertThat(queries.stream().map(RelevanceQuery::category))
        .contains("plural", "typo", "synonym", "compound", "accent");
  }

  @Test
  void brugFindsTheWantedItemInTheTop3_forAtLeast90PercentOfTheQueries() {
    double top3 = RelevanceReport.share(queries, brug, RelevanceReport.TOP);

    assertThat(top3)
        .as(
            "share in the top 3; missed: %s",
            new RelevanceReport(items.size(), queries, brug, postgres, postgresNote)
                .brugMisses().stream().map(q -> q.text() + " → " + q.expectedSlug()).toList())
        .isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void postgresqlFullTextSearch_isMeasuredOnTheSameItems_asTheBaseline() throws SQLException {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(POSTGRES_URL);
    dataSource.setUser(System.getProperty("brug.test.postgres.user", "postgres"));
    try (Connection connection = connectOrSkip(dataSource);
        PostgresFullTextBaseline baseline = new PostgresFullTextBaseline(connection, items)) {
      for (RelevanceQuery query : queries) {
        postgres.put(
            query, baseline.search(query.text(), readerFor(query).municipalityCode(), HITS));
      }
    }
    postgresNote = Optional.empty();

    assertThat(postgres).hasSameSizeAs(queries);
  }

  /** The demo items as DemoToolkit publishes them, one day apart in the order of the index. */
  private static List<PublishedToolkitItem> demoToolkit() throws Exception {
    List<PublishedToolkitItem> published = new ArrayList<>();
    try (Jsonb jsonb = JsonbBuilder.create()) {
      List<String> names = DemoToolkit.index();
      for (int i = 0; i < names.size(); i++) {
        DemoToolkitItem demo = DemoToolkit.item(jsonb, names.get(i));
        published.add(
            new PublishedToolkitItem(
                UUID.nameUUIDFromBytes(demo.slug().getBytes(StandardCharsets.UTF_8)),
                demo.slug(),
                demo.kind(),
                demo.municipalityCode(),
                1,
                FIRST_PUBLISHED.plus(i, ChronoUnit.DAYS),
                demo.content(DemoToolkit.body(names.get(i)), LocalDate.of(2027, 9, 1))));
      }
    }
    return List.copyOf(published);
  }

  private static PublishedItems over(List<PublishedToolkitItem> items) {
    return new PublishedItems() {
      @Override
      public List<UUID> ids() {
        return items.stream().map(PublishedToolkitItem::id).toList();
      }

      @Override
      public List<PublishedToolkitItem> read(List<UUID> ids) {
        return items.stream().filter(i -> ids.contains(i.id())).toList();
      }
    };
  }

  /**
   * A professional of Zwolle, or of the municipality the wanted item is written for: a local item
   * is only ever searched for by its own municipality's readers.
   */
  private static Caller readerFor(RelevanceQuery query) {
    String municipality =
        items.stream()
            .filter(i -> i.slug().equals(query.expectedSlug()))
            .map(PublishedToolkitItem::municipalityCode)
            .filter(code -> code != null)
            .findFirst()
            .orElse(ZWOLLE);
    return DemoAccounts.all().stream()
        .map(DemoAccount::caller)
        .filter(c -> c.hasRole(Role.PROFESSIONAL) && municipality.equals(c.municipalityCode()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No demo professional of " + municipality));
  }

  private static Connection connectOrSkip(PGSimpleDataSource dataSource) {
    try {
      Connection connection = dataSource.getConnection();
      System.out.println("[DemoToolkitRelevanceTest] PostgreSQL reachable at " + POSTGRES_URL);
      return connection;
    } catch (SQLException e) {
      String message =
          "SKIPPED: no PostgreSQL at "
              + POSTGRES_URL
              + " ("
              + e.getMessage()
              + "). Start PostgreSQL on 127.0.0.1:5432 with a database 'test' to run this test.";
      System.out.println("[DemoToolkitRelevanceTest] " + message);
      postgresNote = Optional.of(message);
      Assumptions.abort(message);
      throw new IllegalStateException(message);
    }
  }
}
