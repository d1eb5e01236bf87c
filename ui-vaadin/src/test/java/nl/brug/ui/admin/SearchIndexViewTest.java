package nl.brug.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import nl.brug.ui.shell.AccessDeniedView;
import nl.brug.ui.shell.PortalHarnessAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admin rebuilds the search index from the portal and follows its progress. */
class SearchIndexViewTest {

  private final PortalHarnessAccess portal = new PortalHarnessAccess();

  @BeforeEach
  void start() {
    portal.start();
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  private static String status() {
    return _get(Paragraph.class, spec -> spec.withId("reindex-status")).getText();
  }

  private static Button startButton() {
    return _get(Button.class, spec -> spec.withId("reindex-start"));
  }

  @Test
  void anAdminStartsAReindex_seesItRun_andSeesItFinish() {
    portal.signInAs("daan");
    UI.getCurrent().navigate("beheer");
    _get(RouterLink.class, spec -> spec.withId("link-search-index"));
    UI.getCurrent().navigate("beheer/zoekindex");
    assertThat(status()).startsWith("Sinds de start");

    ButtonKt._click(startButton());

    ProgressBar progress = _get(ProgressBar.class, spec -> spec.withId("reindex-progress"));
    assertThat(progress.isVisible()).isTrue();
    assertThat(status()).startsWith("Bezig");
    assertThat(startButton().isEnabled()).as("one rebuild at a time").isFalse();
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(SearchIndexView.POLL_MILLIS);

    portal.runBackgroundWork();
    ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

    assertThat(status()).startsWith("Klaar").endsWith("3 items geïndexeerd.");
    assertThat(progress.getValue()).isEqualTo(1.0);
    assertThat(startButton().isEnabled()).isTrue();
    assertThat(UI.getCurrent().getPollInterval()).as("no polling when idle").isEqualTo(-1);
  }

  @Test
  void aCoordinator_doesNotSeeOrOpenTheSearchIndexPage() {
    portal.signInAs("ingrid");
    UI.getCurrent().navigate("beheer");
    assertThat(_find(RouterLink.class, spec -> spec.withId("link-search-index"))).isEmpty();

    UI.getCurrent().navigate("beheer/zoekindex");

    assertThat(_find(AccessDeniedView.class)).hasSize(1);
  }
}
