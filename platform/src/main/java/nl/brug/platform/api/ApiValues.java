package nl.brug.platform.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.platform.api.problem.InvalidParameterException;
import nl.brug.platform.api.problem.MissingVersionException;

/** Reads the API's parameter values: enum names in any case, page numbers, ETags. */
public final class ApiValues {

  private ApiValues() {}

  /** {@code interview-guide}, {@code INTERVIEW_GUIDE} and {@code Interview_Guide} all work. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    parameter,
                    "Onbekende waarde '"
                        + value
                        + "'. Kies uit: "
                        + Arrays.stream(type.getEnumConstants())
                            .map(ApiValues::external)
                            .collect(Collectors.joining(", "))
                        + "."));
  }

  /** A language code such as {@code ar}; {@code null} when none is given. */
  public static Language language(String code, String parameter) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return Language.ofCode(code.trim())
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    parameter,
                    "Onbekende taalcode '"
                        + code
                        + "'. Kies uit: nl, ar, ti, fa, prs, so, tr, uk, en."));
  }

  public static String external(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A UUID from the path; anything else is simply not found. */
  public static UUID uuid(String id, String kind) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new UnknownResourceException(kind, id);
    }
  }

  public static int inRange(Integer value, int fallback, int min, int max, String parameter) {
    int actual = value == null ? fallback : value;
    if (actual < min || actual > max) {
      throw new InvalidParameterException(
          parameter, "Kies een getal van " + min + " tot en met " + max + ".");
    }
    return actual;
  }

  /**
   * The team a {@code ?team=} parameter names, or the caller's own team when it names none.
   *
   * @throws InvalidParameterException when it names none and the caller has no team of their own (a
   *     coordinator), instead of looking for a team called "null"
   */
  public static String teamOrOwn(Caller caller, String team, String parameter) {
    if (team != null && !team.isBlank()) {
      return team.strip();
    }
    if (caller.teamCode() == null || caller.teamCode().isBlank()) {
      throw new InvalidParameterException(
          parameter,
          "Geef een team op, bijvoorbeeld ?team=zwolle-zuid: je hoort zelf bij geen team.");
    }
    return caller.teamCode();
  }

  /** The version in an {@code If-Match} header. */
  public static long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new MissingVersionException();
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(
          "If-Match", "Dit is geen ETag van Brug. Gebruik de ETag uit het laatste antwoord.");
    }
  }
}
