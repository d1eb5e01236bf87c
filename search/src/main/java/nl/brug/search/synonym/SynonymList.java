package nl.brug.search.synonym;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The synonym list of the field, as experts write it: one group of equivalent terms per line,
 * separated by commas ({@code statushouder, vergunninghouder, nieuwkomer}); lines starting with
 * {@code #} are comments. Terms may be several words. Matching ignores case and accents.
 */
public final class SynonymList {

  /** The most words a synonym may have. */
  public static final int MAX_WORDS = 4;

  public static final SynonymList EMPTY = new SynonymList(List.of());

  private final List<List<String>> groups;
  private final Map<String, List<String>> alternatives = new TreeMap<>();

  private SynonymList(List<List<String>> groups) {
    this.groups = List.copyOf(groups);
    for (List<String> group : groups) {
      for (String term : group) {
        String key = stemmed(term);
        List<String> others = new ArrayList<>(alternatives.getOrDefault(key, List.of()));
        group.stream().filter(t -> !t.equals(term) && !others.contains(t)).forEach(others::add);
        alternatives.put(key, List.copyOf(others));
      }
    }
  }

  /**
   * Reads a list as experts write it.
   *
   * @throws InvalidSynonymsException with the line number and reason, in Dutch
   */
  public static SynonymList parse(String text) {
    List<List<String>> groups = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Set<String> terms = new LinkedHashSet<>();
      for (String raw : line.split(",")) {
        String term = normalise(raw);
        if (term.isEmpty()) {
          continue;
        }
        if (term.split(" ").length > MAX_WORDS) {
          throw new InvalidSynonymsException(
              i + 1,
              "refusal.synonyms.tooManyWords",
              "'" + raw.strip() + "' heeft meer dan " + MAX_WORDS + " woorden.",
              raw.strip(),
              MAX_WORDS);
        }
        terms.add(term);
      }
      if (terms.size() < 2) {
        throw new InvalidSynonymsException(
            i + 1,
            "refusal.synonyms.tooFewTerms",
            "een groep heeft minstens twee termen nodig, gescheiden door komma's.");
      }
      groups.add(List.copyOf(terms));
    }
    return new SynonymList(groups);
  }

  /** Lower case, accents removed, only letters, digits and single spaces. */
  public static String normalise(String text) {
    String folded =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .reduce((a, b) -> a + " " + b)
        .orElse("");
  }

  public List<List<String>> groups() {
    return groups;
  }

  /**
   * The equivalents of a normalised term or phrase, without the term itself. Words are compared by
   * their Dutch stem, so "vergunninghouders" finds the group of "vergunninghouder".
   */
  public Optional<List<String>> alternativesOf(String normalisedTerm) {
    return Optional.ofNullable(alternatives.get(stemmed(normalisedTerm)))
        .map(others -> others.stream().filter(t -> !t.equals(normalisedTerm)).toList());
  }

  private static String stemmed(String phrase) {
    DutchStemmer stemmer = new DutchStemmer();
    StringBuilder key = new StringBuilder();
    for (String word : phrase.split(" ")) {
      stemmer.setCurrent(word);
      stemmer.stem();
      key.append(key.length() == 0 ? "" : " ").append(stemmer.getCurrent());
    }
    return key.toString();
  }
}
