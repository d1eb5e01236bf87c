package nl.brug.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Role;
import nl.brug.auth.refusal.Conflict;
import nl.brug.auth.refusal.Invalid;
import nl.brug.auth.refusal.NotAllowed;
import nl.brug.auth.refusal.NotFound;
import nl.brug.auth.refusal.Refusal;
import nl.brug.auth.refusal.StaleVersion;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.search.synonym.SynonymList;
import org.junit.jupiter.api.Test;

/** The portal says a refusal in the screen's language, and never worse than the service did. */
class RefusalMessagesTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final Pattern KEY = Pattern.compile("\"(refusal\\.[A-Za-z.-]+)\"");

  @Test
  void everyKeyTheServicesUse_hasADutchAndAnEnglishText() throws IOException {
    Set<String> keys = keysInSources();
    for (String kind : UnknownResourceException.knownKinds()) {
      keys.add(NotFound.KEY + "." + kind);
    }
    for (Refusal.Kind kind : Refusal.Kind.values()) {
      keys.add(Refusal.generalKey(kind));
    }

    assertThat(keys).contains("refusal.round.alreadyClosed", "refusal.synonyms.tooFewTerms");
    assertThat(load("translations.properties").stringPropertyNames()).containsAll(keys);
    assertThat(load("translations_en.properties").stringPropertyNames()).containsAll(keys);
  }

  @Test
  void inDutch_theTextWithItsArgumentsIsTheServicesOwnText() {
    for (Refusal refusal :
        List.of(
            new UnknownResourceException("team", "wijk-oost"),
            new ConflictException(
                "refusal.item.slugTaken",
                "Er is al een item met de korte naam 'gesprek'. Kies een andere korte naam.",
                "gesprek"),
            synonymsRefusal("wonen, huis\nalleen"),
            synonymsRefusal("een twee drie vier vijf zes, zes"))) {
      assertThat(RefusalMessages.text(refusal, DUTCH)).isEqualTo(refusal.defaultText());
    }
  }

  @Test
  void inEnglish_theEnglishTextWithItsArguments() {
    Refusal refusal = new UnknownResourceException("assessment-round", "42");

    assertThat(RefusalMessages.text(refusal, Locale.ENGLISH))
        .isEqualTo("We cannot find round '42'.");
  }

  @Test
  void aRefusalWithOnlyItsDutchText_isShownAsItIsInDutch_andByItsKindInEnglish() {
    Refusal refusal = new Conflict("Dit team heeft nog leden.");

    assertThat(RefusalMessages.text(refusal, DUTCH)).isEqualTo("Dit team heeft nog leden.");
    assertThat(RefusalMessages.text(refusal, Locale.ENGLISH))
        .isEqualTo("This is not possible right now.");
  }

  @Test
  void aKeyWithoutAText_fallsBackToTheDutchText() {
    Refusal refusal = new StaleVersion("refusal.nowhere.written", "Iemand was je voor.");

    assertThat(RefusalMessages.text(refusal, Locale.ENGLISH)).isEqualTo("Iemand was je voor.");
  }

  @Test
  void eachKindHasItsGeneralTextInEnglish() {
    assertThat(RefusalMessages.text(new ActionNotAllowedException(Role.ADMIN), Locale.ENGLISH))
        .isEqualTo("Your role does not give access to this action.");
    assertThat(RefusalMessages.text(new NotAllowed("Alleen voor beheerders."), DUTCH))
        .isEqualTo("Alleen voor beheerders.");
    assertThat(RefusalMessages.text(new Invalid("Vul een naam in."), Locale.ENGLISH))
        .isEqualTo("Not all details are filled in correctly.");
  }

  private static Refusal synonymsRefusal(String text) {
    try {
      SynonymList.parse(text);
    } catch (Refusal refused) {
      return refused;
    }
    throw new AssertionError("accepted: " + text);
  }

  /** The keys written in the services' sources (auth, content, search). */
  private static Set<String> keysInSources() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String module : List.of("auth", "content", "search")) {
      Path sources = Path.of("..", module, "src", "main", "java");
      assertThat(sources).isDirectory();
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher key = KEY.matcher(Files.readString(file));
          while (key.find()) {
            keys.add(key.group(1));
          }
        }
      }
    }
    return keys;
  }

  private static Properties load(String file) throws IOException {
    Properties texts = new Properties();
    try (Reader reader =
        new InputStreamReader(
            RefusalMessagesTest.class
                .getClassLoader()
                .getResourceAsStream(RefusalMessages.BUNDLE.replace("translations", "") + file),
            StandardCharsets.UTF_8)) {
      texts.load(reader);
    }
    return texts;
  }
}
