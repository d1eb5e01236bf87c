package nl.brug.ui.assessment;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Dates the way Dutch readers write them ("12 december 2026"), and a date picker that speaks Dutch.
 */
final class DutchDates {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DUTCH);

  private DutchDates() {}

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  static String date(Instant instant) {
    return DATE.format(instant.atZone(AMSTERDAM));
  }

  static String time(Instant instant) {
    return TIME.format(instant.atZone(AMSTERDAM));
  }

  static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(AMSTERDAM));
  }

  /** A date picker in Dutch (month and day names, Monday first, 12-12-2026), from today on. */
  static DatePicker picker(String label, LocalDate today, LocalDate value) {
    DatePicker picker = new DatePicker(label);
    DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
    i18n.setMonthNames(
        Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, DUTCH)).toList());
    List<DayOfWeek> sundayFirst =
        List.of(
            DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY);
    i18n.setWeekdays(
        sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, DUTCH)).toList());
    i18n.setWeekdaysShort(
        sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, DUTCH)).toList());
    i18n.setFirstDayOfWeek(1);
    i18n.setDateFormats("d-M-yyyy", "d/M/yyyy", "d.M.yyyy");
    i18n.setToday(picker.getTranslation("assessment.date.today"));
    i18n.setCancel(picker.getTranslation("assessment.date.cancel"));
    i18n.setBadInputErrorMessage(picker.getTranslation("assessment.date.badInput"));
    i18n.setRequiredErrorMessage(picker.getTranslation("assessment.date.required"));
    i18n.setMinErrorMessage(picker.getTranslation("assessment.date.min"));
    picker.setI18n(i18n);
    picker.setLocale(DUTCH);
    picker.setMin(today);
    picker.setValue(value);
    picker.setRequiredIndicatorVisible(true);
    picker.setHelperText(picker.getTranslation("assessment.date.help"));
    return picker;
  }
}
