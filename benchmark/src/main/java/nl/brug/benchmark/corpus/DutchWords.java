package nl.brug.benchmark.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The vocabulary of the synthetic corpus, ranked by how often words occur: Dutch stop words first
 * (in the Snowball list's own order, commonest first, so texts have a realistic share of them),
 * then every lower-case word of the word list in an order shuffled by the seed. Words are drawn
 * Zipf-like over that ranking: the word of rank {@code r} with probability proportional to {@code 1
 * / r^s}.
 */
public final class DutchWords {

  /** The Zipf exponent. */
  public static final double ZIPF_EXPONENT = 1.0;

  /** How strongly the shuffle favours shorter words (0: not at all). */
  public static final double SHORTER_FIRST = 0.5;

  private static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/dutch_stop.txt";

  private final List<String> ranked;
  private final Map<String, Integer> rankOf;
  private final Set<String> known;
  private final int stopWords;
  private final double[] cumulative;

  private DutchWords(List<String> ranked, Set<String> known, int stopWords) {
    this.ranked = List.copyOf(ranked);
    this.known = Set.copyOf(known);
    this.stopWords = stopWords;
    this.rankOf = new HashMap<>(ranked.size() * 2);
    for (int r = 0; r < ranked.size(); r++) {
      rankOf.put(ranked.get(r), r);
    }
    this.cumulative = new double[ranked.size()];
    double sum = 0;
    for (int r = 0; r < ranked.size(); r++) {
      sum += 1 / Math.pow(r + 1, ZIPF_EXPONENT);
      cumulative[r] = sum;
    }
  }

  /** Reads the word list (one word a line, e.g. Debian's {@code wdutch}) and ranks it. */
  public static DutchWords load(Path wordList, long seed) {
    List<String> lines;
    try {
      lines = Files.readAllLines(wordList, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Dutch word list " + wordList, e);
    }
    Set<String> known = new HashSet<>();
    List<String> content = new ArrayList<>();
    for (String line : lines) {
      String word = line.strip();
      known.add(word.toLowerCase(Locale.ROOT));
      if (isPlainWord(word)) {
        content.add(word);
      }
    }
    List<String> stop = stopWords();
    Set<String> distinct = new LinkedHashSet<>(content);
    distinct.removeAll(stop);
    List<String> ranked = new ArrayList<>(stop);
    ranked.addAll(shuffledShorterFirst(new ArrayList<>(distinct), seed));
    return new DutchWords(ranked, known, stop.size());
  }

  /**
   * A seeded random order in which shorter words tend to come first: each word draws an
   * exponentially distributed time whose mean grows with its length, and they line up by time.
   */
  private static List<String> shuffledShorterFirst(List<String> words, long seed) {
    Collections.sort(words);
    Random random = new Random(seed);
    Map<String, Double> time = new HashMap<>(words.size() * 2);
    for (String word : words) {
      time.put(word, -Math.log(1 - random.nextDouble()) * Math.exp(SHORTER_FIRST * word.length()));
    }
    words.sort(Comparator.comparingDouble(time::get));
    return words;
  }

  /** Lower-case letters only (accents allowed), 2 to 20 of them: no names, numbers or hyphens. */
  private static boolean isPlainWord(String word) {
    if (word.length() < 2 || word.length() > 20) {
      return false;
    }
    return word.chars().allMatch(c -> Character.isLetter(c) && Character.isLowerCase(c));
  }

  private static List<String> stopWords() {
    try (InputStream in = DutchWords.class.getClassLoader().getResourceAsStream(STOP_WORDS)) {
      if (in == null) {
        throw new IllegalStateException("Lucene's Dutch stop words are not on the class path");
      }
      Set<String> words = new LinkedHashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String entry = line.contains("|") ? line.substring(0, line.indexOf('|')) : line;
        Arrays.stream(entry.strip().split("\\s+")).filter(w -> !w.isEmpty()).forEach(words::add);
      }
      return new ArrayList<>(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A word drawn Zipf-like. */
  public String sample(SplittableRandom random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int index = Arrays.binarySearch(cumulative, x);
    return ranked.get(index >= 0 ? index : Math.min(-index - 1, cumulative.length - 1));
  }

  /** A word that is not a stop word, drawn Zipf-like. */
  public String sampleContentWord(SplittableRandom random) {
    while (true) {
      String word = sample(random);
      if (!isStopWord(word)) {
        return word;
      }
    }
  }

  /** The word's rank (0 = commonest), or -1 for a word not in the vocabulary. */
  public int rank(String word) {
    return rankOf.getOrDefault(word, -1);
  }

  /** The word of this rank. */
  public String atRank(int rank) {
    return ranked.get(rank);
  }

  /** The word of this rank among the words that are not stop words (0 = commonest). */
  public String contentWordAtRank(int rank) {
    return ranked.get(stopWords + rank);
  }

  public boolean isStopWord(String word) {
    int rank = rank(word);
    return rank >= 0 && rank < stopWords;
  }

  /** Whether the word list has this word in any form (for typos that must not be real words). */
  public boolean isKnown(String word) {
    return known.contains(word);
  }

  /** How many words the vocabulary has. */
  public int size() {
    return ranked.size();
  }

  /** How many of them are stop words (ranked first). */
  public int stopWordCount() {
    return stopWords;
  }
}
