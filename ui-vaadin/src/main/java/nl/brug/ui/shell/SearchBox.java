package nl.brug.ui.shell;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import nl.brug.auth.caller.Caller;
import nl.brug.search.toolkit.SearchResults.Suggestion;
import nl.brug.search.toolkit.ToolkitSearchService;

/**
 * The search box in the header of every page: titles are suggested while typing (arrow keys choose,
 * Enter opens, Esc closes); Enter on typed text opens the results page.
 */
final class SearchBox extends ComboBox<Suggestion> {

  private static final long serialVersionUID = 1L;

  SearchBox(ToolkitSearchService search, Caller caller) {
    setId("search-box");
    setPlaceholder(getTranslation("search.box"));
    setAriaLabel(getTranslation("search.box"));
    setAllowCustomValue(true);
    setClearButtonVisible(true);
    setWidth("min(24rem, 40vw)");
    getStyle().set("margin-left", "auto");
    setItemLabelGenerator(Suggestion::title);
    setItems(
        query -> {
          String typed = query.getFilter().orElse("");
          return search.suggest(caller, typed).stream()
              .skip(query.getOffset())
              .limit(query.getLimit());
        });
    addValueChangeListener(
        chosen -> {
          if (chosen.getValue() != null) {
            getUI().ifPresent(ui -> ui.navigate("toolkit/" + chosen.getValue().id()));
            clear();
          }
        });
    addCustomValueSetListener(
        typed -> {
          getUI()
              .ifPresent(
                  ui ->
                      ui.navigate(
                          "zoeken", QueryParameters.simple(Map.of("q", typed.getDetail()))));
          clear();
        });
  }
}
