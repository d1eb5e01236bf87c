package nl.brug.benchmark.engines;

import java.util.List;

/**
 * What an engine found, to compare the work engines do.
 *
 * @param total how many items match
 * @param ids the ids of the page's hits, best first
 * @param highlighted how many of the page's snippets mark a matched word
 */
public record Answer(long total, List<String> ids, int highlighted) {

  public Answer {
    ids = List.copyOf(ids);
  }

  /** Whether a snippet marks a match (every engine marks with {@code <mark>}). */
  public static boolean marks(String snippet) {
    return snippet != null && snippet.contains("<mark>");
  }
}
