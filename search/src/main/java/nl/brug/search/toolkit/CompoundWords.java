package nl.brug.search.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Dutch compounds split into their parts from a dictionary of parts ({@code compound-parts.txt}). A
 * word is a compound only when it can be written <em>entirely</em> as two or more parts, each
 * optionally followed by a linking or plural ending ({@code s}, {@code e}, {@code en}):
 * "schuldhulpverlening" = schuld + hulp + verlening and "gezinsplan" = gezin + s + plan, but
 * "geregeld" holds "geld", "betaalde" and "vertaald" hold "taal", and "netwerken" holds "werk" only
 * by accident: their other letters are no parts, so they are not split.
 */
final class CompoundWords {

  static final CompoundWords DUTCH = load(BrugAnalysis.COMPOUND_PARTS);

  private static final List<String> LINKS = List.of("", "s", "e", "en");
  private static final int MAX_WORD = 60;
  private static final int UNREACHABLE = -1;

  private final Set<String> parts;
  private final int longestPart;

  private CompoundWords(Set<String> parts) {
    this.parts = Set.copyOf(parts);
    this.longestPart = parts.stream().mapToInt(String::length).max().orElse(0);
  }

  private static CompoundWords load(String resource) {
    try (InputStream in = CompoundWords.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing compound parts " + resource);
      }
      Set<String> parts = new LinkedHashSet<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(parts::add);
      return new CompoundWords(parts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every part of every way to write the (lower-case, folded) word as a compound, in order of
   * appearance; empty when it is no compound. "hulpverleners" gives hulp, verlener, verleners.
   */
  List<String> allParts(String word) {
    if (word.length() > MAX_WORD) {
      return List.of();
    }
    int n = word.length();
    int[] before = partsBefore(word);
    int[] after = partsAfter(word);
    if (before[n] < 2) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    for (int start = 0; start < n; start++) {
      if (before[start] == UNREACHABLE) {
        continue;
      }
      for (int end = start + 1; end <= Math.min(n, start + longestPart); end++) {
        String part = word.substring(start, end);
        if (end - start < n && parts.contains(part)) {
          for (int next : boundaries(word, end)) {
            if (after[next] != UNREACHABLE && before[start] + 1 + after[next] >= 2) {
              found.add(part);
            }
          }
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The word as the fewest parts (the longest ones first), without linking letters; empty when it
   * is no compound. "schuldhulpverlening" gives schuld, hulpverlening.
   */
  List<String> split(String word) {
    if (word.length() > MAX_WORD || allParts(word).isEmpty()) {
      return List.of();
    }
    int n = word.length();
    int[] fewest = new int[n + 1];
    int[] partEnd = new int[n + 1];
    int[] nextStart = new int[n + 1];
    Arrays.fill(fewest, Integer.MAX_VALUE);
    fewest[n] = 0;
    for (int start = n - 1; start >= 0; start--) {
      for (int end = Math.min(n, start + longestPart); end > start; end--) {
        if (end - start == n || !parts.contains(word.substring(start, end))) {
          continue;
        }
        for (int next : boundaries(word, end)) {
          boolean wholeWord = start == 0 && next == n;
          if (!wholeWord && fewest[next] != Integer.MAX_VALUE && fewest[next] + 1 < fewest[start]) {
            fewest[start] = fewest[next] + 1;
            partEnd[start] = end;
            nextStart[start] = next;
          }
        }
      }
    }
    List<String> split = new ArrayList<>();
    for (int start = 0; start < n; start = nextStart[start]) {
      split.add(word.substring(start, partEnd[start]));
    }
    return List.copyOf(split);
  }

  /** For each position: the most parts (up to 2) that can end there, or unreachable. */
  private int[] partsBefore(String word) {
    int n = word.length();
    int[] before = new int[n + 1];
    Arrays.fill(before, UNREACHABLE);
    before[0] = 0;
    for (int start = 0; start < n; start++) {
      if (before[start] == UNREACHABLE) {
        continue;
      }
      for (int end = start + 1; end <= Math.min(n, start + longestPart); end++) {
        if (end - start < n && parts.contains(word.substring(start, end))) {
          for (int next : boundaries(word, end)) {
            before[next] = Math.max(before[next], Math.min(2, before[start] + 1));
          }
        }
      }
    }
    return before;
  }

  /** For each position: the most parts (up to 2) that can follow it to the end, or unreachable. */
  private int[] partsAfter(String word) {
    int n = word.length();
    int[] after = new int[n + 1];
    Arrays.fill(after, UNREACHABLE);
    after[n] = 0;
    for (int start = n - 1; start >= 0; start--) {
      for (int end = start + 1; end <= Math.min(n, start + longestPart); end++) {
        if (end - start < n && parts.contains(word.substring(start, end))) {
          for (int next : boundaries(word, end)) {
            if (after[next] != UNREACHABLE) {
              after[start] = Math.max(after[start], Math.min(2, after[next] + 1));
            }
          }
        }
      }
    }
    return after;
  }

  /** Where the next part may start after a part that ends here: at once, or after a link. */
  private static List<Integer> boundaries(String word, int end) {
    List<Integer> next = new ArrayList<>(LINKS.size());
    for (String link : LINKS) {
      if (word.startsWith(link, end)) {
        next.add(end + link.length());
      }
    }
    return next;
  }
}
