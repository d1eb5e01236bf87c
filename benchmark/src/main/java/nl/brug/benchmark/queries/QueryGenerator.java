package nl.brug.benchmark.queries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import nl.brug.benchmark.corpus.CorpusGenerator;
import nl.brug.benchmark.corpus.DutchWords;
import nl.brug.content.rendering.SafeMarkdown;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitKind;

/**
 * A stratified, seeded set of queries over a corpus: as many of each of the ten strata, in shuffled
 * order. Words that must occur (rare terms, phrases, the words behind typos) are taken from items
 * the reader may see, regenerated from the corpus seed; filters on such queries use that item's
 * kind or one of its life domains, so they still find it.
 */
public final class QueryGenerator {

  /** Words ranked beyond this (of ~300,000) are rare: each in well under 1% of the items. */
  public static final int RARE_RANK = 30_000;

  /** Frequent terms are among the commonest this many words that are not stop words. */
  public static final int FREQUENT_RANKS = 200;

  /** Terms of OR queries are among the commonest this many words that are not stop words. */
  public static final int OR_RANKS = 2_000;

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private final CorpusGenerator corpus;
  private final DutchWords words;
  private final int size;
  private final String readerMunicipality;

  public QueryGenerator(
      CorpusGenerator corpus, DutchWords words, int size, String readerMunicipality) {
    this.corpus = corpus;
    this.words = words;
    this.size = size;
    this.readerMunicipality = readerMunicipality;
  }

  /** {@code count} queries, the same for the same seed and corpus size. */
  public List<BenchQuery> generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Stratum> strata = Stratum.all();
    List<BenchQuery> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      queries.add(query(strata.get(i % strata.size()), random));
    }
    for (int i = queries.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      queries.set(i, queries.set(j, queries.get(i)));
    }
    return queries;
  }

  private BenchQuery query(Stratum stratum, SplittableRandom random) {
    return switch (stratum.type()) {
      case SELECTIVE -> selective(stratum, random);
      case FREQUENT -> common(stratum, random, 1 + random.nextInt(2), FREQUENT_RANKS);
      case OR -> common(stratum, random, 3 + random.nextInt(2), OR_RANKS);
      case PHRASE -> phrase(stratum, random);
      case TYPO -> typo(stratum, random);
    };
  }

  private BenchQuery selective(Stratum stratum, SplittableRandom random) {
    while (true) {
      PublishedToolkitItem item = visibleItem(random);
      List<String> rare =
          new ArrayList<>(
              new LinkedHashSet<>(
                  tokens(
                          item.content().title()
                              + " "
                              + item.content().summary()
                              + " "
                              + item.content().body())
                      .stream()
                      .filter(w -> words.rank(w) >= RARE_RANK)
                      .toList()));
      if (rare.isEmpty()) {
        continue;
      }
      List<String> picked = new ArrayList<>();
      int n = Math.min(rare.size(), 1 + random.nextInt(2));
      while (picked.size() < n) {
        picked.add(rare.remove(random.nextInt(rare.size())));
      }
      return filtered(stratum, picked, item, random);
    }
  }

  private BenchQuery common(Stratum stratum, SplittableRandom random, int n, int ranks) {
    Set<String> picked = new LinkedHashSet<>();
    while (picked.size() < n) {
      picked.add(words.contentWordAtRank(random.nextInt(ranks)));
    }
    if (!stratum.filtered()) {
      return new BenchQuery(stratum, List.copyOf(picked), null, null);
    }
    return random.nextBoolean()
        ? new BenchQuery(
            stratum,
            List.copyOf(picked),
            ToolkitKind.values()[random.nextInt(ToolkitKind.values().length)].name(),
            null)
        : new BenchQuery(
            stratum,
            List.copyOf(picked),
            null,
            LifeDomain.values()[random.nextInt(LifeDomain.values().length)].name());
  }

  private BenchQuery phrase(Stratum stratum, SplittableRandom random) {
    while (true) {
      PublishedToolkitItem item = visibleItem(random);
      List<String> body = tokens(item.content().body());
      int n = 2 + random.nextInt(2);
      int start = random.nextInt(body.size());
      for (int k = 0; k < body.size(); k++) {
        int from = (start + k) % body.size();
        if (from + n > body.size()) {
          continue;
        }
        List<String> window = body.subList(from, from + n);
        if (window.stream().noneMatch(words::isStopWord)) {
          return filtered(stratum, window, item, random);
        }
      }
    }
  }

  private BenchQuery typo(Stratum stratum, SplittableRandom random) {
    while (true) {
      PublishedToolkitItem item = visibleItem(random);
      List<String> candidates =
          tokens(item.content().body()).stream()
              .filter(w -> w.length() >= 6 && !words.isStopWord(w))
              .toList();
      if (candidates.isEmpty()) {
        continue;
      }
      String word = candidates.get(random.nextInt(candidates.size()));
      String typo = misspelt(word, random);
      if (!words.isKnown(typo) && words.rank(typo) < 0) {
        return filtered(stratum, List.of(typo), item, random);
      }
    }
  }

  /** One edit after the first letter: a letter replaced, dropped, added or two swapped. */
  private static String misspelt(String word, SplittableRandom random) {
    int at = 1 + random.nextInt(word.length() - 1);
    char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
    return switch (random.nextInt(4)) {
      case 0 -> word.substring(0, at) + letter + word.substring(at + 1);
      case 1 -> word.substring(0, at) + word.substring(at + 1);
      case 2 -> word.substring(0, at) + letter + word.substring(at);
      default ->
          at + 1 < word.length()
              ? word.substring(0, at)
                  + word.charAt(at + 1)
                  + word.charAt(at)
                  + word.substring(at + 2)
              : word.substring(0, at) + letter;
    };
  }

  private BenchQuery filtered(
      Stratum stratum, List<String> picked, PublishedToolkitItem item, SplittableRandom random) {
    if (!stratum.filtered()) {
      return new BenchQuery(stratum, picked, null, null);
    }
    if (random.nextBoolean()) {
      return new BenchQuery(stratum, picked, item.kind().name(), null);
    }
    List<LifeDomain> domains = item.content().lifeDomains().stream().sorted().toList();
    return new BenchQuery(
        stratum, picked, null, domains.get(random.nextInt(domains.size())).name());
  }

  /** An item the reader may see: national, or of the reader's municipality. */
  private PublishedToolkitItem visibleItem(SplittableRandom random) {
    while (true) {
      PublishedToolkitItem item = corpus.item(random.nextInt(size)).published();
      if (item.municipalityCode() == null || item.municipalityCode().equals(readerMunicipality)) {
        return item;
      }
    }
  }

  /** The words of a Markdown text, lower case, without markup or punctuation. */
  private static List<String> tokens(String markdown) {
    return Arrays.stream(
            SafeMarkdown.toPlainText(markdown).toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}
