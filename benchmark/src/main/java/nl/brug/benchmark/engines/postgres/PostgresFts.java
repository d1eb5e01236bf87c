package nl.brug.benchmark.engines.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.brug.benchmark.engines.Answer;
import nl.brug.benchmark.engines.SearchEngine;
import nl.brug.benchmark.queries.BenchQuery;
import nl.brug.benchmark.queries.QueryType;

/**
 * What a team would build instead: PostgreSQL full-text search on the same database. One table of
 * the published items, filled from Brug's own tables (the body as written, the strings of the
 * interview guide), with a stored, weighted Dutch {@code tsvector} (title A, summary B, body and
 * questions unweighted) under a GIN index, and indexes for the filters. A query matches any of its
 * words (as Brug does; for a phrase, the phrase), ranks with {@code ts_rank}, keeps the top 20
 * (then newest) with the exact count, and makes snippets with {@code ts_headline} for those 20
 * only. PostgreSQL has no typo tolerance: a misspelt word finds only what has the same stem.
 */
public final class PostgresFts implements SearchEngine, AutoCloseable {

  private static final String HEADLINE =
      "MaxFragments=1, MaxWords=30, MinWords=15, StartSel=<mark>, StopSel=</mark>";

  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  private PostgresFts(Connection connection) {
    this.connection = connection;
  }

  /**
   * Creates the table and fills it from Brug's tables with {@code INSERT … SELECT} (the published
   * revision of every item, its life domains, the strings of its interview guide), in two sessions
   * at once, then builds its indexes and analyses it; returns the number of rows.
   */
  public static long build(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS fts_item");
      statement.execute(
          "CREATE TABLE fts_item (id uuid PRIMARY KEY, slug text NOT NULL, kind text NOT NULL,"
              + " domains text[] NOT NULL, scope text NOT NULL,"
              + " published_at timestamptz NOT NULL, title text NOT NULL, summary text NOT NULL,"
              + " body text NOT NULL, questions text NOT NULL,"
              + " tsv tsvector GENERATED ALWAYS AS ("
              + "setweight(to_tsvector('dutch', title), 'A')"
              + " || setweight(to_tsvector('dutch', summary), 'B')"
              + " || to_tsvector('dutch', body || ' ' || questions)) STORED)");
      ExecutorService sessions = Executors.newFixedThreadPool(2);
      try {
        List<Future<Integer>> halves = new ArrayList<>();
        for (String half : List.of("i.id < '" + HALF + "'", "i.id >= '" + HALF + "'")) {
          halves.add(sessions.submit(() -> fill(dataSource, half)));
        }
        long count = 0;
        for (Future<Integer> half : halves) {
          count += half.get();
        }
        statement.execute("SET maintenance_work_mem = '1GB'");
        statement.execute("CREATE INDEX fts_item_tsv ON fts_item USING gin (tsv)");
        statement.execute("CREATE INDEX fts_item_scope ON fts_item (scope)");
        statement.execute("CREATE INDEX fts_item_kind ON fts_item (kind)");
        statement.execute("CREATE INDEX fts_item_domains ON fts_item USING gin (domains)");
        statement.execute("VACUUM ANALYZE fts_item");
        return count;
      } finally {
        sessions.shutdownNow();
      }
    }
  }

  /** The middle of the id space: each session fills one half. */
  private static final String HALF = "80000000-0000-0000-0000-000000000000";

  /** Copies the published items that {@code where} selects; returns how many. */
  private static int fill(DataSource dataSource, String where) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      return statement.executeUpdate(
          "INSERT INTO fts_item (id, slug, kind, domains, scope, published_at, title, summary,"
              + " body, questions)"
              + " SELECT i.id, i.slug, i.kind,"
              + " ARRAY(SELECT d.life_domain FROM revision_life_domain d"
              + " WHERE d.revision_id = r.id ORDER BY d.life_domain),"
              + " coalesce(i.municipality_code, 'national'), r.published_at, r.title, r.summary,"
              + " r.body,"
              + " coalesce((SELECT string_agg(v #>> '{}', ' ')"
              + " FROM jsonb_path_query(r.guide_json::jsonb, 'strict $.sections[*].**') v"
              + " WHERE jsonb_typeof(v) = 'string'), '')"
              + " FROM toolkit_item i JOIN item_revision r ON r.item_id = i.id"
              + " WHERE i.status <> 'ARCHIVED' AND r.published_at IS NOT NULL"
              + " AND r.revision_number = (SELECT max(p.revision_number) FROM item_revision p"
              + " WHERE p.item_id = i.id AND p.published_at IS NOT NULL) AND "
              + where);
    }
  }

  /** Opens a search connection (JIT off: it only adds compile time to short queries). */
  public static PostgresFts open(DataSource dataSource) throws SQLException {
    Connection connection = dataSource.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET jit = off");
    }
    return new PostgresFts(connection);
  }

  @Override
  public String name() {
    return "PostgreSQL FTS";
  }

  @Override
  public Answer search(BenchQuery query) throws SQLException {
    boolean phrase = query.stratum().type() == QueryType.PHRASE;
    PreparedStatement statement =
        statements.computeIfAbsent(
            (phrase ? "phrase" : "any")
                + (query.kind() != null ? "+kind" : "")
                + (query.domain() != null ? "+domain" : ""),
            key -> prepare(sql(phrase, query.kind() != null, query.domain() != null)));
    int p = 1;
    statement.setString(p++, query.text());
    statement.setString(p++, READER_MUNICIPALITY);
    if (query.kind() != null) {
      statement.setString(p++, query.kind());
    }
    if (query.domain() != null) {
      statement.setString(p++, query.domain());
    }
    long total = 0;
    List<String> ids = new ArrayList<>();
    int highlighted = 0;
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getObject(1, UUID.class).toString());
        total = rows.getLong(8);
        highlighted += Answer.marks(rows.getString(9)) ? 1 : 0;
      }
    }
    return new Answer(total, ids, highlighted);
  }

  private PreparedStatement prepare(String sql) {
    try {
      return connection.prepareStatement(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The query: the top 20 ids by rank (and the count) first, then the 20 rows with their snippets.
   * Any word: the Dutch lexemes of the text joined with OR; a phrase: {@code phraseto_tsquery}.
   */
  static String sql(boolean phrase, boolean kind, boolean domain) {
    String tsquery =
        phrase
            ? "phraseto_tsquery('dutch', ?)"
            : "replace(plainto_tsquery('dutch', ?)::text, '&', '|')::tsquery";
    return "WITH q AS (SELECT "
        + tsquery
        + " AS q),"
        + " top AS (SELECT f.id, f.published_at, ts_rank(f.tsv, q.q) AS rank,"
        + " count(*) OVER () AS total FROM fts_item f, q"
        + " WHERE f.tsv @@ q.q AND f.scope IN ('national', ?)"
        + (kind ? " AND f.kind = ?" : "")
        + (domain ? " AND f.domains @> ARRAY[?]::text[]" : "")
        + " ORDER BY rank DESC, f.published_at DESC LIMIT "
        + PAGE
        + ")"
        + " SELECT f.id, f.slug, f.title, f.kind, f.scope, f.published_at, f.summary, top.total,"
        + " ts_headline('dutch', f.body, q.q, '"
        + HEADLINE
        + "') FROM top JOIN fts_item f ON f.id = top.id, q"
        + " ORDER BY top.rank DESC, top.published_at DESC";
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : statements.values()) {
      statement.close();
    }
    connection.close();
  }
}
