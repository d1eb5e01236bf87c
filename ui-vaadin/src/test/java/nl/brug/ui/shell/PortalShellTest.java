package nl.brug.ui.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import elemental.json.JsonObject;
import java.time.Duration;
import java.util.List;
import nl.brug.content.organisation.entity.Team;
import nl.brug.ui.admin.AdminView;
import nl.brug.ui.home.HomeView;
import nl.brug.ui.signin.LoginView;
import nl.brug.ui.toolkit.ToolkitView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal shell: sign-in, the menu per role, who is signed in, sign-out. */
class PortalShellTest {

  private final PortalHarness portal = new PortalHarness();

  @BeforeEach
  void start() {
    portal.start();
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  @Test
  void anAnonymousVisitor_isSentToTheDutchLoginPage_withTheDemoAccounts() {
    UI.getCurrent().navigate("");

    NavigatorKt.expectView(LoginView.class);
    assertThat(_get(H2.class, spec -> spec.withText("Demo-accounts")).isVisible()).isTrue();
    assertThat(_find(com.vaadin.flow.component.html.NativeTableCell.class))
        .extracting(cell -> cell.getText())
        .contains("sanne", "Professional", "Zwolle");
  }

  @Test
  void aWrongPassword_keepsTheVisitorOnTheLoginPage_withAnError() {
    UI.getCurrent().navigate("");

    LoginFormKt._login(_get(LoginForm.class), "sanne", "fout");

    NavigatorKt.expectView(LoginView.class);
    assertThat(_get(LoginForm.class).isError()).isTrue();
  }

  @Test
  void afterTooManyFailedAttempts_theFormSaysHowManyMinutesToWait_andLaterTheUsualErrorAgain() {
    UI.getCurrent().navigate("");
    portal.signIn.throttledFor = Duration.ofMinutes(14).plusSeconds(5);

    LoginFormKt._login(_get(LoginForm.class), "sanne", "demo");

    NavigatorKt.expectView(LoginView.class);
    assertThat(_get(LoginForm.class).isError()).isTrue();
    assertThat(shownError())
        .isEqualTo(
            "Even wachten: Te veel mislukte pogingen om aan te melden. Probeer het over 15"
                + " minuten opnieuw.");

    portal.signIn.throttledFor = null;
    LoginFormKt._login(_get(LoginForm.class), "sanne", "fout");

    assertThat(shownError())
        .isEqualTo(
            "Aanmelden lukt niet: Controleer je gebruikersnaam en wachtwoord en probeer het"
                + " opnieuw.");
  }

  /** The error box of the login form: its title and message. */
  private static String shownError() {
    JsonObject error =
        ((JsonObject) _get(LoginForm.class).getElement().getPropertyRaw("i18n"))
            .getObject("errorMessage");
    return error.getString("title") + ": " + error.getString("message");
  }

  @Test
  void aProfessionalSignsIn_andSeesTheirNameRoleMunicipality_andTheirSections() {
    UI.getCurrent().navigate("toolkit");
    NavigatorKt.expectView(LoginView.class);

    LoginFormKt._login(_get(LoginForm.class), "sanne", "demo");

    NavigatorKt.expectView(ToolkitView.class);
    assertThat(_get(Span.class, spec -> spec.withId("signed-in-name")).getText())
        .isEqualTo("Sanne de Vries");
    assertThat(_get(Span.class, spec -> spec.withId("signed-in-detail")).getText())
        .isEqualTo("Professional · Zwolle");
    assertThat(menu())
        .containsExactly("Start", "Toolkit", "Zoeken", "Zelfevaluatie", "Reflecties", "Training");
  }

  @Test
  void aTrainerSeesNoSelfAssessmentReflectionsOrAdministration() {
    portal.signInAs("ahmed");
    UI.getCurrent().navigate("");

    NavigatorKt.expectView(HomeView.class);
    assertThat(menu()).containsExactly("Start", "Toolkit", "Zoeken", "Training");
  }

  @Test
  void aCoordinatorSeesAdministration_withTheTeamsOfTheirMunicipality() {
    portal.signInAs("ingrid");
    UI.getCurrent().navigate("beheer");

    NavigatorKt.expectView(AdminView.class);
    assertThat(menu()).contains("Beheer");
    @SuppressWarnings("unchecked")
    Grid<Team> teams = _get(Grid.class, spec -> spec.withId("teams"));
    assertThat(teams.getGenericDataView().getItems().map(Team::getName).toList())
        .containsExactlyInAnyOrder("Sociaal wijkteam Zwolle-Zuid", "Sociaal wijkteam Holtenbroek");
  }

  @Test
  void aProfessionalOpeningAdministration_isToldTheyHaveNoAccess() {
    portal.signInAs("sanne");

    UI.getCurrent().navigate("beheer");

    assertThat(_get(AccessDeniedView.class).getId()).hasValue("access-denied");
    assertThat(_find(AdminView.class)).isEmpty();
  }

  @Test
  void aSectionStillToBeBuilt_saysSoPlainly() {
    portal.signInAs("fatima");

    UI.getCurrent().navigate("reflecties");

    assertThat(_get(Span.class, spec -> spec.withId("coming-soon")).getText())
        .isEqualTo("Komt eraan");
  }

  @Test
  void signingOut_endsTheSession_andLeadsBackToTheLoginPage() {
    portal.signInAs("marieke");
    UI.getCurrent().navigate("");

    _get(Button.class, spec -> spec.withId("sign-out")).click();

    assertThat(portal.signIn.signOuts).isEqualTo(1);
    assertThat(PortalHarness.locationsOpened()).containsExactly("/login?afgemeld");
    UI.getCurrent().navigate("");
    NavigatorKt.expectView(LoginView.class);
  }

  private static List<String> menu() {
    return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
  }
}
