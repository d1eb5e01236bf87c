package nl.brug.ui.search;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.brug.auth.caller.Caller;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.search.toolkit.SearchRequest;
import nl.brug.search.toolkit.SearchResults;
import nl.brug.search.toolkit.SearchResults.Facet;
import nl.brug.search.toolkit.ToolkitSearchService;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;
import nl.brug.ui.toolkit.ToolkitItemView;

/**
 * The results page: free text, facets with counts that filter when chosen, hits with highlighted
 * snippets, "did you mean" when nothing was found, order and paging. The address holds the search
 * ({@code zoeken?q=tolk&kind=WORKING_METHOD}), so it can be bookmarked and shared.
 */
@Route(value = "zoeken", layout = MainLayout.class)
@PageTitle("Zoeken | Brug")
@PermitAll
@CdiComponent
public class SearchView extends Div implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;

  private final transient ToolkitSearchService search;
  private final TextField text = new TextField();
  private final Select<SearchRequest.Order> order = new Select<>();
  private final Paragraph count = new Paragraph();
  private final Div facets = new Div();
  private final Div hits = new Div();
  private SearchRequest shown;
  private boolean resultOpened;
  private final Div didYouMean = new Div();
  private final HorizontalLayout paging = new HorizontalLayout();
  private Map<String, String> params = new LinkedHashMap<>();

  @Inject
  public SearchView(ToolkitSearchService search) {
    this.search = search;
    addClassName("brug-content");
    text.setId("search-text");
    text.setLabel(getTranslation("search.label"));
    text.setPlaceholder(getTranslation("search.placeholder"));
    text.setWidthFull();
    text.setClearButtonVisible(true);
    text.addKeyPressListener(Key.ENTER, e -> go(with("q", text.getValue(), true)));
    Button find =
        new Button(getTranslation("search.button"), e -> go(with("q", text.getValue(), true)));
    find.setId("search-button");
    find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    order.setId("search-order");
    order.setLabel(getTranslation("search.order"));
    order.setItems(SearchRequest.Order.values());
    order.setItemLabelGenerator(o -> getTranslation("search.order." + o.name()));
    order.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            go(with("sort", e.getValue().name().toLowerCase(java.util.Locale.ROOT), true));
          }
        });
    HorizontalLayout bar = new HorizontalLayout(text, find, order);
    bar.setWidthFull();
    bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
    count.setId("search-count");
    facets.setId("search-facets");
    facets.addClassName("brug-facets");
    hits.setId("search-hits");
    didYouMean.setId("did-you-mean");
    Div results = new Div(count, didYouMean, hits, paging);
    results.addClassName("brug-results");
    Div columns = new Div(facets, results);
    columns.addClassName("brug-search");
    add(new H2(getTranslation("search.title")), bar, columns);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Caller caller = SignedInUser.require();
    params = new LinkedHashMap<>();
    event
        .getLocation()
        .getQueryParameters()
        .getParameters()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty() && !values.get(0).isBlank()) {
                params.put(name, values.get(0));
              }
            });
    text.setValue(params.getOrDefault("q", ""));
    SearchRequest.Order sort =
        "newest".equals(params.get("sort"))
            ? SearchRequest.Order.NEWEST
            : SearchRequest.Order.RELEVANCE;
    order.setValue(sort);
    int page = parsePage(params.get("pagina"));
    SearchRequest request =
        new SearchRequest(
            params.get("q"),
            params.get("kind"),
            params.get("domain"),
            params.get("theme"),
            params.get("targetGroup"),
            params.get("language"),
            sort,
            page,
            PAGE_SIZE);
    shown = request;
    resultOpened = false;
    show(search.searchInPortal(caller, request), page);
  }

  /** Counts, once per search, that the reader opened one of its results (content-gap report). */
  private void opened() {
    if (!resultOpened && shown != null) {
      resultOpened = true;
      search.resultOpened(SignedInUser.require(), shown);
    }
  }

  private static int parsePage(String value) {
    try {
      return value == null ? 0 : Math.max(0, Math.min(499, Integer.parseInt(value) - 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void show(SearchResults results, int page) {
    count.setText(
        results.total() == 0
            ? getTranslation("search.none")
            : getTranslation("search.count", results.total()));
    didYouMean.removeAll();
    results
        .didYouMean()
        .ifPresent(
            better -> {
              Button link = new Button(better, e -> go(with("q", better, true)));
              link.setId("did-you-mean-link");
              link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
              didYouMean.add(new Span(getTranslation("search.didYouMean") + " "), link);
            });
    hits.removeAll();
    results.hits().forEach(hit -> hits.add(hit(hit)));
    showFacets(results);
    paging.removeAll();
    if (page > 0) {
      paging.add(pageButton("search-previous", "search.previous", page));
    }
    if ((long) (page + 1) * PAGE_SIZE < results.total()) {
      paging.add(pageButton("search-next", "search.next", page + 2));
    }
  }

  private Button pageButton(String id, String key, int pageNumber) {
    Button button =
        new Button(getTranslation(key), e -> go(with("pagina", String.valueOf(pageNumber), false)));
    button.setId(id);
    return button;
  }

  private Div hit(SearchResults.Hit hit) {
    Div card = new Div();
    card.addClassName("brug-hit");
    Span kind = new Span(getTranslation("kind." + hit.kind()));
    kind.addClassName("brug-badge");
    RouterLink title =
        new RouterLink(
            hit.title(), ToolkitItemView.class, new RouteParameters("id", hit.id().toString()));
    title.getElement().addEventListener("click", click -> opened());
    H3 heading = new H3(title);
    card.add(heading, kind);
    if (hit.municipalityCode() != null) {
      Span local = new Span(getTranslation("search.local"));
      local.addClassName("brug-badge");
      card.add(local);
    }
    // The snippet is escaped text with <mark> around matches, made so by the search module.
    card.add(new Html("<p class=\"brug-snippet\">" + hit.snippetHtml() + "</p>"));
    return card;
  }

  private void showFacets(SearchResults results) {
    facets.removeAll();
    for (Facet facet : Facet.values()) {
      List<SearchResults.FacetCount> counts = results.facets().get(facet);
      String param = facet.parameter();
      if (counts == null || counts.isEmpty()) {
        continue;
      }
      Div group = new Div(new H3(getTranslation("search.facet." + facet.name())));
      group.setId("facet-" + param);
      for (SearchResults.FacetCount c : counts) {
        boolean chosen = c.value().equals(params.get(param));
        Button value =
            new Button(
                label(facet, c.value()) + " (" + c.count() + ")",
                e -> go(with(param, chosen ? null : c.value(), true)));
        value.addThemeVariants(
            chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY,
            ButtonVariant.LUMO_SMALL);
        value.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        group.add(new Div(value));
      }
      facets.add(group);
    }
  }

  private String label(Facet facet, String value) {
    return switch (facet) {
      case KIND -> getTranslation("kind." + value);
      case DOMAIN -> getTranslation("domain." + value);
      case LANGUAGE -> Language.ofCode(value).map(Language::dutchName).orElse(value);
      default -> value;
    };
  }

  private Map<String, String> with(String name, String value, boolean firstPage) {
    Map<String, String> next = new LinkedHashMap<>(params);
    if (value == null || value.isBlank()) {
      next.remove(name);
    } else {
      next.put(name, value.strip());
    }
    if (firstPage) {
      next.remove("pagina");
    }
    return next;
  }

  private void go(Map<String, String> next) {
    getUI().ifPresent(ui -> ui.navigate("zoeken", QueryParameters.simple(next)));
  }
}
