package nl.brug.ui.assessment;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.assessment.Answer;
import nl.brug.content.assessment.AssessmentService;
import nl.brug.content.assessment.InvalidAssessmentInputException;
import nl.brug.content.assessment.MyAnswers;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.TemplateDocument;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.ui.i18n.RefusalMessages;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/**
 * A member answers the statements of a round, per dimension. Every choice is saved at once; the
 * page says when it was saved or why not, and never drops a choice without saying so. Handing in
 * asks for confirmation; after that, or once the round closed, the answers are shown read-only.
 */
@Route(value = "zelfevaluatie/ronde/:" + RoundView.ID + "/invullen", layout = MainLayout.class)
@RolesAllowed({
  Role.Names.PROFESSIONAL,
  Role.Names.TEAM_LEAD,
  Role.Names.COORDINATOR,
  Role.Names.EXPERT,
  Role.Names.ADMIN
})
@CdiComponent
public class AnswerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient AssessmentService assessment;
  private final transient ToolkitService toolkit;
  private final Clock clock;
  private final Caller caller;
  private UUID roundId;
  private RoundSummary round;
  private MyAnswers mine;
  private int statements;
  private final Map<String, StatementField> fields = new LinkedHashMap<>();
  private final Map<String, Answer> unsaved = new LinkedHashMap<>();
  private final Paragraph state = new Paragraph();
  private final AnswerStatusBar status = new AnswerStatusBar(this::reloadAnswers);
  private final Paragraph incomplete = new Paragraph();
  private final Button submit = new Button();
  private String title = "Zelfevaluatie | Brug";

  @Inject
  public AnswerView(AssessmentService assessment, ToolkitService toolkit, Clock clock) {
    this.assessment = assessment;
    this.toolkit = toolkit;
    this.clock = clock;
    this.caller = SignedInUser.require();
    addClassName("brug-content");
    configureStatus();
  }

  private void configureStatus() {
    state.setId("answer-state");
    state.addClassName("brug-callout");
    incomplete.setId("unanswered-warning");
    submit.setText(getTranslation("assessment.answer.submit"));
    submit.setId("submit-answers");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(click -> confirmSubmit());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    roundId = RoundView.roundId(event).orElse(null);
    TemplateDocument checklist;
    try {
      round = assessment.round(caller, roundId);
      checklist = assessment.checklist(caller, roundId);
    } catch (UnknownResourceException notFound) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    removeAll();
    title = getTranslation("assessment.answer.pageTitle", round.period());
    add(new H2(getTranslation("assessment.answer.title", round.period())));
    add(
        new RouterLink(
            getTranslation("assessment.toRound"), RoundView.class, RoundView.of(roundId)));
    try {
      mine = assessment.myAnswers(caller, roundId);
    } catch (ActionNotAllowedException notAMember) {
      add(new Paragraph(getTranslation("assessment.answer.membersOnly")));
      return;
    }
    build(checklist);
  }

  private void build(TemplateDocument checklist) {
    statements = checklist.itemCount();
    add(new Paragraph(checklist.introduction()), state, status);
    ToolkitLinks links = new ToolkitLinks(toolkit, caller);
    for (TemplateDocument.Dimension dimension : checklist.dimensions()) {
      Div section = new Div(new H3(dimension.name()));
      section.setId("dimension-" + dimension.code());
      if (!dimension.description().isBlank()) {
        section.add(new Paragraph(dimension.description()));
      }
      for (TemplateDocument.Item item : dimension.items()) {
        StatementField field = new StatementField(item, links, this::save);
        fields.put(item.key(), field);
        section.add(field);
      }
      add(section);
    }
    add(incomplete, submit);
    status.say(
        getTranslation(
            mine.version() == AssessmentService.NOTHING_SAVED
                ? "assessment.answer.autosave"
                : "assessment.answer.loaded"),
        false);
    show();
  }

  /** Saves one choice at once, on the version last seen. */
  private void save(String key, Answer answer) {
    try {
      mine = assessment.saveAnswers(caller, roundId, Map.of(key, answer), mine.version());
      unsaved.remove(key);
      status.say(
          getTranslation("assessment.answer.saved", DutchDates.time(clock.instant())), false);
      showProgress();
    } catch (ConflictException | StaleVersionException | InvalidAssessmentInputException refused) {
      // saved elsewhere (StaleVersionException), the round closed, or handed in meanwhile
      notSaved(key, answer, RefusalMessages.text(refused, this));
    }
  }

  private void notSaved(String key, Answer answer, String why) {
    unsaved.put(key, answer);
    fields.get(key).notSaved(answer);
    status.say(getTranslation("assessment.answer.saveFailed", why), true);
  }

  /**
   * Reads the answers as saved now. Choices that were not saved are not put back silently: each is
   * marked at its statement with what was chosen, so that the member can choose again.
   */
  private void reloadAnswers() {
    round = assessment.round(caller, roundId);
    mine = assessment.myAnswers(caller, roundId);
    show();
    unsaved.forEach((key, answer) -> fields.get(key).notSaved(answer));
    status.say(
        unsaved.isEmpty()
            ? getTranslation("assessment.answer.reloaded")
            : getTranslation("assessment.answer.reloadedUnsaved", unsaved.size()),
        false);
    unsaved.clear();
  }

  private void show() {
    fields.forEach((key, field) -> field.show(mine.answers().get(key)));
    boolean changeable = changeable();
    fields.values().forEach(field -> field.setReadOnly(!changeable));
    submit.setVisible(changeable);
    state.setVisible(!changeable);
    if (mine.submittedAt().isPresent()) {
      state.setText(
          getTranslation(
              "assessment.answer.handedIn",
              DutchDates.date(mine.submittedAt().get()),
              DutchDates.time(mine.submittedAt().get())));
    } else if (!round.open()) {
      state.setText(getTranslation("assessment.answer.closed", DutchDates.date(round.closesOn())));
    }
    showProgress();
  }

  private boolean changeable() {
    return round.open() && mine.submittedAt().isEmpty();
  }

  private void showProgress() {
    int answered = mine.answers().size();
    status.progress(answered, statements);
    incomplete.setText(
        getTranslation("assessment.answer.incomplete", statements - answered, statements));
    incomplete.setVisible(changeable() && answered < statements);
  }

  private void confirmSubmit() {
    int answered = mine.answers().size();
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId("confirm-submit");
    confirm.setHeader(getTranslation("assessment.answer.confirmTitle"));
    confirm.setText(
        answered < statements
            ? getTranslation("assessment.answer.confirmIncomplete", answered, statements)
            : getTranslation("assessment.answer.confirmText"));
    confirm.setConfirmText(getTranslation("assessment.answer.submit"));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("assessment.answer.notYet"));
    confirm.addConfirmListener(confirmed -> handIn());
    confirm.open();
  }

  private void handIn() {
    try {
      mine = assessment.submit(caller, roundId, mine.version());
      status.say(getTranslation("assessment.answer.thanks"), false);
      show();
    } catch (ConflictException | StaleVersionException refused) {
      status.say(
          getTranslation("assessment.answer.submitFailed", RefusalMessages.text(refused, this)),
          true);
    }
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
