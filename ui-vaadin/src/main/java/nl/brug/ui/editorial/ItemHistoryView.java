package nl.brug.ui.editorial;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.boundary.VersionDiff;
import nl.brug.content.toolkit.entity.ItemRevision;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.ui.i18n.RefusalMessages;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/** An item's versions, a readable difference between any two, restore, and who did what. */
@Route(value = "redactie/:" + ItemEditorView.ID + "/geschiedenis", layout = MainLayout.class)
@PageTitle("Geschiedenis | Brug")
@RolesAllowed(Role.Names.EXPERT)
@CdiComponent
public class ItemHistoryView extends Div implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;

  private final transient ToolkitService toolkit;
  private transient ToolkitItem item;
  private Caller caller;
  private final Select<ItemRevision> from = new Select<>();
  private final Select<ItemRevision> to = new Select<>();
  private final Div diff = new Div();

  @Inject
  public ItemHistoryView(ToolkitService toolkit) {
    this.toolkit = toolkit;
    addClassName("brug-content");
    diff.addClassName("brug-diff");
    diff.setId("diff");
    from.setId("diff-from");
    to.setId("diff-to");
    from.addValueChangeListener(change -> showDiff());
    to.addValueChangeListener(change -> showDiff());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    caller = SignedInUser.require();
    try {
      item =
          toolkit.item(
              caller,
              UUID.fromString(event.getRouteParameters().get(ItemEditorView.ID).orElse("")));
    } catch (IllegalArgumentException | UnknownResourceException e) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    show();
  }

  private void show() {
    removeAll();
    List<ItemRevision> revisions = new ArrayList<>(item.versions());
    item.workingRevision().ifPresent(revisions::add);
    ItemRevision latest = revisions.get(revisions.size() - 1);
    add(
        new H2(getTranslation("history.title", latest.content().title())),
        new RouterLink(
            getTranslation("editorial.title"),
            ItemEditorView.class,
            new RouteParameters(ItemEditorView.ID, item.getId().toString())),
        new H3(getTranslation("history.versions")),
        item.versions().isEmpty()
            ? new Paragraph(getTranslation("history.noVersions"))
            : versionsTable(),
        new H3(getTranslation("history.compare")));
    from.setLabel(getTranslation("history.from"));
    to.setLabel(getTranslation("history.to"));
    from.setItemLabelGenerator(this::label);
    to.setItemLabelGenerator(this::label);
    from.setItems(revisions);
    to.setItems(revisions);
    to.setValue(latest);
    from.setValue(revisions.size() > 1 ? revisions.get(revisions.size() - 2) : latest);
    add(new HorizontalLayout(from, to), diff, new H3(getTranslation("history.trail")), trail());
  }

  private String label(ItemRevision revision) {
    return revision.isPublished()
        ? getTranslation("history.version") + " " + revision.getNumber()
        : getTranslation("history.draft");
  }

  private NativeTable versionsTable() {
    NativeTable table = new NativeTable();
    table.addClassName("brug-table");
    table.setId("versions");
    NativeTableRow head = new NativeTableRow();
    for (String key :
        List.of("history.version", "history.publishedAt", "history.reviewer", "history.editor")) {
      head.add(new NativeTableHeaderCell(getTranslation(key)));
    }
    head.add(new NativeTableHeaderCell(""));
    table.add(new NativeTableHeader(head));
    NativeTableBody body = new NativeTableBody();
    for (ItemRevision version : item.versions()) {
      Button restore = new Button(getTranslation("history.restore"), click -> restore(version));
      restore.setId("restore-" + version.getNumber());
      NativeTableRow row = new NativeTableRow();
      row.add(
          new NativeTableCell(String.valueOf(version.getNumber())),
          new NativeTableCell(version.getPublishedAt().map(when()::format).orElse("")),
          new NativeTableCell(version.getReviewer().orElse("")),
          new NativeTableCell(version.getLastEditor()),
          new NativeTableCell(restore));
      body.add(row);
    }
    table.add(body);
    return table;
  }

  private void showDiff() {
    diff.removeAll();
    if (from.getValue() == null || to.getValue() == null) {
      return;
    }
    for (VersionDiff.Line line :
        VersionDiff.between(from.getValue().content(), to.getValue().content())) {
      Div shown = new Div();
      shown.setText(line.text());
      shown.addClassName(line.change().name().toLowerCase(Locale.ROOT));
      diff.add(shown);
    }
  }

  private UnorderedList trail() {
    UnorderedList list = new UnorderedList();
    list.setId("trail");
    toolkit
        .history(caller, item.getId())
        .forEach(
            entry ->
                list.add(
                    new ListItem(
                        when().format(entry.getOccurredAt())
                            + " — "
                            + entry.getActor()
                            + " — "
                            + getTranslation("history.action." + entry.getAction())
                            + entry.getDetail().map(d -> " (" + d + ")").orElse(""))));
    return list;
  }

  private void restore(ItemRevision version) {
    try {
      ToolkitItem restored =
          toolkit.restore(caller, item.getId(), item.getVersion(), version.getNumber());
      Notification.show(getTranslation("history.restored", version.getNumber()))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      getUI()
          .ifPresent(
              ui ->
                  ui.navigate(
                      ItemEditorView.class,
                      new RouteParameters(ItemEditorView.ID, restored.getId().toString())));
    } catch (ConflictException | StaleVersionException refused) {
      Notification.show(RefusalMessages.text(refused, this), 8000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  private DateTimeFormatter when() {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(getLocale())
        .withZone(ZoneId.of("Europe/Amsterdam"));
  }
}
