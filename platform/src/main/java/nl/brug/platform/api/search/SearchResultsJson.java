package nl.brug.platform.api.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.platform.api.ApiValues;
import nl.brug.search.toolkit.SearchResults;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search hits with facet counts over all hits. */
@Schema(name = "SearchResults")
public record SearchResultsJson(
    long total,
    int page,
    int pageSize,
    List<HitJson> hits,
    Map<String, List<FacetCountJson>> facets,
    @Schema(description = "Een verbeterde zoekvraag als er niets gevonden is") String didYouMean) {

  /** A facet value as the API's filters take it, and how many hits have it. */
  @Schema(name = "FacetCount")
  public record FacetCountJson(String value, long count) {
    static FacetCountJson of(SearchResults.Facet facet, SearchResults.FacetCount count) {
      String value =
          switch (facet) {
            case KIND -> ApiValues.external(ToolkitKind.valueOf(count.value()));
            case DOMAIN -> ApiValues.external(LifeDomain.valueOf(count.value()));
            default -> count.value();
          };
      return new FacetCountJson(value, count.count());
    }
  }

  /** A found item; {@code snippetHtml} is escaped text with matches in {@code <mark>}. */
  @Schema(name = "SearchHit")
  public record HitJson(
      UUID id,
      String slug,
      String title,
      String kind,
      String municipalityCode,
      Instant publishedAt,
      String summary,
      String snippetHtml,
      String href) {
    static HitJson of(SearchResults.Hit hit) {
      return new HitJson(
          hit.id(),
          hit.slug(),
          hit.title(),
          ApiValues.external(ToolkitKind.valueOf(hit.kind())),
          hit.municipalityCode(),
          hit.publishedAt(),
          hit.summary(),
          hit.snippetHtml(),
          "/api/v1/toolkit-items/" + hit.id());
    }
  }
}
