package nl.brug.platform.api.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.CurrentCaller;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.platform.api.ApiValues;
import nl.brug.platform.api.problem.InvalidParameterException;
import nl.brug.search.toolkit.SearchRequest;
import nl.brug.search.toolkit.SearchResults;
import nl.brug.search.toolkit.ToolkitSearchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Searching the toolkit: hits with highlighted snippets, exact facet counts and, when nothing was
 * found, a suggested correction. Only items the caller may read are ever counted or shown.
 */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Zoeken", description = "Zoeken in de toolkit")
@SecurityRequirement(name = "basic")
public class SearchResource {

  static final int MAX_SUGGESTION_TEXT = 100;

  @Inject CurrentCaller currentCaller;
  @Inject ToolkitSearchService search;

  @GET
  @Operation(
      operationId = "searchToolkit",
      summary = "Zoeken in de gepubliceerde toolkit",
      description =
          "Vrije tekst (q) met synoniemen, tikfouten en samenstellingen; filters per facet;"
              + " sortering op relevantie of nieuwste. Facetten tellen alle treffers.")
  public SearchResultsJson search(
      @QueryParam("q") String q,
      @QueryParam("kind") String kind,
      @QueryParam("domain") String domain,
      @QueryParam("theme") String theme,
      @QueryParam("targetGroup") String targetGroup,
      @QueryParam("language") String language,
      @QueryParam("sort") String sort,
      @QueryParam("page") Integer page,
      @QueryParam("pageSize") Integer pageSize) {
    Caller caller = currentCaller.require();
    if (q != null && q.length() > SearchRequest.MAX_TEXT) {
      throw new InvalidParameterException(
          "q", "Zoek met hoogstens " + SearchRequest.MAX_TEXT + " tekens.");
    }
    ToolkitKind kindValue = ApiValues.enumValue(ToolkitKind.class, kind, "kind");
    LifeDomain domainValue = ApiValues.enumValue(LifeDomain.class, domain, "domain");
    Language languageValue = ApiValues.language(language, "language");
    SearchRequest.Order order = order(sort);
    int pageNumber = ApiValues.inRange(page, 1, 1, 500, "page");
    int size = ApiValues.inRange(pageSize, 20, 1, SearchRequest.MAX_SIZE, "pageSize");
    SearchResults results =
        search.search(
            caller,
            new SearchRequest(
                q,
                kindValue == null ? null : kindValue.name(),
                domainValue == null ? null : domainValue.name(),
                blankToNull(theme),
                blankToNull(targetGroup),
                languageValue == null ? null : languageValue.code(),
                order,
                pageNumber - 1,
                size));
    Map<String, List<SearchResultsJson.FacetCountJson>> facets = new LinkedHashMap<>();
    results
        .facets()
        .forEach(
            (facet, counts) ->
                facets.put(
                    facet.parameter(),
                    counts.stream()
                        .map(c -> SearchResultsJson.FacetCountJson.of(facet, c))
                        .toList()));
    return new SearchResultsJson(
        results.total(),
        pageNumber,
        size,
        results.hits().stream().map(SearchResultsJson.HitJson::of).toList(),
        facets,
        results.didYouMean().orElse(null));
  }

  @GET
  @Path("/suggestions")
  @Operation(
      operationId = "searchSuggestions",
      summary = "Titels die beginnen met wat er tot nu toe is getypt",
      description = "Voor het zoekvak: titels van items die je mag zien, terwijl je typt.")
  public List<SuggestionJson> suggestions(@QueryParam("q") String q) {
    Caller caller = currentCaller.require();
    if (q == null || q.isBlank()) {
      throw new InvalidParameterException("q", "Geef het begin van een zoekterm op.");
    }
    if (q.length() > MAX_SUGGESTION_TEXT) {
      throw new InvalidParameterException(
          "q", "Hoogstens " + MAX_SUGGESTION_TEXT + " tekens voor suggesties.");
    }
    return search.suggest(caller, q).stream().map(SuggestionJson::of).toList();
  }

  private static SearchRequest.Order order(String sort) {
    if (sort == null || sort.isBlank()) {
      return SearchRequest.Order.RELEVANCE;
    }
    return switch (sort.trim().toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.Order.RELEVANCE;
      case "newest" -> SearchRequest.Order.NEWEST;
      default ->
          throw new InvalidParameterException(
              "sort", "Onbekende sortering '" + sort + "'. Kies relevance of newest.");
    };
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
