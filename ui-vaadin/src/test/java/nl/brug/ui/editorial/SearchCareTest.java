package nl.brug.ui.editorial;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import elemental.json.Json;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.gap.ContentGapReport.Topic;
import nl.brug.ui.shell.AccessDeniedView;
import nl.brug.ui.shell.PortalHarnessAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Experts look after search: they keep the synonym list of the field and see what professionals
 * searched for and did not find.
 */
class SearchCareTest {

  private static final Caller HILVERSUM_EXPERT =
      new Caller("hilde", "Hilde Bos", EnumSet.of(Role.EXPERT), "GM0402", null);

  private static final Caller ERMELO_PROFESSIONAL =
      new Caller("erik", "Erik de Boer", EnumSet.of(Role.PROFESSIONAL), "GM0233", null);

  private final PortalHarnessAccess portal = new PortalHarnessAccess();

  @BeforeEach
  void start() {
    portal.start();
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  private static void search(String text) {
    UI.getCurrent().navigate("zoeken", QueryParameters.simple(Map.of("q", text)));
  }

  private static String count() {
    return _get(Paragraph.class, spec -> spec.withId("search-count")).getText();
  }

  private static TextArea synonyms() {
    return _get(TextArea.class, spec -> spec.withId("synonyms-text"));
  }

  private static void save() {
    ButtonKt._click(_get(Button.class, spec -> spec.withId("synonyms-save")));
  }

  private static String notification() {
    return NotificationsKt.getNotifications().get(0).getElement().getProperty("text");
  }

  /** Opens the report afresh for whoever is signed in now. */
  private static void openGapReport() {
    UI.getCurrent().navigate("redactie");
    UI.getCurrent().navigate("redactie/zoekvragen");
  }

  @SuppressWarnings("unchecked")
  private static Select<String> municipalityChoice() {
    return _get(Select.class, spec -> spec.withId("gaps-municipality"));
  }

  @SuppressWarnings("unchecked")
  private static List<Topic> topics(String gridId) {
    Grid<Topic> grid = _get(Grid.class, spec -> spec.withId(gridId));
    return grid.getGenericDataView().getItems().toList();
  }

  @Test
  void anExpertAddsASynonym_andTheNextSearchUsesIt() {
    portal.signInAs("fatima");
    search("kennismakingsgesprek");
    assertThat(count()).startsWith("Niets gevonden");

    UI.getCurrent().navigate("redactie/synoniemen");
    assertThat(synonyms().getValue())
        .as("the built-in list is where experts start")
        .contains("statushouder, vergunninghouder");
    assertThat(_get(Paragraph.class, spec -> spec.withId("synonyms-saved")).getText())
        .contains("standaardlijst");
    synonyms().setValue(synonyms().getValue() + "\nintakegesprek, kennismakingsgesprek\n");
    save();

    assertThat(notification()).startsWith("Opgeslagen");
    assertThat(_get(Paragraph.class, spec -> spec.withId("synonyms-saved")).getText())
        .contains("fatima");
    search("kennismakingsgesprek");
    assertThat(count()).isEqualTo("1 gevonden");
  }

  @Test
  void aLineThatCannotBeUsed_isNamed_andNothingIsSavedOrLost() {
    portal.signInAs("fatima");
    UI.getCurrent().navigate("redactie/synoniemen");
    String typed = "tolk, taalhulp\nalleen-een-woord\nintakegesprek, kennismakingsgesprek";
    synonyms().setValue(typed);

    save();

    assertThat(synonyms().isInvalid()).isTrue();
    assertThat(synonyms().getErrorMessage()).startsWith("Regel 2:");
    assertThat(notification()).startsWith("Niet opgeslagen. Regel 2:");
    assertThat(synonyms().getValue()).as("the expert's text stays").isEqualTo(typed);
    search("kennismakingsgesprek");
    assertThat(count()).startsWith("Niets gevonden");
  }

  @Test
  void aSaveInBetweenByAnotherExpert_isNeverOverwritten() {
    portal.signInAs("fatima");
    UI.getCurrent().navigate("redactie/synoniemen");
    portal.synonymsSavedElsewhere("noor", "tolk, taalhulp\nwijkteam, buurtteam");
    String typed = synonyms().getValue() + "\nintakegesprek, kennismakingsgesprek";
    synonyms().setValue(typed);

    save();

    assertThat(notification()).startsWith("Iemand anders heeft de synoniemenlijst");
    assertThat(synonyms().getValue()).isEqualTo(typed);
    search("kennismakingsgesprek");
    assertThat(count()).startsWith("Niets gevonden");
  }

  @Test
  void professionalsDoNotOpenTheSynonymListOrTheGapReport() {
    portal.signInAs("sanne");

    UI.getCurrent().navigate("redactie/synoniemen");
    assertThat(_find(AccessDeniedView.class)).hasSize(1);
    UI.getCurrent().navigate("redactie/zoekvragen");
    assertThat(_find(AccessDeniedView.class)).hasSize(1);
  }

  @Test
  void theGapReport_showsWhatWasNotFound_andResultsNobodyOpened() {
    portal.signInAs("sanne");
    search("kinderopvang iftar");
    search("tolk");
    RouterLink hit = _find(RouterLink.class, spec -> spec.withText("Werken met een tolk")).get(0);
    ElementUtilsKt._fireDomEvent(
        hit.getElement(), new DomEvent(hit.getElement(), "click", Json.createObject()));
    search("intakegesprek");

    portal.signInAs("fatima");
    UI.getCurrent().navigate("redactie");
    _get(RouterLink.class, spec -> spec.withId("link-content-gaps"));
    UI.getCurrent().navigate("redactie/zoekvragen");

    assertThat(topics("gaps-without-results")).containsExactly(new Topic("kinderopvang iftar", 1));
    assertThat(topics("gaps-unopened"))
        .as("the opened search is not a gap; the other one is")
        .containsExactly(new Topic("intakegesprek", 1));
    assertThat(_get(Paragraph.class, spec -> spec.withId("gaps-intro")).getText())
        .contains("uit je gemeente", "Na 13 maanden");
  }

  @Test
  void anExpertSeesOnlyTheGapsOfHerOwnMunicipalities() {
    portal.signInAs("youssef");
    search("wie doet wat zwolle humanitas");
    assertThat(count()).as("Zwolle's own item is not for Hilversum").startsWith("Niets gevonden");
    portal.signInAs("sanne");
    search("kinderopvang iftar");
    search("Kinderopvang iftar, BSN 123456782");
    portal.signInAs(ERMELO_PROFESSIONAL);
    search("moskeebezoek ramadan");

    portal.signInAs(HILVERSUM_EXPERT);
    openGapReport();
    assertThat(topics("gaps-without-results"))
        .as("Hilversum's expert sees Hilversum's gap, never Zwolle's")
        .containsExactly(new Topic("wie doet wat zwolle humanitas", 1));

    portal.signInAs("fatima");
    openGapReport();
    assertThat(topics("gaps-without-results"))
        .as("the BSN is left out, the topic counted; Ermelo's gap is not Zwolle's")
        .containsExactly(new Topic("kinderopvang iftar", 2));
    assertThat(_find(Select.class, spec -> spec.withId("gaps-municipality")))
        .as("one municipality: nothing to choose")
        .isEmpty();

    portal.signInAs("rachida");
    openGapReport();
    assertThat(topics("gaps-without-results"))
        .as("a regional expert sees the gaps of all her municipalities")
        .containsExactlyInAnyOrder(
            new Topic("kinderopvang iftar", 2), new Topic("moskeebezoek ramadan", 1));
    assertThat(_get(Paragraph.class, spec -> spec.withId("gaps-intro")).getText())
        .contains("alle gemeenten waarvoor je werkt");
    Select<String> municipality = municipalityChoice();
    assertThat(municipality.getGenericDataView().getItems())
        .containsExactlyInAnyOrder("GM0193", "GM0233", "GM0243");
    municipality.setValue("GM0233");
    assertThat(topics("gaps-without-results"))
        .as("or one of them")
        .containsExactly(new Topic("moskeebezoek ramadan", 1));
  }
}
