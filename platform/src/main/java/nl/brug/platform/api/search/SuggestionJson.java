package nl.brug.platform.api.search;

import java.util.Locale;
import java.util.UUID;
import nl.brug.search.toolkit.SearchResults;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A title offered while typing. */
@Schema(name = "SearchSuggestion")
public record SuggestionJson(UUID id, String title, String kind, String href) {
  static SuggestionJson of(SearchResults.Suggestion suggestion) {
    return new SuggestionJson(
        suggestion.id(),
        suggestion.title(),
        suggestion.kind().toLowerCase(Locale.ROOT).replace('_', '-'),
        "/api/v1/toolkit-items/" + suggestion.id());
  }
}
