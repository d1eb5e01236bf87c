package nl.brug.ui.toolkit;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import nl.brug.auth.caller.Caller;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ItemRevision;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/** The toolkit home: published tools of the reader's scope, filtered by kind and life domain. */
@Route(value = "toolkit", layout = MainLayout.class)
@PageTitle("Toolkit | Brug")
@PermitAll
@CdiComponent
public class ToolkitView extends Div {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 100;

  private final transient ToolkitService toolkit;
  private final Caller caller;
  private final Select<ToolkitKind> kind = new Select<>();
  private final Select<LifeDomain> domain = new Select<>();
  private final Paragraph count = new Paragraph();
  private final Div cards = new Div();

  @Inject
  public ToolkitView(ToolkitService toolkit) {
    this.toolkit = toolkit;
    this.caller = SignedInUser.require();
    addClassName("brug-content");
    configureFilters();
    cards.addClassName("brug-cards");
    cards.setId("toolkit-items");
    count.setId("toolkit-count");
    add(new H2(getTranslation("toolkit.title")), new Paragraph(getTranslation("toolkit.intro")));
    HorizontalLayout lists = new HorizontalLayout(newest(), recent());
    lists.addClassName("brug-lists");
    add(lists);
    add(new HorizontalLayout(kind, domain), count, cards);
    show();
  }

  private void configureFilters() {
    kind.setId("filter-kind");
    kind.setLabel(getTranslation("toolkit.kind"));
    kind.setItems(ToolkitKind.values());
    kind.setEmptySelectionAllowed(true);
    kind.setEmptySelectionCaption(getTranslation("toolkit.any"));
    kind.setItemLabelGenerator(
        k -> k == null ? getTranslation("toolkit.any") : getTranslation("kind." + k.name()));
    kind.addValueChangeListener(change -> show());
    domain.setId("filter-domain");
    domain.setLabel(getTranslation("toolkit.domain"));
    domain.setItems(LifeDomain.values());
    domain.setEmptySelectionAllowed(true);
    domain.setEmptySelectionCaption(getTranslation("toolkit.any"));
    domain.setItemLabelGenerator(
        d -> d == null ? getTranslation("toolkit.any") : getTranslation("domain." + d.name()));
    domain.addValueChangeListener(change -> show());
  }

  /** The five most recently published tools, with their date. */
  private Div newest() {
    UnorderedList list = new UnorderedList();
    list.setId("recently-published");
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale())
            .withZone(ZoneId.of("Europe/Amsterdam"));
    toolkit
        .published(caller, ToolkitService.Filter.ANY, 0, 5)
        .forEach(
            item -> {
              ItemRevision version = item.publishedVersion().orElseThrow();
              Span date = new Span(" — " + version.getPublishedAt().map(format::format).orElse(""));
              date.addClassName("brug-version");
              list.add(new ListItem(link(item), date));
            });
    return new Div(new H3(getTranslation("toolkit.newest")), list);
  }

  /** The reader's recently viewed tools, when there are any. */
  private Div recent() {
    List<ToolkitItem> viewed = toolkit.recentlyViewed(caller, 5);
    Div box = new Div();
    if (viewed.isEmpty()) {
      return box;
    }
    UnorderedList list = new UnorderedList();
    list.setId("recently-viewed");
    viewed.forEach(item -> list.add(new ListItem(link(item))));
    box.add(new H3(getTranslation("toolkit.recent")), list);
    return box;
  }

  private static RouterLink link(ToolkitItem item) {
    return new RouterLink(
        item.publishedVersion().orElseThrow().content().title(),
        ToolkitItemView.class,
        new RouteParameters(ToolkitItemView.ID, item.getId().toString()));
  }

  private void show() {
    ToolkitService.Filter filter =
        new ToolkitService.Filter(kind.getValue(), domain.getValue(), null);
    List<ToolkitItem> items = toolkit.published(caller, filter, 0, SHOWN);
    cards.removeAll();
    items.forEach(
        item -> item.publishedVersion().ifPresent(v -> cards.add(card(item, v.content()))));
    count.setText(
        items.isEmpty()
            ? getTranslation("toolkit.none")
            : getTranslation("toolkit.count", items.size()));
  }

  private Div card(ToolkitItem item, ItemContent content) {
    Div card = new Div();
    card.addClassName("brug-card");
    Span kindBadge = new Span(getTranslation("kind." + item.getKind().name()));
    kindBadge.addClassName("brug-badge");
    RouterLink link =
        new RouterLink(
            content.title(),
            ToolkitItemView.class,
            new RouteParameters(ToolkitItemView.ID, item.getId().toString()));
    Paragraph domains =
        new Paragraph(
            content.lifeDomains().stream()
                .sorted()
                .map(d -> getTranslation("domain." + d.name()))
                .collect(Collectors.joining(" · ")));
    domains.addClassName("brug-domains");
    card.add(kindBadge, new H3(link), new Paragraph(content.summary()), domains);
    return card;
  }
}
