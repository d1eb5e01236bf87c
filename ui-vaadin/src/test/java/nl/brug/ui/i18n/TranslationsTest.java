package nl.brug.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The portal's texts: Dutch first, English complete, whatever the server's own locale. */
class TranslationsTest {

  private static final String BUNDLE = "vaadin-i18n/translations";
  private final Locale serverDefault = Locale.getDefault();

  @AfterEach
  void restoreDefault() {
    Locale.setDefault(serverDefault);
  }

  @Test
  void dutchIsShownInDutch_alsoOnAServerWhoseDefaultLocaleIsEnglish() {
    Locale.setDefault(Locale.ENGLISH);
    ResourceBundle.clearCache();

    ResourceBundle dutch = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("nl-NL"));

    assertThat(dutch.getString("header.signOut")).isEqualTo("Afmelden");
    assertThat(dutch.getString("role.coordinator")).isEqualTo("Coördinator");
  }

  @Test
  void everyDutchTextHasAnEnglishOne_andNoEnglishTextIsLeftOver() throws IOException {
    assertThat(load(BUNDLE + "_en.properties").keySet())
        .isEqualTo(load(BUNDLE + ".properties").keySet());
  }

  private static Properties load(String resource) throws IOException {
    Properties texts = new Properties();
    try (Reader reader =
        new InputStreamReader(
            TranslationsTest.class.getClassLoader().getResourceAsStream(resource),
            StandardCharsets.UTF_8)) {
      texts.load(reader);
    }
    return texts;
  }
}
