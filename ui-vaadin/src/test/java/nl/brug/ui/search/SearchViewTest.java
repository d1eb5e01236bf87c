package nl.brug.ui.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.brug.search.toolkit.SearchResults;
import nl.brug.ui.shell.PortalHarnessAccess;
import nl.brug.ui.toolkit.ToolkitItemView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Searching from the portal: header box with suggestions, results with facets and snippets. */
class SearchViewTest {

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
    UI.getCurrent()
        .navigate(
            "zoeken", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("q", text)));
  }

  private static String hits() {
    return _get(Div.class, spec -> spec.withId("search-hits")).getElement().getOuterHTML();
  }

  private static String count() {
    return _get(Paragraph.class, spec -> spec.withId("search-count")).getText();
  }

  @Test
  void aProfessionalFindsTheTool_withTheMatchedWordsMarked() {
    portal.signInAs("sanne");

    search("tolken");

    assertThat(hits()).contains("<mark>");
    assertThat(count()).as("every stand-in tool has the theme tolken").isEqualTo("3 gevonden");
    assertThat(
            _find(
                com.vaadin.flow.router.RouterLink.class,
                spec -> spec.withText("Werken met een tolk")))
        .hasSize(1);
    assertThat(hits().indexOf("Werken met een tolk"))
        .as("the tool with the word in its title ranks first")
        .isLessThan(hits().indexOf("Cultuursensitief intakegesprek"));
  }

  @Test
  void anotherMunicipalitysTool_isNotFound() {
    portal.signInAs("youssef");

    search("zwolle");

    assertThat(hits()).doesNotContain("Wie doet wat in Zwolle");
    assertThat(count()).startsWith("Niets gevonden");
  }

  @Test
  void choosingAFacetValue_filtersTheHits_andChoosingItAgainUndoesIt() {
    portal.signInAs("sanne");
    UI.getCurrent().navigate("zoeken");
    assertThat(count()).isEqualTo("3 gevonden");

    Button workingMethods =
        _find(Button.class).stream()
            .filter(b -> b.getText().startsWith("Werkwijze ("))
            .findFirst()
            .orElseThrow();
    assertThat(workingMethods.getText()).isEqualTo("Werkwijze (2)");
    ButtonKt._click(workingMethods);

    assertThat(count()).isEqualTo("2 gevonden");
    assertThat(hits()).doesNotContain("Cultuursensitief intakegesprek");
    ButtonKt._click(
        _find(Button.class).stream()
            .filter(b -> b.getText().startsWith("Werkwijze ("))
            .findFirst()
            .orElseThrow());
    assertThat(count()).isEqualTo("3 gevonden");
  }

  @Test
  void aMisspeltShortWord_offersACorrection() {
    portal.signInAs("sanne");

    search("tolx");

    Button correction = _get(Button.class, spec -> spec.withId("did-you-mean-link"));
    assertThat(correction.getText()).isEqualTo("tolk");
    ButtonKt._click(correction);
    assertThat(hits()).contains("Werken met een tolk");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theHeaderBox_suggestsTitlesWhileTyping_andEnterOpensTheResults() {
    portal.signInAs("sanne");
    UI.getCurrent().navigate("toolkit");
    ComboBox<SearchResults.Suggestion> box =
        (ComboBox<SearchResults.Suggestion>)
            _get(ComboBox.class, spec -> spec.withId("search-box"));

    ComboBoxKt.setUserInput(box, "cultuur");
    assertThat(ComboBoxKt.getSuggestions(box)).containsExactly("Cultuursensitief intakegesprek");
    ComboBoxKt.selectByLabel(box, "Cultuursensitief intakegesprek");
    NavigatorKt.expectView(ToolkitItemView.class);

    ComboBoxKt._fireCustomValueSet(box, "tolk");
    NavigatorKt.expectView(SearchView.class);
    assertThat(hits()).contains("Werken met een tolk");
  }
}
