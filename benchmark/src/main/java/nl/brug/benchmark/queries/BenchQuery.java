package nl.brug.benchmark.queries;

import java.util.List;

/**
 * One query as every engine gets it.
 *
 * @param stratum its query type and whether it is filtered
 * @param words the words typed, lower case
 * @param kind the toolkit kind to filter on, or {@code null}
 * @param domain the life domain to filter on, or {@code null}
 */
public record BenchQuery(Stratum stratum, List<String> words, String kind, String domain) {

  public BenchQuery {
    words = List.copyOf(words);
  }

  /** The words as typed in a search box. */
  public String text() {
    return String.join(" ", words);
  }
}
