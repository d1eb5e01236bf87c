package nl.brug.content.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.brug.content.privacy.PersonalDataFilter.Filtered;
import nl.brug.content.privacy.PersonalDataFilter.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What looks like a person's data is taken out of a professional's text; the topic stays. */
class PersonalDataFilterTest {

  private static String words(Filtered filtered) {
    return filtered.text().strip().replaceAll("\\s+", " ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          schuldhulp bsn 123456782                | schuldhulp bsn          | CITIZEN_SERVICE_NUMBER
          bsn 123.456.782 inschrijving            | bsn inschrijving        | CITIZEN_SERVICE_NUMBER
          burgerservicenummer 1234 56 782         | burgerservicenummer     | CITIZEN_SERVICE_NUMBER
          achtcijferig 12345678 nummer            | achtcijferig nummer     | CITIZEN_SERVICE_NUMBER
          tolk bellen 06-12345678                 | tolk bellen             | PHONE_NUMBER
          tolk bellen 0612345678                  | tolk bellen             | PHONE_NUMBER
          wijkteam 038 123 45 67                  | wijkteam                | PHONE_NUMBER
          wijkteam 020-1234567 amsterdam          | wijkteam amsterdam      | PHONE_NUMBER
          moeder +31 6 12345678                   | moeder                  | PHONE_NUMBER
          moeder +31 (0)6 1234 5678               | moeder                  | PHONE_NUMBER
          vader 0031612345678 tigrinya            | vader tigrinya          | PHONE_NUMBER
          mail fam.haidari@example.nl over zorg   | mail over zorg          | EMAIL_ADDRESS
          contact via @wijkteamzwolle             | contact via             | EMAIL_ADDRESS
          huisbezoek 8011 AB 12                   | huisbezoek              | POSTCODE
          huisbezoek 8011AB 12a zwolle            | huisbezoek zwolle       | POSTCODE
          huisbezoek 8011 ab 12-b                 | huisbezoek              | POSTCODE
          verhuizing naar 1217 AB                 | verhuizing naar         | POSTCODE
          geboren 12-03-1980 eritrea              | geboren eritrea         | DATE
          geboren 12/3/80 eritrea                 | geboren eritrea         | DATE
          geboren 1980-03-12 eritrea              | geboren eritrea         | DATE
          geboren 12 maart 1980 eritrea           | geboren eritrea         | DATE
          geboren 3 okt. 1979 syrie               | geboren syrie           | DATE
          afspraak 1 mei                          | afspraak                | DATE
          toeslag NL91 ABNA 0417 1643 00          | toeslag                 | IBAN
          toeslag nl91abna0417164300 terugbetalen | toeslag terugbetalen    | IBAN
          rekening BE71 0961 2345 6769            | rekening                | IBAN
          """)
  void personalDataIsRemoved_theTopicStays(String text, String remains, Kind kind) {
    Filtered filtered = PersonalDataFilter.filter(text);

    assertThat(words(filtered)).isEqualTo(remains);
    assertThat(filtered.removed()).containsExactly(kind);
    assertThat(PersonalDataFilter.looksPersonal(text)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          tolk regelen tigrinya
          hulp bij 2 kinderen
          65-plussers eenzaamheid
          wet inburgering 2021
          ramadan en schoolreis
          statushouder na 5 jaar
          """)
  void ordinaryQueries_areLeftAlone(String text) {
    Filtered filtered = PersonalDataFilter.filter(text);

    assertThat(filtered.text()).isEqualTo(text);
    assertThat(filtered.removedAny()).isFalse();
  }

  @Test
  void severalKindsInOneText_areAllRemoved() {
    Filtered filtered =
        PersonalDataFilter.filter(
            "mevrouw geb 01-02-1975 bsn 123456782 tel 06 1234 5678 a@b.nl 8011 AB 3");

    assertThat(words(filtered)).isEqualTo("mevrouw geb bsn tel");
    assertThat(filtered.removed())
        .isEqualTo(
            Set.of(
                Kind.DATE,
                Kind.CITIZEN_SERVICE_NUMBER,
                Kind.PHONE_NUMBER,
                Kind.EMAIL_ADDRESS,
                Kind.POSTCODE));
  }

  @Test
  void noText_isEmptyAndClean() {
    assertThat(PersonalDataFilter.filter(null)).isEqualTo(new Filtered("", Set.of()));
    assertThat(PersonalDataFilter.filter("   ").removedAny()).isFalse();
  }
}
