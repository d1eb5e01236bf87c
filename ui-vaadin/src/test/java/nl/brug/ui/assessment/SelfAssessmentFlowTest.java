package nl.brug.ui.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.brug.ui.assessment.AssessmentSteps.TODAY;
import static nl.brug.ui.assessment.AssessmentSteps.ZWOLLE;
import static nl.brug.ui.assessment.AssessmentSteps.ZWOLLE_ZUID;
import static nl.brug.ui.assessment.AssessmentSteps.choose;
import static nl.brug.ui.assessment.AssessmentSteps.click;
import static nl.brug.ui.assessment.AssessmentSteps.grid;
import static nl.brug.ui.assessment.AssessmentSteps.open;
import static nl.brug.ui.assessment.AssessmentSteps.openAnswers;
import static nl.brug.ui.assessment.AssessmentSteps.statement;
import static nl.brug.ui.assessment.AssessmentSteps.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.content.assessment.Answer;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.ui.shell.PortalHarnessAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A round from start to handing in: the team lead starts it, the team is asked to answer (on the
 * start page and the team page), a member's choices are saved at once and survive a reload, and
 * handing in is confirmed and final.
 */
class SelfAssessmentFlowTest {

  private final PortalHarnessAccess portal = new PortalHarnessAccess();

  @BeforeEach
  void start() {
    portal.start();
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  private UUID openRound() {
    return portal
        .assessment()
        .seedRound(ZWOLLE, ZWOLLE_ZUID, "Voorjaar 2027", LocalDate.of(2027, 3, 22));
  }

  @Test
  void theMenuItemLeadsToTheTeamPage() {
    portal.signInAs("sanne");
    open("");

    assertThat(_find(SideNavItem.class))
        .filteredOn(item -> item.getLabel().equals("Zelfevaluatie"))
        .singleElement()
        .extracting(SideNavItem::getPath)
        .isEqualTo("zelfevaluatie");
    assertThat(SelfAssessmentView.TEMPLATE_CODE)
        .as("the checklist Brug ships")
        .isEqualTo(AssessmentSteps.SHIPPED.code());
  }

  @Test
  void aTeamLeadStartsARound_closingInThreeWeeks_andTheTeamIsAskedToAnswer() {
    portal.signInAs("marieke");
    open("zelfevaluatie");
    DatePicker closesOn = _get(DatePicker.class, spec -> spec.withId("round-closes-on"));
    assertThat(closesOn.getValue()).isEqualTo(LocalDate.of(2027, 3, 22));
    assertThat(closesOn.getMin()).isEqualTo(TODAY);
    assertThat(closesOn.getI18n().getMonthNames()).startsWith("januari", "februari");
    assertThat(_get(TextField.class, spec -> spec.withId("round-period")).getPlaceholder())
        .isEqualTo("Voorjaar 2027");
    assertThat(text("start-round-checklist"))
        .contains("Diversiteitsscan voor sociale wijkteams, versie 1");

    _get(TextField.class, spec -> spec.withId("round-period")).setValue("Voorjaar 2027");
    click("start-round");

    RoundSummary round =
        portal.assessment().rounds(DemoAccounts.find("marieke").orElseThrow().caller()).get(0);
    assertThat(round.period()).isEqualTo("Voorjaar 2027");
    assertThat(GridKt._getFormattedRow(grid("rounds"), 0))
        .containsSubsequence(
            "Diversiteitsscan voor sociale wijkteams, versie 1",
            "22 maart 2027",
            "Open",
            "0 ingeleverd");
    assertThat(GridKt._getCellComponent(grid("rounds"), 0, "close"))
        .as("the team lead may close it early")
        .isInstanceOf(Button.class);

    portal.signInAs("sanne");
    open("");
    assertThat(text("call-to-action")).contains("Voorjaar 2027", "22 maart 2027");
    RouterLink fillIn = _get(RouterLink.class, spec -> spec.withId("fill-in-" + round.id()));
    assertThat(fillIn.getText()).isEqualTo("Vul je antwoorden in");
    open(fillIn.getHref());
    NavigatorKt.expectView(AnswerView.class);
  }

  @Test
  void aRoundWithoutPeriod_orClosingInThePast_isRefusedInDutch_keepingWhatWasTyped() {
    portal.signInAs("marieke");
    open("zelfevaluatie");

    click("start-round");
    assertThat(text("start-round-error")).startsWith("Geef de periode van de ronde een naam");

    _get(TextField.class, spec -> spec.withId("round-period")).setValue("Voorjaar 2027");
    _get(DatePicker.class, spec -> spec.withId("round-closes-on"))
        .setValue(LocalDate.of(2027, 2, 1));
    click("start-round");
    assertThat(text("start-round-error")).isEqualTo("De sluitingsdatum ligt in het verleden.");
    assertThat(_get(TextField.class, spec -> spec.withId("round-period")).getValue())
        .isEqualTo("Voorjaar 2027");
    assertThat(portal.assessment().roundIds()).isEmpty();
  }

  @Test
  void aProfessionalCannotStartARound() {
    openRound();
    portal.signInAs("sanne");
    open("zelfevaluatie");

    assertThat(_find(Div.class, spec -> spec.withId("start-round-form"))).isEmpty();
    assertThat(grid("rounds").getColumnByKey("close")).as("no closing").isNull();
  }

  @Test
  void theTeamLeadClosesARoundEarly_afterConfirming() {
    UUID round = openRound();
    portal.signInAs("marieke");
    open("zelfevaluatie");

    ButtonKt._click((Button) GridKt._getCellComponent(grid("rounds"), 0, "close"));
    ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-close"));
    assertThat(ConfirmDialogKt.getText(confirm)).contains("Daarna kan niemand meer antwoorden");
    ConfirmDialogKt._fireConfirm(confirm);

    assertThat(portal.assessment().round(caller("marieke"), round).open()).isFalse();
    assertThat(GridKt._getFormatted(grid("rounds"), 0, "state")).isEqualTo("Gesloten");
    assertThat(_find(Div.class, spec -> spec.withId("call-to-action"))).isEmpty();
  }

  @Test
  void aMembersChoice_isSavedAtOnce_saysWhen_andIsThereAfterReloading() {
    UUID round = openRound();
    portal.signInAs("sanne");
    openAnswers(round);
    assertThat(text("answer-progress-text")).isEqualTo("0 van 34 beantwoord");
    assertThat(RadioButtonsKt.getItemLabels(statement("samenstelling-talen")))
        .containsExactly(
            "Nog niet gestart",
            "In ontwikkeling",
            "Grotendeels gerealiseerd",
            "Verankerd",
            "Niet van toepassing",
            "Weet ik niet");
    assertThat(statement("samenstelling-talen").getHelperText()).isNotBlank();

    choose("samenstelling-talen", Answer.step(3));
    assertThat(portal.assessment().answersOf(round, "sanne"))
        .as("stored at once")
        .isEqualTo(Map.of("samenstelling-talen", Answer.step(3)));
    choose("samenstelling-perspectieven", Answer.DONT_KNOW);

    assertThat(portal.assessment().answersOf(round, "sanne"))
        .isEqualTo(
            Map.of(
                "samenstelling-talen",
                Answer.step(3),
                "samenstelling-perspectieven",
                Answer.DONT_KNOW));
    Span status = _get(Span.class, spec -> spec.withId("save-status"));
    assertThat(status.getText()).isEqualTo("Opgeslagen om 14:32");
    assertThat(status.getElement().getAttribute("aria-live")).isEqualTo("polite");
    assertThat(text("answer-progress-text")).isEqualTo("2 van 34 beantwoord");

    open("zelfevaluatie");
    openAnswers(round);

    assertThat(statement("samenstelling-talen").getValue()).isEqualTo(Answer.step(3));
    assertThat(statement("samenstelling-perspectieven").getValue()).isEqualTo(Answer.DONT_KNOW);
    assertThat(text("answer-progress-text")).isEqualTo("2 van 34 beantwoord");
  }

  @Test
  void aChoiceAfterAnotherTabSaved_isNotSaved_saysSo_andReloadingMarksItInsteadOfDroppingIt() {
    UUID round = openRound();
    portal.signInAs("sanne");
    openAnswers(round);
    choose("samenstelling-talen", Answer.step(2));
    portal
        .assessment()
        .savedInAnotherTab(round, "sanne", "toegankelijkheid-tolken", Answer.step(4));

    choose("samenstelling-werving", Answer.step(1));

    assertThat(text("save-status"))
        .startsWith("Opslaan mislukt: Je antwoorden zijn intussen ergens anders opgeslagen");
    assertThat(portal.assessment().answersOf(round, "sanne"))
        .doesNotContainKey("samenstelling-werving");
    assertThat(_get(Button.class, spec -> spec.withId("reload-answers")).isVisible()).isTrue();

    click("reload-answers");

    assertThat(statement("toegankelijkheid-tolken").getValue()).isEqualTo(Answer.step(4));
    assertThat(statement("samenstelling-werving").getValue()).as("not put back silently").isNull();
    assertThat(statement("samenstelling-werving").isInvalid()).isTrue();
    assertThat(statement("samenstelling-werving").getErrorMessage())
        .isEqualTo("Niet opgeslagen: je koos “nog niet gestart”. Kies opnieuw.");
    assertThat(text("save-status")).contains("1 keuze(s) waren niet opgeslagen");

    choose("samenstelling-werving", Answer.step(1));
    assertThat(portal.assessment().answersOf(round, "sanne"))
        .containsEntry("samenstelling-werving", Answer.step(1));
    assertThat(statement("samenstelling-werving").isInvalid()).isFalse();
  }

  @Test
  void handingIn_isConfirmed_warnsAboutOpenStatements_andThenTheAnswersAreReadOnly() {
    UUID round = openRound();
    portal.signInAs("sanne");
    openAnswers(round);
    choose("samenstelling-talen", Answer.step(4));
    assertThat(text("unanswered-warning")).startsWith("Nog 33 van de 34 stellingen open");

    click("submit-answers");
    ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-submit"));
    assertThat(ConfirmDialogKt.getText(confirm))
        .contains("Na inleveren kun je je antwoorden niet meer wijzigen", "1 van de 34");
    ConfirmDialogKt._fireConfirm(confirm);

    assertThat(portal.assessment().handedIn(round, "sanne")).isTrue();
    assertThat(text("answer-state"))
        .isEqualTo(
            "Je hebt je antwoorden ingeleverd op 1 maart 2027 om 14:32. Ze veranderen niet meer.");
    assertThat(statement("samenstelling-talen").isReadOnly()).isTrue();
    assertThat(_find(Button.class, spec -> spec.withId("submit-answers"))).isEmpty();

    open("");
    assertThat(_find(Div.class, spec -> spec.withId("call-to-action")))
        .as("no longer asked")
        .isEmpty();
  }

  @Test
  void aClosedRound_isShownReadOnly_withAClearMessage() {
    UUID round =
        portal
            .assessment()
            .seedRound(ZWOLLE, ZWOLLE_ZUID, "Najaar 2026", LocalDate.of(2027, 2, 20));
    portal.signInAs("sanne");

    openAnswers(round);

    assertThat(text("answer-state"))
        .isEqualTo(
            "Deze ronde is gesloten (sluitingsdatum 20 februari 2027). Antwoorden kan niet meer.");
    assertThat(statement("werkwijze-intake").isReadOnly()).isTrue();
    assertThat(_find(Button.class, spec -> spec.withId("submit-answers"))).isEmpty();
  }

  private static nl.brug.auth.caller.Caller caller(String username) {
    return DemoAccounts.find(username).orElseThrow().caller();
  }
}
