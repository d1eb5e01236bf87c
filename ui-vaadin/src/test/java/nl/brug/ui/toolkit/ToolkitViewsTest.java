package nl.brug.ui.toolkit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.NotFoundView;
import nl.brug.ui.shell.PortalHarnessAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading the toolkit in the portal: home with filters, the item page, the print version. */
class ToolkitViewsTest {

  private final PortalHarnessAccess portal = new PortalHarnessAccess();

  @BeforeEach
  void start() {
    portal.start();
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  private static java.util.List<String> titles() {
    return _find(RouterLink.class).stream()
        .filter(
            link ->
                link.getParent()
                    .map(p -> p instanceof com.vaadin.flow.component.html.H3)
                    .orElse(false))
        .map(RouterLink::getText)
        .toList();
  }

  @Test
  void aZwolleProfessionalSeesNationalAndZwolleTools() {
    portal.signInAs("sanne");

    UI.getCurrent().navigate("toolkit");

    assertThat(titles())
        .containsExactlyInAnyOrder(
            "Cultuursensitief intakegesprek", "Werken met een tolk", "Wie doet wat in Zwolle");
    assertThat(_get(Paragraph.class, spec -> spec.withId("toolkit-count")).getText())
        .isEqualTo("3 instrumenten");
  }

  @Test
  void aHilversumProfessionalDoesNotSeeZwollesTool_andCannotOpenItByAddress() {
    portal.signInAs("youssef");

    UI.getCurrent().navigate("toolkit");
    assertThat(titles()).doesNotContain("Wie doet wat in Zwolle");

    UI.getCurrent().navigate("toolkit/" + portal.toolkit().zwolle.getId());
    assertThat(_find(NotFoundView.class)).hasSize(1);
    assertThat(_find(H1.class, spec -> spec.withId("item-title"))).isEmpty();
  }

  @Test
  void theToolkitHomeShowsWhatWasPublishedLately_withinTheReadersScope() {
    portal.signInAs("youssef");

    UI.getCurrent().navigate("toolkit");

    String newest =
        _get(
                com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("recently-published"))
            .getElement()
            .getTextRecursively();
    assertThat(newest)
        .contains("Cultuursensitief intakegesprek", "Werken met een tolk", "23 november 2026")
        .doesNotContain("Wie doet wat in Zwolle");
  }

  @Test
  void theToolkitHomeListsWhatTheReaderOpenedLately() {
    portal.signInAs("sanne");
    UI.getCurrent().navigate("toolkit/" + portal.toolkit().interpreter.getId());
    portal.services().clock.moveBy(java.time.Duration.ofMinutes(3)); // reading takes a while
    UI.getCurrent().navigate("toolkit/" + portal.toolkit().intake.getId());

    UI.getCurrent().navigate("toolkit");

    assertThat(
            _get(
                    com.vaadin.flow.component.html.UnorderedList.class,
                    spec -> spec.withId("recently-viewed"))
                .getElement()
                .getTextRecursively())
        .startsWith("Cultuursensitief intakegesprek")
        .contains("Werken met een tolk");
  }

  @Test
  void anItemWithATranslation_canBeReadInThatLanguage_rightToLeft_markedAsDraft() {
    portal.signInAs("sanne");
    UI.getCurrent().navigate("toolkit/" + portal.toolkit().interpreter.getId());

    @SuppressWarnings("unchecked")
    Select<nl.brug.content.toolkit.entity.Language> readIn =
        _get(Select.class, spec -> spec.withId("read-in"));
    readIn.setValue(nl.brug.content.toolkit.entity.Language.AR);

    H1 title = _get(H1.class, spec -> spec.withId("item-title"));
    assertThat(title.getText()).isEqualTo("العمل مع مترجم");
    assertThat(title.getParent().orElseThrow().getElement().getAttribute("dir")).isEqualTo("rtl");
    assertThat(_find(Paragraph.class, spec -> spec.withId("translation-draft"))).hasSize(1);
  }

  @Test
  void filteringByKind_showsOnlyThatKind() {
    portal.signInAs("sanne");
    UI.getCurrent().navigate("toolkit");

    @SuppressWarnings("unchecked")
    Select<ToolkitKind> kind = _get(Select.class, spec -> spec.withId("filter-kind"));
    kind.setValue(ToolkitKind.INTERVIEW_GUIDE);

    assertThat(titles()).containsExactly("Cultuursensitief intakegesprek");
  }

  @Test
  void anInterviewGuidePrintsBilingually_rightToLeftForArabic_withDraftTranslationsMarked() {
    portal.signInAs("sanne");
    String guide = "toolkit/" + portal.toolkit().intake.getId();

    UI.getCurrent().navigate(guide);
    assertThat(
            _find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("bilingual-ar")))
        .hasSize(1);

    UI.getCurrent().navigate(guide + "/afdrukken/ar");

    String table =
        _get(com.vaadin.flow.component.html.NativeTable.class, spec -> spec.withId("bilingual"))
            .getElement()
            .getOuterHTML();
    assertThat(table)
        .contains("In welke taal praat u het liefst?")
        .contains("lang=\"ar\"")
        .contains("dir=\"rtl\"")
        .contains("controle door een moedertaalspreker nodig");
    assertThat(_find(MainLayout.class)).isEmpty();
  }

