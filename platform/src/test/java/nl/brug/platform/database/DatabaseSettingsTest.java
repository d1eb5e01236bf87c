package nl.brug.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  private static DatabaseSettings from(Map<String, String> config) {
    return DatabaseSettings.from(config::get);
  }

  @Test
  void withoutConfiguration_anH2FileUnderTheDataFolder() {
    DatabaseSettings settings = from(Map.of(DatabaseSettings.DATA_DIR_KEY, "/srv/brug"));

    assertThat(settings.kind()).isEqualTo(DatabaseSettings.Kind.H2);
    assertThat(settings.url())
        .startsWith("jdbc:h2:file:" + Path.of("/srv/brug/db/brug"))
        .contains("DB_CLOSE_ON_EXIT=FALSE");
  }

  @Test
  void theH2Default_writesEveryCommitToTheFileBeforeAcknowledgingIt() {
    DatabaseSettings settings = from(Map.of(DatabaseSettings.DATA_DIR_KEY, "/srv/brug"));

    assertThat(settings.url()).contains(";WRITE_DELAY=0");
  }

  @Test
  void aConfiguredH2Url_getsTheDurableCommitToo_unlessItSetsItsOwnWriteDelay() {
    assertThat(from(Map.of(DatabaseSettings.URL_KEY, "jdbc:h2:file:/srv/brug/db/brug")).url())
        .isEqualTo("jdbc:h2:file:/srv/brug/db/brug;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    assertThat(
            from(Map.of(
                    DatabaseSettings.URL_KEY,
                    "jdbc:h2:file:/srv/brug/db/brug;db_close_on_exit=false;write_delay=200"))
                .url())
        .isEqualTo("jdbc:h2:file:/srv/brug/db/brug;db_close_on_exit=false;write_delay=200");
  }

  @Test
  void aPostgresqlUrl_switchesTheDatabase_withTheOptionEclipseLinkNeeds() {
    DatabaseSettings settings =
        from(
            Map.of(
                DatabaseSettings.URL_KEY, "jdbc:postgresql://db:5432/brug?ssl=true",
                DatabaseSettings.USER_KEY, "brug",
                DatabaseSettings.PASSWORD_KEY, "geheim"));

    assertThat(settings.kind()).isEqualTo(DatabaseSettings.Kind.POSTGRESQL);
    assertThat(settings.url())
        .isEqualTo("jdbc:postgresql://db:5432/brug?ssl=true&stringtype=unspecified");
    assertThat(settings.user()).isEqualTo("brug");
    assertThat(settings.describe()).isEqualTo("jdbc:postgresql://db:5432/brug");
  }

  @Test
  void anUnsupportedDatabase_isRefusedWithAMessageNamingTheSetting() {
    assertThatThrownBy(() -> from(Map.of(DatabaseSettings.URL_KEY, "jdbc:mysql://db/brug")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BRUG_DB_URL");
  }
}
