package nl.brug.search.toolkit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One page of hits, the exact number of hits, facet counts for every facet (over all hits, not just
 * this page) and, when nothing was found, perhaps a corrected query.
 */
public record SearchResults(
    long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets, Optional<String> didYouMean) {

  /** The facets a search is counted by. */
  public enum Facet {
    KIND("kind", "kind"),
    DOMAIN("domain", "domain"),
    THEME("theme", "theme"),
    TARGET_GROUP("target_group", "targetGroup"),
    LANGUAGE("language", "language");

    private final String field;
    private final String parameter;

    Facet(String field, String parameter) {
      this.field = field;
      this.parameter = parameter;
    }

    String field() {
      return field;
    }

    /** Its name as a filter in addresses and the API, e.g. {@code targetGroup}. */
    public String parameter() {
      return parameter;
    }
  }

  /** A value of a facet and how many hits have it. */
  public record FacetCount(String value, long count) {}

  /**
   * A found item. {@code snippetHtml} is escaped text with the matched words in {@code <mark>}:
   * safe to show as HTML.
   */
  public record Hit(
      UUID id,
      String slug,
      String title,
      String kind,
      String municipalityCode,
      Instant publishedAt,
      String summary,
      String snippetHtml) {}

  /** A title offered while typing. */
  public record Suggestion(UUID id, String title, String kind) {}
}
