package nl.brug.platform.api.search;

import java.util.UUID;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.platform.api.ApiValues;
import nl.brug.search.toolkit.SearchResults;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A title offered while typing. */
@Schema(name = "SearchSuggestion")
public record SuggestionJson(UUID id, String title, String kind, String href) {
  static SuggestionJson of(SearchResults.Suggestion suggestion) {
    return new SuggestionJson(
        suggestion.id(),
        suggestion.title(),
        ApiValues.external(ToolkitKind.valueOf(suggestion.kind())),
        "/api/v1/toolkit-items/" + suggestion.id());
  }
}
