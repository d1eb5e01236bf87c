package nl.brug.ui.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.brug.ui.assessment.AssessmentSteps.ZWOLLE;
import static nl.brug.ui.assessment.AssessmentSteps.ZWOLLE_ZUID;
import static nl.brug.ui.assessment.AssessmentSteps.click;
import static nl.brug.ui.assessment.AssessmentSteps.everything;
import static nl.brug.ui.assessment.AssessmentSteps.open;
import static nl.brug.ui.assessment.AssessmentSteps.openRound;
import static nl.brug.ui.assessment.AssessmentSteps.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.UUID;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.ActionStatus;
import nl.brug.content.assessment.TemplateDocument;
import nl.brug.content.organisation.entity.Member;
import nl.brug.ui.shell.PortalHarnessAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Action points after a round: the team lead writes them down (a due date in the past is refused in
 * Dutch, nothing typed is lost), overdue ones say "te laat", the owner moves the status, a change
 * made elsewhere first is said, and the team lead removes after confirming.
 */
class ActionPointsTest {

  private final PortalHarnessAccess portal = new PortalHarnessAccess();
  private UUID round;

  @BeforeEach
  void start() {
    portal.start();
    round =
        portal
            .assessment()
            .seedRound(ZWOLLE, ZWOLLE_ZUID, "Voorjaar 2027", LocalDate.of(2027, 3, 22));
    portal.assessment().seedHandedIn(round, "sanne", everything(true));
    portal.assessment().seedHandedIn(round, "marieke", everything(true));
    portal.assessment().seedHandedIn(round, "kees", everything(false));
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  @SuppressWarnings("unchecked")
  private static <T> Select<T> select(String id) {
    return _get(Select.class, spec -> spec.withId(id));
  }

  private ActionPoint seed(String description, LocalDate dueOn, ActionStatus status) {
    return portal
        .actionPoints()
        .seed(round, "samenstelling", description, "sanne", "Sanne de Vries", dueOn, status);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theTeamLeadAddsAnActionPoint_aDueDateInThePastIsRefusedInDutch_andNothingTypedIsLost() {
    portal.signInAs("marieke");
    openRound(round);
    Select<TemplateDocument.Dimension> dimension = select("action-dimension");
    assertThat(dimension.getValue().name())
        .as("the weakest dimension first")
        .isEqualTo("Samenstelling van het team");
    Select<Member> owner = select("action-owner");
    assertThat(owner.getValue().getUsername())
        .as("the team lead unless changed")
        .isEqualTo("marieke");
    dimension.setValue(
        dimension
            .getListDataView()
            .getItems()
            .filter(d -> d.code().equals("toegankelijkheid"))
            .findFirst()
            .orElseThrow());
    Select<TemplateDocument.Item> statement = select("action-statement");
    assertThat(statement.getListDataView().getItems().map(TemplateDocument.Item::key))
        .as("statements of the chosen dimension")
        .contains("toegankelijkheid-tolken")
        .noneMatch(key -> key.startsWith("samenstelling"));
    statement.setValue(
        statement
            .getListDataView()
            .getItems()
            .filter(i -> i.key().equals("toegankelijkheid-tolken"))
            .findFirst()
            .orElseThrow());
    _get(TextArea.class, spec -> spec.withId("action-description"))
        .setValue("Afspraken over tolken vastleggen in het werkoverleg");
    owner.setValue(
        owner
            .getListDataView()
            .getItems()
            .filter(m -> m.getUsername().equals("sanne"))
            .findFirst()
            .orElseThrow());
    MultiSelectComboBox<ToolkitLinks.Link> tools =
        _get(MultiSelectComboBox.class, spec -> spec.withId("action-toolkit"));
    tools.select(
        tools
            .getListDataView()
            .getItems()
            .filter(l -> l.slug().equals("tolk"))
            .findFirst()
            .orElseThrow());
    DatePicker due = _get(DatePicker.class, spec -> spec.withId("action-due"));
    assertThat(due.getValue()).as("six weeks ahead").isEqualTo(LocalDate.of(2027, 4, 12));
    due.setValue(LocalDate.of(2027, 2, 1));

    click("add-action-point");

    assertThat(text("action-point-error")).isEqualTo("De streefdatum ligt in het verleden.");
    assertThat(portal.actionPoints().all()).isEmpty();
    assertThat(_get(TextArea.class, spec -> spec.withId("action-description")).getValue())
        .isEqualTo("Afspraken over tolken vastleggen in het werkoverleg");

    _get(DatePicker.class, spec -> spec.withId("action-due")).setValue(LocalDate.of(2027, 4, 15));
    click("add-action-point");

    assertThat(_find(Paragraph.class, spec -> spec.withId("action-point-error")))
        .as("no error any more")
        .isEmpty();
    ActionPoint added = portal.actionPoints().all().get(0);
    assertThat(added.owner()).isEqualTo("sanne");
    assertThat(added.itemKey()).hasValue("toegankelijkheid-tolken");
    assertThat(added.toolkitSlugs()).containsExactly("tolk");
    assertThat(text("action-" + added.id()))
        .contains(
            "Afspraken over tolken vastleggen in het werkoverleg",
            "Toegankelijkheid en bereik — ",
            "Eigenaar: Sanne de Vries · streefdatum: 15 april 2027",
            "Werken met een tolk")
        .doesNotContain("te laat");
    RouterLink tool =
        _get(
            _get(Div.class, spec -> spec.withId("action-" + added.id())),
            RouterLink.class,
            spec -> spec.withText("Werken met een tolk"));
    assertThat(tool.getHref()).isEqualTo("toolkit/" + portal.toolkit().interpreter.getId());
    assertThat(_get(TextArea.class, spec -> spec.withId("action-description")).getValue())
        .as("ready for the next one")
        .isEmpty();
  }

  @Test
  void anOverdueActionPoint_saysTeLaat_inWordsAndNotOnlyInColour_onTheTeamPage() {
    ActionPoint late = seed("Talenoverzicht maken", LocalDate.of(2027, 2, 15), ActionStatus.OPEN);
    ActionPoint done = seed("Vacaturetekst herzien", LocalDate.of(2027, 2, 10), ActionStatus.DONE);
    portal.signInAs("sanne");

    open("zelfevaluatie");

    Div card = _get(Div.class, spec -> spec.withId("action-" + late.id()));
    assertThat(card.getClassNames()).contains("brug-action-overdue");
    assertThat(card.getElement().getTextRecursively()).contains("te laat", "15 februari 2027");
    assertThat(text("action-" + done.id())).doesNotContain("te laat").contains("Afgerond");
    assertThat(_get(card, RouterLink.class, spec -> spec.withText("Naar de ronde")).getHref())
        .isEqualTo("zelfevaluatie/ronde/" + round);
  }

  @Test
  void theOwnerMovesTheStatus_andAChangeMadeElsewhereFirstIsSaidInDutch() {
    ActionPoint point = seed("Talenoverzicht maken", LocalDate.of(2027, 4, 15), ActionStatus.OPEN);
    portal.signInAs("sanne");
    openRound(round);

    HasValueUtilsKt._setValue(select("status-" + point.id()), ActionStatus.IN_PROGRESS);
    assertThat(portal.actionPoints().all().get(0).status()).isEqualTo(ActionStatus.IN_PROGRESS);

    portal.actionPoints().changedElsewhere(point.id());
    HasValueUtilsKt._setValue(select("status-" + point.id()), ActionStatus.DONE);

    assertThat(text("action-point-problem"))
        .contains("Iemand anders heeft dit actiepunt intussen veranderd");
    assertThat(portal.actionPoints().all().get(0).status()).isEqualTo(ActionStatus.IN_PROGRESS);
    click("reload-action-points");
    assertThat(_find(Div.class, spec -> spec.withId("action-point-problem"))).isEmpty();
    assertThat(ActionPointsTest.<ActionStatus>select("status-" + point.id()).getValue())
        .isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(
            _find(
                com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("remove-" + point.id())))
        .as("only the team lead removes")
        .isEmpty();
  }

  @Test
  void aMemberWhoIsNotTheOwner_onlyReadsTheStatus() {
    ActionPoint point = seed("Talenoverzicht maken", LocalDate.of(2027, 4, 15), ActionStatus.OPEN);
    portal.signInAs("kees");
    openRound(round);

    assertThat(_find(Select.class, spec -> spec.withId("status-" + point.id()))).isEmpty();
    assertThat(text("action-" + point.id())).contains("Status: Open");
    assertThat(_find(Div.class, spec -> spec.withId("action-point-form"))).isEmpty();
  }

  @Test
  void theTeamLeadRemovesAnActionPoint_afterConfirming() {
    ActionPoint point = seed("Talenoverzicht maken", LocalDate.of(2027, 4, 15), ActionStatus.OPEN);
    portal.signInAs("marieke");
    openRound(round);

    click("remove-" + point.id());
    ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-remove"));
    ConfirmDialogKt._fireConfirm(confirm);

    assertThat(portal.actionPoints().all()).isEmpty();
    assertThat(_find(Div.class, spec -> spec.withId("action-" + point.id()))).isEmpty();
    assertThat(text("action-points")).contains("Nog geen actiepunten.");
  }

  @Test
  void theTeamLeadChangesAnActionPoint_inADialogFilledInWithIt_keepingItsStatus() {
    ActionPoint point =
        seed("Talenoverzicht maken", LocalDate.of(2027, 4, 15), ActionStatus.IN_PROGRESS);
    portal.signInAs("marieke");
    openRound(round);

    click("change-" + point.id());
    TextArea description = _get(TextArea.class, spec -> spec.withId("edit-action-description"));
    assertThat(description.getValue()).isEqualTo("Talenoverzicht maken");
    assertThat(_get(DatePicker.class, spec -> spec.withId("edit-action-due")).getValue())
        .isEqualTo(LocalDate.of(2027, 4, 15));
    HasValueUtilsKt._setValue(description, "Talenoverzicht maken en delen met de intake");
    HasValueUtilsKt._setValue(
        _get(DatePicker.class, spec -> spec.withId("edit-action-due")), LocalDate.of(2027, 5, 1));
    click("save-action-point");

    ActionPoint changed = portal.actionPoints().all().get(0);
    assertThat(changed.description()).isEqualTo("Talenoverzicht maken en delen met de intake");
    assertThat(changed.dueOn()).isEqualTo(LocalDate.of(2027, 5, 1));
    assertThat(changed.status()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(text("action-" + point.id())).contains("en delen met de intake", "1 mei 2027");
    assertThat(_find(TextArea.class, spec -> spec.withId("edit-action-description"))).isEmpty();
  }

  @Test
  void aChangeAfterSomeoneElseChangedItFirst_isRefusedInDutch_andKeepsWhatWasTyped() {
    ActionPoint point = seed("Talenoverzicht maken", LocalDate.of(2027, 4, 15), ActionStatus.OPEN);
    portal.signInAs("marieke");
    openRound(round);
    click("change-" + point.id());
    TextArea description = _get(TextArea.class, spec -> spec.withId("edit-action-description"));
    HasValueUtilsKt._setValue(description, "Mijn nieuwe tekst");

    portal.actionPoints().changedElsewhere(point.id());
    click("save-action-point");

    assertThat(text("edit-action-point-error"))
        .contains("Iemand anders heeft dit actiepunt intussen veranderd");
    assertThat(description.getValue()).isEqualTo("Mijn nieuwe tekst");
    assertThat(portal.actionPoints().all().get(0).description()).isEqualTo("Talenoverzicht maken");

    // closing and choosing Wijzigen again starts from the other change, so saving works
    _get(com.vaadin.flow.component.dialog.Dialog.class).close();
    click("change-" + point.id());
    HasValueUtilsKt._setValue(
        _get(TextArea.class, spec -> spec.withId("edit-action-description")), "Mijn nieuwe tekst");
    click("save-action-point");
    assertThat(portal.actionPoints().all().get(0).description()).isEqualTo("Mijn nieuwe tekst");
  }

  @Test
  void onlyTheTeamLeadMayChangeAnActionPoint() {
    ActionPoint point = seed("Talenoverzicht maken", LocalDate.of(2027, 4, 15), ActionStatus.OPEN);
    portal.signInAs("sanne");
    openRound(round);

    assertThat(
            _find(
                com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("change-" + point.id())))
        .isEmpty();
  }
}
