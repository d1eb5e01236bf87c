package nl.brug.search.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.brug.search.synonym.SynonymList;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * What someone typed, as concepts: each word (or phrase from the synonym list) with its
 * equivalents, and the parts of a compound. Dutch stop words are dropped, so "tolk voor een
 * arabische vrouw" asks for tolk, arabische and vrouw.
 */
final class QueryTerms {

  private static final CharArraySet STOP_WORDS = loadStopWords();

  /**
   * One thing asked for: what was typed first, then its synonyms; and when what was typed is a
   * compound, its parts ("geldgesprek": geld, gesprek), for texts that say it in other words.
   */
  record Concept(List<String> alternatives, List<String> parts) {
    Concept(List<String> alternatives) {
      this(alternatives, parts(alternatives.get(0)));
    }

    String typed() {
      return alternatives.get(0);
    }

    private static List<String> parts(String typed) {
      return typed.contains(" ") ? List.of() : CompoundWords.DUTCH.split(typed);
    }
  }

  private QueryTerms() {}

  static List<Concept> of(String text, SynonymList synonyms) {
    List<String> words =
        Arrays.stream(SynonymList.normalise(text == null ? "" : text).split(" "))
            .filter(w -> !w.isEmpty())
            .toList();
    List<Concept> concepts = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int taken = 1;
      Concept concept = null;
      for (int n = Math.min(SynonymList.MAX_WORDS, words.size() - i); n >= 1; n--) {
        String phrase = String.join(" ", words.subList(i, i + n));
        Optional<List<String>> others = synonyms.alternativesOf(phrase);
        if (others.isPresent()) {
          List<String> all = new ArrayList<>();
          all.add(phrase);
          all.addAll(others.get());
          concept = new Concept(List.copyOf(all));
          taken = n;
          break;
        }
      }
      if (concept == null && !STOP_WORDS.contains(words.get(i))) {
        concept = new Concept(List.of(words.get(i)));
      }
      if (concept != null) {
        concepts.add(concept);
      }
      i += taken;
    }
    return concepts;
  }

  private static CharArraySet loadStopWords() {
    try (InputStream in =
        org.apache.lucene.analysis.Analyzer.class
            .getClassLoader()
            .getResourceAsStream(BrugAnalysis.DUTCH_STOP_WORDS)) {
      if (in == null) {
        return CharArraySet.EMPTY_SET;
      }
      return WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
