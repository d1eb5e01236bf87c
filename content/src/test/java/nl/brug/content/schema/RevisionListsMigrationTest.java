package nl.brug.content.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V13 keys a revision's ordered lists by revision, position and value, keeps each value once (the
 * first) and numbers the positions again without gaps; files stored before it stay with the latest
 * published version and the draft. On H2 and on PostgreSQL.
 */
class RevisionListsMigrationTest {

  private static final UUID ITEM = UUID.randomUUID();
  private static final UUID VERSION_1 = UUID.randomUUID();
  private static final UUID VERSION_2 = UUID.randomUUID();
  private static final UUID DRAFT = UUID.randomUUID();
  private static final UUID FILE = UUID.randomUUID();

  @Test
  void onH2() throws SQLException {
    migrateWithOldData(TestDatabases.h2(), "BLOB");
  }

  @Test
  void onPostgresql() throws SQLException {
    try (TestDatabases.PostgresSchema postgres =
        TestDatabases.postgresSchema("RevisionListsMigrationTest")) {
      migrateWithOldData(postgres.dataSource(), "BYTEA");
    }
  }

  private static void migrateWithOldData(DataSource db, String binaryType) throws SQLException {
    Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(db)
        .locations(SchemaMigration.LOCATION)
        .placeholders(Map.of("binary_type", binaryType))
        .target("12")
        .load()
        .migrate();
    try (Connection c = db.getConnection()) {
      update(
          c,
          "INSERT INTO toolkit_item (id, slug, slug_scope, kind, owner, status, created_at, version)"
              + " VALUES (?, 'tolk', '*', 'WORKING_METHOD', 'fatima', 'DRAFT', CURRENT_TIMESTAMP, 0)",
          ITEM);
      revision(c, VERSION_1, 1, true);
      revision(c, VERSION_2, 2, true);
      revision(c, DRAFT, 3, false);
      String[] themes = {"tolken", "taal", "tolken", "gezin"};
      for (int i = 0; i < themes.length; i++) {
        update(
            c,
            "INSERT INTO revision_theme (revision_id, sort_order, theme) VALUES (?, "
                + (i * 2)
                + ", '"
                + themes[i]
                + "')",
            DRAFT);
      }
      try (PreparedStatement file =
          c.prepareStatement(
              "INSERT INTO attachment (id, item_id, filename, type, size_bytes, content,"
                  + " uploaded_by, uploaded_at) VALUES (?, ?, 'w.pdf', 'PDF', 1, ?, 'fatima',"
                  + " CURRENT_TIMESTAMP)")) {
        file.setObject(1, FILE);
        file.setObject(2, ITEM);
        file.setBytes(3, new byte[] {1});
        file.executeUpdate();
      }
    }

    assertThat(SchemaMigration.migrate(db)).as("V13 and every later migration").isPositive();

    try (Connection c = db.getConnection()) {
      assertThat(
              strings(
                  c,
                  "SELECT sort_order || ':' || theme FROM revision_theme WHERE revision_id = ?"
                      + " ORDER BY sort_order",
                  DRAFT))
          .containsExactly("0:tolken", "1:taal", "2:gezin");
      assertThat(
              strings(
                  c,
                  "SELECT CAST(revision_id AS VARCHAR(36)) FROM revision_attachment"
                      + " WHERE attachment_id = ?",
                  FILE))
          .containsExactlyInAnyOrder(VERSION_2.toString(), DRAFT.toString());
    }
  }

  private static void revision(Connection c, UUID id, int number, boolean published)
      throws SQLException {
    try (PreparedStatement revision =
        c.prepareStatement(
            "INSERT INTO item_revision (id, item_id, revision_number, title, summary, body,"
                + " created_by, last_editor, updated_at, published_at) VALUES (?, ?, ?, 'Tolk',"
                + " '', '', 'fatima', 'fatima', CURRENT_TIMESTAMP, "
                + (published ? "CURRENT_TIMESTAMP" : "NULL")
                + ")")) {
      revision.setObject(1, id);
      revision.setObject(2, ITEM);
      revision.setInt(3, number);
      revision.executeUpdate();
    }
  }

  private static void update(Connection c, String sql, UUID id) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setObject(1, id);
      statement.executeUpdate();
    }
  }

  private static List<String> strings(Connection c, String sql, UUID id) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setObject(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }
}
