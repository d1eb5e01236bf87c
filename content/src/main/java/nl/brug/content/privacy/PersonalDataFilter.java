package nl.brug.content.privacy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a person's data in a short Dutch text and removes it: e-mail addresses,
 * IBANs, dates, postcodes (with a house number), phone numbers and citizen service numbers (BSN,
 * any run of eight or nine digits, checked or not). It errs on the side of removing: a false hit
 * costs a word, a miss stores someone's data. Names cannot be recognised and are not removed.
 *
 * <p>Self-contained (no state, no dependencies), so any feature that keeps free text written by
 * professionals can use it.
 */
public final class PersonalDataFilter {

  /** The kinds of personal data it recognises. */
  public enum Kind {
    EMAIL_ADDRESS,
    IBAN,
    DATE,
    POSTCODE,
    PHONE_NUMBER,
    CITIZEN_SERVICE_NUMBER
  }

  /**
   * A text with what looked like personal data replaced by a space each.
   *
   * @param text what remains
   * @param removed the kinds that were found and removed; empty when nothing was
   */
  public record Filtered(String text, Set<Kind> removed) {
    public Filtered {
      removed = removed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(removed));
    }

    public boolean removedAny() {
      return !removed.isEmpty();
    }
  }

  private static final String MONTHS =
      "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
          + "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";

  /** In this order: an e-mail address or IBAN holds digits the later patterns would split. */
  private static final List<Rule> RULES =
      List.of(
          new Rule(Kind.EMAIL_ADDRESS, "[^\\s@]*@[^\\s@]*"),
          new Rule(
              Kind.IBAN, "(?<![\\p{L}\\d])[a-z]{2}\\d{2}(?:\\s?[a-z\\d]{4}){3,7}(?:\\s?\\d{1,3})?"),
          new Rule(
              Kind.DATE,
              "(?<!\\d)(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})(?!\\d)"
                  + "|(?<!\\d)\\d{1,2}\\s*(?:"
                  + MONTHS
                  + ")\\.?(?![\\p{L}])(?:\\s*\\d{2,4}(?!\\d))?"),
          new Rule(
              Kind.POSTCODE,
              "(?<![\\p{L}\\d])[1-9]\\d{3}\\s?[a-z]{2}(?![\\p{L}\\d])"
                  + "(?:\\s*\\d{1,5}(?:\\s?-?\\s?[a-z](?![\\p{L}]))?)?"),
          new Rule(
              Kind.PHONE_NUMBER,
              "(?<![\\d+])(?:\\+|00)\\d{2}[\\s-]?\\(?0?\\)?(?:[\\s-]?\\d){8,10}(?!\\d)"
                  + "|(?<![\\d+])0(?:[\\s-]?\\d){9}(?!\\d)"),
          new Rule(Kind.CITIZEN_SERVICE_NUMBER, "(?<!\\d)\\d(?:[\\s.]?\\d){7,8}(?!\\d)"));

  private PersonalDataFilter() {}

  /** The text without what looks like personal data; {@code null} reads as empty. */
  public static Filtered filter(String text) {
    String remaining = text == null ? "" : text;
    Set<Kind> removed = EnumSet.noneOf(Kind.class);
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(remaining);
      if (matcher.find()) {
        removed.add(rule.kind());
        remaining = matcher.replaceAll(" ");
      }
    }
    return new Filtered(remaining, removed);
  }

  /** Whether the text holds anything that looks like personal data. */
  public static boolean looksPersonal(String text) {
    return filter(text).removedAny();
  }

  private record Rule(Kind kind, Pattern pattern) {
    Rule(Kind kind, String regex) {
      this(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }
}
