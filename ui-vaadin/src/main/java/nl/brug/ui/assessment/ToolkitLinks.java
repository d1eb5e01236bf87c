package nl.brug.ui.assessment;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.brug.auth.caller.Caller;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.ui.toolkit.ToolkitItemView;

/**
 * The published toolkit items the caller may read, by short name (slug), to link statements and
 * action points to the tools that help. Read once per page; a municipality's own item wins over a
 * national one with the same name. Names of items that are not (or no longer) published are left
 * out.
 */
final class ToolkitLinks {

  /** One published item as a link. */
  record Link(UUID id, String slug, String title) {}

  /** Enough for the whole toolkit of a municipality. */
  private static final int MOST = 1000;

  private final ToolkitService toolkit;
  private final Caller caller;
  private Map<String, Link> bySlug;

  ToolkitLinks(ToolkitService toolkit, Caller caller) {
    this.toolkit = toolkit;
    this.caller = caller;
  }

  /** Every published item the caller may read, by title. */
  List<Link> all() {
    return bySlug().values().stream().sorted(Comparator.comparing(Link::title)).toList();
  }

  /** The published items among these names, in the order given. */
  List<Link> of(List<String> slugs) {
    return slugs.stream().map(bySlug()::get).filter(Objects::nonNull).toList();
  }

  /** A labelled list of links to the items among these names; invisible when there are none. */
  Div linksTo(List<String> slugs, String label) {
    Div links = new Div();
    links.addClassName("brug-toolkit-links");
    List<Link> found = of(slugs);
    if (found.isEmpty()) {
      links.setVisible(false);
      return links;
    }
    UnorderedList list = new UnorderedList();
    found.forEach(
        link ->
            list.add(
                new ListItem(
                    new RouterLink(
                        link.title(),
                        ToolkitItemView.class,
                        ToolkitItemView.parameters(link.id())))));
    links.add(new Span(label), list);
    return links;
  }

  private Map<String, Link> bySlug() {
    if (bySlug == null) {
      bySlug = new LinkedHashMap<>();
      for (ToolkitItem item :
          toolkit.published(caller, ToolkitService.Filter.ANY, 0, MOST).stream()
              .sorted(Comparator.comparing(i -> i.getMunicipalityCode().isPresent()))
              .toList()) {
        item.publishedVersion()
            .ifPresent(
                version ->
                    bySlug.put(
                        item.getSlug(),
                        new Link(item.getId(), item.getSlug(), version.content().title())));
      }
    }
    return bySlug;
  }
}
