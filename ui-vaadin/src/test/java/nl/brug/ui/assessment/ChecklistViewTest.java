package nl.brug.ui.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.brug.ui.assessment.AssessmentSteps.click;
import static nl.brug.ui.assessment.AssessmentSteps.open;
import static nl.brug.ui.assessment.AssessmentSteps.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import nl.brug.ui.shell.AccessDeniedView;
import nl.brug.ui.shell.PortalHarnessAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The vakgroep reads the checklist and publishes the next version in the portal: the draft starts
 * as the newest version with the next number, a mistake is named in Dutch and nothing typed is
 * lost, and a published version is there for new rounds at once. Only experts come here.
 */
class ChecklistViewTest {

  private final PortalHarnessAccess portal = new PortalHarnessAccess();

  @BeforeEach
  void start() {
    portal.start();
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  private static TextArea draft() {
    return _get(TextArea.class, spec -> spec.withId("checklist-draft"));
  }

  private static void publish() {
    click("publish-checklist");
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-publish")));
  }

  @Test
  void anExpert_findsTheChecklistFromTheSelfAssessmentPage_andReadsEveryStatement() {
    portal.signInAs("fatima");
    open("zelfevaluatie");

    open(_get(RouterLink.class, spec -> spec.withId("to-checklist")).getHref());

    NavigatorKt.expectView(ChecklistView.class);
    assertThat(text("checklist-current"))
        .contains("Diversiteitsscan voor sociale wijkteams, versie 1: 34 stellingen")
        .contains("Samenstelling van het team", "(samenstelling-talen)");
    assertThat(draft().getValue()).contains("\"version\": 2").contains("samenstelling-talen");
  }

  @Test
  void aMistakeIsNamedInDutch_andWhatWasTypedStays() {
    portal.signInAs("fatima");
    open("zelfevaluatie/checklist");
    String broken = draft().getValue().replace("\"DEVELOPMENT_4\"", "\"ZEVEN_PUNTS\"");
    HasValueUtilsKt._setValue(draft(), broken);

    publish();

    assertThat(text("checklist-problem")).contains("ZEVEN_PUNTS");
    assertThat(draft().getValue()).isEqualTo(broken);
    assertThat(portal.templates().publishedVersions()).isEqualTo(1);
  }

  @Test
  void publishingTheNextVersion_makesItTheNewest_andTheDraftMovesOn() {
    portal.signInAs("fatima");
    open("zelfevaluatie/checklist");
    HasValueUtilsKt._setValue(
        draft(),
        draft()
            .getValue()
            .replace(
                "\"title\": \"Diversiteitsscan voor sociale wijkteams\"",
                "\"title\": \"Diversiteitsscan 2027\""));

    publish();

    assertThat(portal.templates().publishedVersions()).isEqualTo(2);
    assertThat(text("checklist-published")).contains("Diversiteitsscan 2027, versie 2");
    assertThat(text("checklist-current")).contains("Diversiteitsscan 2027, versie 2");
    assertThat(draft().getValue()).contains("\"version\": 3");
  }

  @Test
  void aProfessional_cannotOpenTheChecklistPage() {
    portal.signInAs("sanne");

    open("zelfevaluatie/checklist");

    NavigatorKt.expectView(AccessDeniedView.class);
  }
}