  @Test
  void conversationMode_stepsThroughTheQuestions_withTheClientsLanguageBeside() {
    portal.signInAs("sanne");

    UI.getCurrent().navigate("toolkit/" + portal.toolkit().intake.getId() + "/gesprek");

    assertThat(_get(Paragraph.class, spec -> spec.withId("conversation-question")).getText())
        .isEqualTo("In welke taal praat u het liefst?");
    assertThat(_get(Paragraph.class, spec -> spec.withId("conversation-progress")).getText())
        .isEqualTo("Vraag 1 van 1");
    @SuppressWarnings("unchecked")
    Select<nl.brug.content.toolkit.entity.Language> language =
        _get(Select.class, spec -> spec.withId("conversation-language"));
    language.setValue(nl.brug.content.toolkit.entity.Language.AR);
    Paragraph translation = _get(Paragraph.class, spec -> spec.withId("conversation-translation"));
    assertThat(translation.getElement().getAttribute("dir")).isEqualTo("rtl");
    assertThat(translation.getText()).startsWith("ما");
    assertThat(
            _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("next"))
                .isEnabled())
        .as("one question: nothing after it")
        .isFalse();
  }

  @Test
  void conversationNotes_areAPlainTextareaTheServerNeverReads() {
    portal.signInAs("sanne");

    UI.getCurrent().navigate("toolkit/" + portal.toolkit().intake.getId() + "/gesprek");

    com.vaadin.flow.dom.Element notes =
        PortalFind.descendants(_get(ConversationView.class).getElement())
            .filter(e -> "conversation-notes".equals(e.getAttribute("id")))
            .findFirst()
            .orElseThrow();
    assertThat(notes.getTag()).isEqualTo("textarea");
    assertThat(notes.getPropertyNames()).doesNotContain("value");
    assertThat(notes.getComponent()).as("not a Vaadin field that syncs its value").isEmpty();
  }

  @Test
  void aBilingualPrintOfAnUnknownLanguageOrOfANonGuide_isNotFound() {
    portal.signInAs("sanne");

    UI.getCurrent().navigate("toolkit/" + portal.toolkit().intake.getId() + "/afdrukken/xx");
    assertThat(_find(NotFoundView.class)).hasSize(1);

    UI.getCurrent().navigate("toolkit/" + portal.toolkit().interpreter.getId() + "/afdrukken/ar");
    assertThat(_find(NotFoundView.class)).hasSize(1);
  }

  @Test
  void theItemPage_showsTheRenderedText_andLinksToAPrintVersionWithoutMenu() {
    portal.signInAs("sanne");

    UI.getCurrent().navigate("toolkit/" + portal.toolkit().interpreter.getId());

    assertThat(_get(H1.class, spec -> spec.withId("item-title")).getText())
        .isEqualTo("Werken met een tolk");
    assertThat(_get(ItemArticle.class).getElement().getOuterHTML())
        .contains("<strong>altijd</strong>");
    assertThat(_find(MainLayout.class)).hasSize(1);

    UI.getCurrent().navigate("toolkit/" + portal.toolkit().interpreter.getId() + "/afdrukken");

    NavigatorKt.expectView(ToolkitItemPrintView.class);
    assertThat(_find(MainLayout.class)).isEmpty();
    assertThat(_get(H1.class, spec -> spec.withId("item-title")).getText())
        .isEqualTo("Werken met een tolk");
  }

  /** Walks the element tree. */
  static final class PortalFind {
    static java.util.stream.Stream<com.vaadin.flow.dom.Element> descendants(
        com.vaadin.flow.dom.Element element) {
      return java.util.stream.Stream.concat(
          java.util.stream.Stream.of(element),
          element.getChildren().flatMap(PortalFind::descendants));
    }
  }
}
