package nl.brug.ui.editorial;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.ItemStatus;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/** The expert's desk: drafts, items waiting for their review, and a new item. */
@Route(value = "redactie", layout = MainLayout.class)
@PageTitle("Redactie | Brug")
@RolesAllowed(Role.Names.EXPERT)
@CdiComponent
public class EditorialView extends Div {

  private static final long serialVersionUID = 1L;

  @Inject
  public EditorialView(ToolkitService toolkit, Clock clock) {
    Caller caller = SignedInUser.require();
    addClassName("brug-content");
    List<ToolkitItem> items = toolkit.forEditors(caller);
    Button create =
        new Button(
            getTranslation("editorial.new"),
            click ->
                getUI()
                    .ifPresent(ui -> ui.navigate(ItemEditorView.class, ItemEditorView.forNew())));
    create.setId("new-item");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    RouterLink gaps = new RouterLink(getTranslation("editorial.gaps"), ContentGapsView.class);
    gaps.setId("link-content-gaps");
    RouterLink synonyms = new RouterLink(getTranslation("editorial.synonyms"), SynonymsView.class);
    synonyms.setId("link-synonyms");
    UnorderedList search = new UnorderedList(new ListItem(gaps), new ListItem(synonyms));
    search.addClassName("brug-links");
    add(new H2(getTranslation("editorial.title")), create, search);
    section("to-review", "editorial.toReview", items, i -> i.awaitsReviewBy(caller.username()));
    section("drafts", "editorial.mine", items, i -> i.getStatus() == ItemStatus.DRAFT);
    section(
        "waiting",
        "editorial.waiting",
        items,
        i -> i.getStatus() == ItemStatus.IN_REVIEW && !i.awaitsReviewBy(caller.username()));
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
    section("overdue", "editorial.overdue", items, i -> pastReviewDate(i, today));
  }

  static boolean pastReviewDate(ToolkitItem item, LocalDate today) {
    return item.publishedVersion()
        .map(v -> v.content().reviewBy())
        .filter(reviewBy -> reviewBy.isBefore(today))
        .isPresent();
  }

  private void section(
      String id, String titleKey, List<ToolkitItem> items, Predicate<ToolkitItem> which) {
    UnorderedList list = new UnorderedList();
    list.setId(id);
    items.stream()
        .filter(which)
        .forEach(
            item ->
                list.add(
                    new ListItem(
                        new RouterLink(
                            item.workingRevision()
                                .or(item::publishedVersion)
                                .orElseThrow()
                                .content()
                                .title(),
                            ItemEditorView.class,
                            new RouteParameters(ItemEditorView.ID, item.getId().toString())))));
    add(new H3(getTranslation(titleKey)));
    add(
        list.getChildren().findAny().isPresent()
            ? list
            : new Paragraph(getTranslation("editorial.none")));
  }
}
