package nl.brug.content.toolkit.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checks behind the content's limits: every text fits its column and every list its maximum
 * before anything reaches the database. Refusals name the field and say in Dutch what to change.
 */
final class ContentLimits {

  private ContentLimits() {}

  /** A text that must be there and fit. */
  static void text(String value, String field, String what, int max) {
    if (value == null) {
      throw new InvalidContentException(field, what + " mag niet leeg zijn.");
    }
    maxLength(value, field, what, max);
  }

  /** A text that may be missing, but must fit. */
  static void maxLength(String value, String field, String what, int max) {
    if (value != null && value.length() > max) {
      throw new InvalidContentException(
          field, what + " is te lang: hoogstens " + max + " tekens, nu " + value.length() + ".");
    }
  }

  /** A list of short texts: no empty ones, each fitting, not too many. */
  static List<String> labels(List<String> values, String field, String what, int most, int max) {
    List<String> checked = elements(values, field, what, most, "Een van de " + what);
    for (String value : checked) {
      maxLength(value, field, "Een van de " + what, max);
    }
    return checked;
  }

  /** Whether a collection holds {@code null} (immutable ones throw on {@code contains(null)}). */
  static boolean holdsNull(Collection<?> values) {
    return values != null && values.stream().anyMatch(Objects::isNull);
  }

  /** Whether a map has a {@code null} key or value. */
  static boolean holdsNull(Map<?, ?> map) {
    return map != null && (holdsNull(map.keySet()) || holdsNull(map.values()));
  }

  /** A list without empty elements and with at most {@code most} of them, as an immutable copy. */
  static <T> List<T> elements(List<T> values, String field, String what, int most, String one) {
    if (values == null) {
      return List.of();
    }
    if (values.stream().anyMatch(Objects::isNull)) {
      throw new InvalidContentException(field, one + " mag niet leeg zijn.");
    }
    if (values.size() > most) {
      throw new InvalidContentException(
          field, "Hoogstens " + most + " " + what + ", nu " + values.size() + ".");
    }
    return List.copyOf(values);
  }
}
