package nl.brug.platform.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.brug.content.rendering.SafeMarkdown;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.entity.ItemContent;

/**
 * What a team would build with PostgreSQL's own full-text search, as the baseline to compare Brug
 * with: one table of the items with a weighted Dutch {@code tsvector} (title A, summary B, body and
 * interview questions unweighted) under a GIN index, searched with the OR of the query's Dutch
 * lexemes (PostgreSQL's web search is AND-only and finds almost nothing for longer queries), ranked
 * by {@code ts_rank}, limited to national items and the reader's municipality. The table has a name
 * of its own and is dropped on {@link #close()}.
 */
final class PostgresFullTextBaseline implements AutoCloseable {

  private static final String NATIONAL = "national";

  private final Connection connection;
  private final String table = "brug_relevance_" + UUID.randomUUID().toString().replace("-", "");

  PostgresFullTextBaseline(Connection connection, List<PublishedToolkitItem> items)
      throws SQLException {
    this.connection = connection;
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE "
              + table
              + " (slug text PRIMARY KEY, scope text NOT NULL, published_at timestamp NOT NULL,"
              + " title text NOT NULL, summary text NOT NULL, body text NOT NULL,"
              + " questions text NOT NULL, tsv tsvector GENERATED ALWAYS AS ("
              + "setweight(to_tsvector('dutch', title), 'A')"
              + " || setweight(to_tsvector('dutch', summary), 'B')"
              + " || to_tsvector('dutch', body || ' ' || questions)) STORED)");
      statement.execute("CREATE INDEX " + table + "_tsv ON " + table + " USING gin (tsv)");
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (PublishedToolkitItem item : items) {
        ItemContent content = item.content();
        insert.setString(1, item.slug());
        insert.setString(2, scope(item.municipalityCode()));
        insert.setTimestamp(3, Timestamp.from(item.publishedAt()));
        insert.setString(4, content.title());
        insert.setString(5, content.summary());
        insert.setString(6, SafeMarkdown.toPlainText(content.body()));
        insert.setString(7, content.guide().dutchText());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The slugs of the best {@code limit} items for a reader of this municipality, best first. */
  List<String> search(String text, String municipalityCode, int limit) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "WITH q AS (SELECT replace(plainto_tsquery('dutch', ?)::text, '&', '|')::tsquery AS q)"
                + " SELECT slug FROM "
                + table
                + ", q WHERE tsv @@ q.q AND scope IN (?, ?)"
                + " ORDER BY ts_rank(tsv, q.q) DESC, published_at DESC LIMIT ?")) {
      query.setString(1, text);
      query.setString(2, NATIONAL);
      query.setString(3, scope(municipalityCode));
      query.setInt(4, limit);
      List<String> slugs = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          slugs.add(rows.getString(1));
        }
      }
      return slugs;
    }
  }

  private static String scope(String municipalityCode) {
    return municipalityCode == null ? NATIONAL : municipalityCode;
  }

  @Override
  public void close() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + table);
    }
  }
}
