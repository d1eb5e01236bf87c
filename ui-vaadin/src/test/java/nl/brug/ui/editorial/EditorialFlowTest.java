package nl.brug.ui.editorial;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.ItemStatus;
import nl.brug.content.toolkit.entity.ItemTranslation;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.content.toolkit.entity.TranslationStatus;
import nl.brug.ui.shell.PortalHarnessAccess;
import nl.brug.ui.toolkit.ToolkitItemView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole loop in the portal: an expert writes, a second expert publishes, a professional reads.
 */
class EditorialFlowTest {

  private final PortalHarnessAccess portal = new PortalHarnessAccess();

  @BeforeEach
  void start() {
    portal.start();
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  private static void click(String id) {
    ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
  }

  private ToolkitItem itemTitled(String title) {
    return portal
        .services()
        .get(nl.brug.content.toolkit.boundary.ToolkitService.class)
        .forEditors(nl.brug.auth.development.DemoAccounts.find("fatima").orElseThrow().caller())
        .stream()
        .filter(
            i ->
                i.workingRevision()
                    .or(i::publishedVersion)
                    .orElseThrow()
                    .content()
                    .title()
                    .equals(title))
        .findFirst()
        .orElseThrow();
  }

  /** The item as stored now. */
  private ToolkitItem current(ToolkitItem item) {
    return portal
        .services()
        .get(nl.brug.content.toolkit.boundary.ToolkitService.class)
        .item(
            nl.brug.auth.development.DemoAccounts.find("fatima").orElseThrow().caller(),
            item.getId());
  }

  @SuppressWarnings("unchecked")
  private static void write(String title, String body) {
    _get(TextField.class, spec -> spec.withId("title")).setValue(title);
    _get(TextArea.class, spec -> spec.withId("summary"))
        .setValue("Zo bereid je een huisbezoek voor.");
    _get(TextArea.class, spec -> spec.withId("body")).setValue(body);
    ((CheckboxGroup<LifeDomain>) _get(CheckboxGroup.class, spec -> spec.withId("domains")))
        .setValue(Set.of(LifeDomain.SOCIAAL));
  }

  @Test
  void editReviewPublishRead() {
    portal.signInAs("fatima");
    UI.getCurrent().navigate("redactie/nieuw");
    write("Huisbezoek voorbereiden", "## Vooraf\n\nVraag naar **wie er thuis is**.");

    assertThat(_get(Div.class, spec -> spec.withId("preview")).getElement().getOuterHTML())
        .contains("<strong>wie er thuis is</strong>");
    click("submit");

    ToolkitItem item = itemTitled("Huisbezoek voorbereiden");
    assertThat(current(item).getStatus()).isEqualTo(ItemStatus.IN_REVIEW);
    assertThat(_find(Button.class, spec -> spec.withId("approve")))
        .as("no self-approval")
        .isEmpty();

    portal.signInAs("noor");
    UI.getCurrent().navigate("redactie");
    RouterLink toReview =
        _get(UnorderedList.class, spec -> spec.withId("to-review"))
            .getChildren()
            .map(li -> (RouterLink) li.getChildren().findFirst().orElseThrow())
            .findFirst()
            .orElseThrow();
    assertThat(toReview.getText()).isEqualTo("Huisbezoek voorbereiden");
    UI.getCurrent().navigate(toReview.getHref());
    click("approve");
    assertThat(current(item).getStatus()).isEqualTo(ItemStatus.PUBLISHED);

    portal.signInAs("sanne");
    UI.getCurrent().navigate("toolkit/" + item.getId());
    NavigatorKt.expectView(ToolkitItemView.class);
    assertThat(_get(H1.class, spec -> spec.withId("item-title")).getText())
        .isEqualTo("Huisbezoek voorbereiden");
  }

  @Test
  void sendingBack_needsAComment_andTheAuthorSeesIt() {
    portal.signInAs("fatima");
    UI.getCurrent().navigate("redactie/nieuw");
    write("Gesprek met een tolk", "Tekst");
    click("submit");
    ToolkitItem item = itemTitled("Gesprek met een tolk");

    portal.signInAs("noor");
    UI.getCurrent().navigate("redactie/" + item.getId());
    click("send-back");
    assertThat(current(item).getStatus())
        .as("no comment, not sent back")
        .isEqualTo(ItemStatus.IN_REVIEW);
    _get(TextArea.class, spec -> spec.withId("review-comment")).setValue("Voeg een voorbeeld toe.");
    click("send-back");
    assertThat(current(item).getStatus()).isEqualTo(ItemStatus.DRAFT);

    portal.signInAs("fatima");
    UI.getCurrent().navigate("redactie/" + item.getId());
    assertThat(
            _get(
                    com.vaadin.flow.component.html.Paragraph.class,
                    spec -> spec.withId("editor-status"))
                .getText())
        .contains("Voeg een voorbeeld toe.");
  }

  @Test
  void historyShowsTheDifferenceBetweenVersions_andRestoresAnOldOneAsDraft() {
    ToolkitItem item = portal.toolkit().interpreter;
    portal.signInAs("fatima");
    UI.getCurrent().navigate("redactie/" + item.getId());
    _get(TextField.class, spec -> spec.withId("title")).setValue("Werken met een tolk of taalhulp");
    click("submit");
    portal.signInAs("noor");
    UI.getCurrent().navigate("redactie/" + item.getId());
    click("approve");

    UI.getCurrent().navigate("redactie/" + item.getId() + "/geschiedenis");

    String diff = _get(Div.class, spec -> spec.withId("diff")).getElement().getOuterHTML();
    assertThat(diff)
        .contains("class=\"removed\">Titel: Werken met een tolk<")
        .contains("class=\"added\">Titel: Werken met een tolk of taalhulp<");
    click("restore-1");
    assertThat(current(item).getStatus()).isEqualTo(ItemStatus.DRAFT);
    assertThat(current(item).workingRevision().orElseThrow().content().title())
        .isEqualTo("Werken met een tolk");
    assertThat(current(item).publishedVersion().orElseThrow().content().title())
        .isEqualTo("Werken met een tolk of taalhulp");
  }

  @Test
  void itemsPastTheirReviewDate_areListedOnTheDesk() {
    portal.signInAs("fatima");

    UI.getCurrent().navigate("redactie");

    assertThat(
            _get(UnorderedList.class, spec -> spec.withId("overdue")).getElement().getOuterHTML())
        .contains("Werken met een tolk", "Wie doet wat in Zwolle");
  }

  @Test
  void anExpertAttachesAPdf_aRenamedScriptIsRefused_andReadersSeeTheFileOnceItIsApproved() {
    ToolkitItem item = portal.toolkit().interpreter;
    portal.signInAs("fatima");
    UI.getCurrent().navigate("redactie/" + item.getId());
    nl.brug.ui.attachment.AttachmentsEditor files =
        _get(nl.brug.ui.attachment.AttachmentsEditor.class);
    assertThat(
            _get(Paragraph.class, spec -> spec.withId("attachments-with-next-version")).getText())
        .contains("volgende versie", "tweede vakgroeplid");

    files.receive(
        "werkblad.pdf", "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    files.receive("rapport.pdf", "<script>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    assertThat(
            portal
                .attachments()
                .ofDraft(
                    nl.brug.auth.development.DemoAccounts.find("fatima").orElseThrow().caller(),
                    item.getId()))
        .extracting(nl.brug.content.attachment.Attachment::getFilename)
        .containsExactly("werkblad.pdf");
    assertThat(files.getElement().getOuterHTML()).contains("werkblad.pdf");
    portal.signInAs("sanne");
    UI.getCurrent().navigate("toolkit/" + item.getId());
    assertThat(_get(nl.brug.ui.attachment.AttachmentLinks.class).getElement().getOuterHTML())
        .doesNotContain("werkblad.pdf");

    nl.brug.content.toolkit.boundary.ToolkitService toolkit =
        portal.services().get(nl.brug.content.toolkit.boundary.ToolkitService.class);
    nl.brug.auth.caller.Caller fatima =
        nl.brug.auth.development.DemoAccounts.find("fatima").orElseThrow().caller();
    ToolkitItem submitted =
        toolkit.submitForReview(
            fatima, item.getId(), toolkit.item(fatima, item.getId()).getVersion());
    toolkit.approve(
        nl.brug.auth.development.DemoAccounts.find("noor").orElseThrow().caller(),
        item.getId(),
        submitted.getVersion());
    UI.getCurrent().navigate("toolkit");
    UI.getCurrent().navigate("toolkit/" + item.getId());
    assertThat(_get(nl.brug.ui.attachment.AttachmentLinks.class).getElement().getOuterHTML())
        .contains("werkblad.pdf");
  }

  @SuppressWarnings("unchecked")
  private static <T> Select<T> select(String id) {
    return (Select<T>) _get(Select.class, spec -> spec.withId(id));
  }

  private static void type(String id, String text) {
    _get(TextArea.class, spec -> spec.withId(id)).setValue(text);
  }

  @Test
  void anExpertBuildsAnInterviewGuide_questionByQuestion_withATranslationBesideTheDutch() {
    portal.signInAs("fatima");
    UI.getCurrent().navigate("redactie/nieuw");
    write("Gesprek over wonen", "Een gesprek over de woning.");
    select("kind").setValue(ToolkitKind.INTERVIEW_GUIDE);
    click("add-section");
    _get(TextField.class, spec -> spec.withId("section-0-title")).setValue("De woning");
    click("section-0-add-question");
    click("section-0-add-question");
    type("question-0-0-text", "Hoe bevalt uw huis?");
    _get(TextField.class, spec -> spec.withId("question-0-0-purpose"))
        .setValue("Opening zonder oordeel.");
    type("question-0-0-prompts", "Is het warm genoeg?\n\nIs er genoeg ruimte?");
    type("question-0-1-text", "Wie wonen er bij u?");
    click("question-0-1-up");
    select("guide-language").setValue(Language.AR);
    TextArea arabic = _get(TextArea.class, spec -> spec.withId("question-0-0-translation"));
    assertThat(arabic.getElement().getAttribute("dir")).isEqualTo("rtl");
    arabic.setValue("من يعيش معك؟");

    click("save");

    InterviewGuide guide =
        itemTitled("Gesprek over wonen").workingRevision().orElseThrow().content().guide();
    assertThat(guide.sections())
        .singleElement()
        .extracting(InterviewGuide.Section::title)
        .isEqualTo("De woning");
    List<InterviewGuide.Question> questions = guide.sections().get(0).questions();
    assertThat(questions)
        .extracting(InterviewGuide.Question::text)
        .as("moved up")
        .containsExactly("Wie wonen er bij u?", "Hoe bevalt uw huis?");
    assertThat(questions.get(1).prompts())
        .containsExactly("Is het warm genoeg?", "Is er genoeg ruimte?");
    assertThat(questions.get(1).purpose()).isEqualTo("Opening zonder oordeel.");
    assertThat(questions.get(0).translations())
        .containsEntry(
            Language.AR,
            new InterviewGuide.Translation(
                "من يعيش معك؟", TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW));
  }

  @Test
  void aQuestionWithoutText_isRefusedWithAReason_andNothingOnScreenIsLost() {
    ToolkitItem item = portal.toolkit().intake;
    portal.signInAs("fatima");
    UI.getCurrent().navigate("redactie/" + item.getId());
    click("section-0-add-question");
    int last =
        current(item)
            .publishedVersion()
            .orElseThrow()
            .content()
            .guide()
            .sections()
            .get(0)
            .questions()
            .size();
    _get(TextField.class, spec -> spec.withId("question-0-" + last + "-purpose"))
        .setValue("Om te weten wie meebeslist.");

    click("save");

    assertThat(current(item).workingRevision()).as("nothing saved").isEmpty();
    assertThat(
            _get(TextField.class, spec -> spec.withId("question-0-" + last + "-purpose"))
                .getValue())
        .isEqualTo("Om te weten wie meebeslist.");
    assertThat(NotificationsKt.getNotifications())
        .extracting(n -> n.getElement().getProperty("text"))
        .anySatisfy(text -> assertThat(text).contains("heeft geen tekst"));
  }

  @Test
  void anExpertTranslatesAWholeItem_andMarksItCheckedByANativeSpeaker() {
    ToolkitItem item = portal.toolkit().interpreter;
    portal.signInAs("fatima");
    UI.getCurrent().navigate("redactie/" + item.getId());
    select("translation-language").setValue(Language.TI);
    _get(TextField.class, spec -> spec.withId("translation-title")).setValue("ምስ ተርጓሚ ምስራሕ");
    type("translation-body", "ጽሑፍ");
    _get(Checkbox.class, spec -> spec.withId("translation-reviewed")).setValue(true);
    select("translation-language").setValue(Language.FA);
    type("translation-summary", "خلاصه");

    click("save");
    assertThat(current(item).workingRevision()).as("Farsi has no title: refused").isEmpty();
    _get(TextField.class, spec -> spec.withId("translation-title")).setValue("کار با مترجم");
    click("save");

    Map<Language, ItemTranslation> saved =
        current(item).workingRevision().orElseThrow().content().translations();
    assertThat(saved.get(Language.TI))
        .isEqualTo(new ItemTranslation("ምስ ተርጓሚ ምስራሕ", "", "ጽሑፍ", TranslationStatus.REVIEWED));
    assertThat(saved.get(Language.FA).status())
        .isEqualTo(TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW);
  }

  @Test
  void professionalsHaveNoEditorialDesk() {
    portal.signInAs("sanne");

    UI.getCurrent().navigate("redactie");

    assertThat(_find(EditorialView.class)).isEmpty();
  }
}
