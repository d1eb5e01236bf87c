package nl.brug.ui.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.ui.signin.LoginView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With an identity provider (Keycloak) configured, the portal has no form of its own: the login
 * page hands over to the provider, sign-out goes through the provider's logout, and someone who
 * works for several municipalities picks the active one in the header.
 */
class SignInThroughIdentityProviderTest {

  private static final Caller REGIONAL_EXPERT =
      new Caller(
          "rachida",
          "Rachida Bouzid",
          EnumSet.of(Role.EXPERT),
          "GM0193",
          null,
          Set.of("GM0193", "GM0402"));

  private final PortalHarness portal = new PortalHarness();

  @BeforeEach
  void start() {
    portal.signIn.useIdentityProvider();
    portal.start();
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  @Test
  void anAnonymousVisitor_isHandedToTheProvider_andComesBackWhereTheyWereGoing() {
    UI.getCurrent().navigate("toolkit");

    NavigatorKt.expectView(LoginView.class);
    assertThat(_find(LoginForm.class)).isEmpty();
    // The page also sends the browser there by itself; the browser journeys (PortalJourneysIT) see
    // Keycloak's page. Karibu runs such JavaScript away before a test can look at it.
    Anchor start = _get(Anchor.class, spec -> spec.withId("identity-provider-start"));
    assertThat(start.getHref()).isEqualTo("oidc/aanmelden?terug=%2Ftoolkit");
    assertThat(start.getText()).isEqualTo("Aanmelden via je organisatie");
  }

  @Test
  void afterSigningOut_theLoginPageSaysSo_andDoesNotSignStraightBackIn() {
    PortalHarness.locationsOpened(); // what the first page of the test did
    UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("afgemeld", "")));

    assertThat(PortalHarness.locationsOpened()).isEmpty();
    assertThat(_get(Paragraph.class, spec -> spec.withId("signed-out")).getText())
        .isEqualTo("Je bent afgemeld bij Brug en bij de aanmeldservice van je organisatie.");
    assertThat(_get(Anchor.class, spec -> spec.withId("identity-provider-start")).getHref())
        .startsWith("oidc/aanmelden");
  }

  @Test
  void signingOut_goesThroughTheProvidersLogout() {
    portal.signInAs("sanne");
    UI.getCurrent().navigate("");

    _get(Button.class, spec -> spec.withId("sign-out")).click();

    assertThat(PortalHarness.locationsOpened())
        .containsExactly(PortalHarness.StandInSignIn.PROVIDER_LOGOUT);
  }

  @Test
  void someoneOfOneMunicipality_hasNoMunicipalitySwitch() {
    portal.signInAs("sanne");
    UI.getCurrent().navigate("");

    assertThat(_find(Select.class, spec -> spec.withId("municipality-switch"))).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRegionalExpert_switchesMunicipality_andTheSessionFollows() {
    portal.signInAs(REGIONAL_EXPERT);
    UI.getCurrent().navigate("");
    Select<String> municipality = _get(Select.class, spec -> spec.withId("municipality-switch"));
    assertThat(municipality.getValue()).isEqualTo("GM0193");
    assertThat(ComboBoxKt.getSuggestions(municipality)).containsExactly("Hilversum", "Zwolle");

    ComboBoxKt.selectByLabel(municipality, "Hilversum");

    assertThat(SignedInUser.require().municipalityCode()).isEqualTo("GM0402");
    assertThat(SignedInUser.require().municipalityCodes())
        .containsExactlyInAnyOrder("GM0193", "GM0402");
    UI.getCurrent().navigate("");
    assertThat(_get(Span.class, spec -> spec.withId("signed-in-detail")).getText())
        .endsWith("Hilversum");
  }
}
