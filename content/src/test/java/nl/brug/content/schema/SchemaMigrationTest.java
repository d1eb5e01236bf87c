package nl.brug.content.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The same Flyway scripts build the schema on H2 (the embedded default) and on PostgreSQL
 * (production). PostgreSQL is the one at 127.0.0.1:5432, database {@code test}; each run uses a
 * schema of its own and drops it after.
 */
class SchemaMigrationTest {

  @Test
  void migrationsBuildTheSchemaOnH2_andASecondRunChangesNothing() throws SQLException {
    DataSource h2 = TestDatabases.h2();

    assertThat(SchemaMigration.migrate(h2)).isPositive();
    assertThat(SchemaMigration.migrate(h2)).isZero();
    assertOrganisationTablesWork(h2);
  }

  @Test
  void migrationsBuildTheSameSchemaOnPostgresql() throws SQLException {
    try (TestDatabases.PostgresSchema postgres =
        TestDatabases.postgresSchema("SchemaMigrationTest")) {
      assertThat(SchemaMigration.migrate(postgres.dataSource())).isPositive();
      assertThat(SchemaMigration.migrate(postgres.dataSource())).isZero();
      assertOrganisationTablesWork(postgres.dataSource());
    }
  }

  private static void assertOrganisationTablesWork(DataSource dataSource) throws SQLException {
    UUID teamId = UUID.randomUUID();
    UUID memberId = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO municipality (code, name, version) VALUES ('GM0193', 'Zwolle', 0)");
      }
      try (PreparedStatement team =
          c.prepareStatement(
              "INSERT INTO team (id, code, municipality_code, name, version) VALUES (?, ?, ?, ?, 0)")) {
        team.setObject(1, teamId);
        team.setString(2, "zwolle-zuid");
        team.setString(3, "GM0193");
        team.setString(4, "Sociaal wijkteam Zwolle-Zuid");
        team.executeUpdate();
      }
      try (PreparedStatement member =
          c.prepareStatement(
              "INSERT INTO member (id, username, display_name, municipality_code, team_code,"
                  + " first_sign_in, last_sign_in, version) VALUES (?, 'sanne', 'Sanne', 'GM0193',"
                  + " 'zwolle-zuid', ?, ?, 0)")) {
        member.setObject(1, memberId);
        member.setObject(2, now);
        member.setObject(3, now);
        member.executeUpdate();
      }
      try (PreparedStatement role =
          c.prepareStatement(
              "INSERT INTO member_role (member_id, role) VALUES (?, 'professional')")) {
        role.setObject(1, memberId);
        role.executeUpdate();
      }
      try (Statement s = c.createStatement();
          ResultSet rows =
              s.executeQuery(
                  "SELECT t.name, r.role FROM member m JOIN team t ON t.code = m.team_code"
                      + " JOIN member_role r ON r.member_id = m.id")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("Sociaal wijkteam Zwolle-Zuid");
        assertThat(rows.getString(2)).isEqualTo("professional");
      }
      try (Statement s = c.createStatement()) {
        assertThat(
                org.assertj.core.api.Assertions.catchThrowable(
                    () ->
                        s.execute(
                            "INSERT INTO team (id, code, municipality_code, name, version) VALUES"
                                + " ('"
                                + UUID.randomUUID()
                                + "', 'x', 'GM9999', 'Nergens', 0)")))
            .as("a team of an unknown municipality is refused")
            .isInstanceOf(SQLException.class);
      }
    }
  }
}
