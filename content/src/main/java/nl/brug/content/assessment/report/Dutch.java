package nl.brug.content.assessment.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times the way Dutch readers expect them, in Dutch time. */
final class Dutch {

  /** Reports are read in the Netherlands: a moment is shown in Dutch time. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  static final Locale LOCALE = Locale.forLanguageTag("nl-NL");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", LOCALE);

  private Dutch() {}

  /** For example "15 januari 2027". */
  static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** For example "23 november 2026 om 17:42". */
  static String dateTime(Instant moment) {
    return DATE_TIME.format(moment.atZone(ZONE));
  }
}
