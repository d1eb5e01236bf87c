package nl.brug.benchmark.report;

import java.util.Locale;

/** How numbers look in the report: milliseconds, ratios, counts, shares and sizes. */
final class Format {

  private Format() {}

  static String ms(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
  }

  static String times(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "–"
        : String.format(Locale.ROOT, "%.2f×", value);
  }

  static String seconds(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String percent(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f%%", value * 100);
  }

  static String count(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
  }

  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
  }
}
