package nl.brug.ui.admin;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.search.toolkit.ReindexStatus;
import nl.brug.search.toolkit.ToolkitSearchService;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/**
 * An admin rebuilds the search index from the database, for instance after restoring a backup, and
 * follows its progress. Search keeps answering meanwhile; the page asks for news twice a second
 * while a rebuild runs.
 */
@Route(value = "beheer/zoekindex", layout = MainLayout.class)
@PageTitle("Zoekindex | Brug")
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class SearchIndexView extends Div {

  private static final long serialVersionUID = 1L;
  static final int POLL_MILLIS = 500;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
          .withZone(ZoneId.of("Europe/Amsterdam"));

  private final transient ToolkitSearchService search;
  private final Caller caller;
  private final ProgressBar progress = new ProgressBar();
  private final Paragraph status = new Paragraph();
  private final Button start;
  private Registration polling;

  @Inject
  public SearchIndexView(ToolkitSearchService search) {
    this.search = search;
    this.caller = SignedInUser.require();
    addClassName("brug-content");
    progress.setId("reindex-progress");
    progress.getElement().setAttribute("aria-label", getTranslation("reindex.progress"));
    status.setId("reindex-status");
    status.getElement().setAttribute("aria-live", "polite");
    start = new Button(getTranslation("reindex.start"), click -> start());
    start.setId("reindex-start");
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.setDisableOnClick(true);
    add(
        new H2(getTranslation("reindex.title")),
        new Paragraph(getTranslation("reindex.intro")),
        start,
        progress,
        status);
    show(search.reindexStatus(caller));
  }

  private void start() {
    show(search.startReindex(caller));
  }

  private void show(ReindexStatus now) {
    start.setEnabled(!now.running());
    progress.setVisible(now.startedAt() != null);
    progress.setIndeterminate(now.running() && now.total() == 0);
    progress.setValue(now.fraction());
    status.setText(describe(now));
    getUI().ifPresent(ui -> pollWhile(ui, now.running()));
  }

  private String describe(ReindexStatus now) {
    if (now.startedAt() == null) {
      return getTranslation("reindex.never");
    }
    if (now.running()) {
      return now.total() == 0
          ? getTranslation("reindex.counting")
          : getTranslation("reindex.running", now.done(), now.total());
    }
    String when = WHEN.withLocale(getLocale()).format(now.finishedAt());
    return now.failure() != null
        ? getTranslation("reindex.failed", when, now.failure())
        : getTranslation("reindex.done", when, now.done());
  }

  private void pollWhile(UI ui, boolean running) {
    if (running && polling == null) {
      ui.setPollInterval(POLL_MILLIS);
      polling = ui.addPollListener(poll -> show(search.reindexStatus(caller)));
    } else if (!running && polling != null) {
      stopPolling(ui);
    }
  }

  private void stopPolling(UI ui) {
    ui.setPollInterval(-1);
    polling.remove();
    polling = null;
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    show(search.reindexStatus(caller));
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    if (polling != null) {
      stopPolling(detach.getUI());
    }
  }
}
