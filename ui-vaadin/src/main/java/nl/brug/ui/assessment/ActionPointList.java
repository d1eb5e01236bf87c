package nl.brug.ui.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.ActionPointService;
import nl.brug.content.assessment.ActionStatus;
import nl.brug.content.assessment.InvalidAssessmentInputException;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.ui.i18n.RefusalMessages;

/**
 * A team's action points, what needs doing first: what, about which dimension or statement, who,
 * when, where it stands and the tools that help. Overdue ones say "te laat" in words and with an
 * icon, not only in colour. The owner and the team lead move the status; the team lead removes. A
 * change someone else made first is said in Dutch, with a button to read the list again.
 */
final class ActionPointList extends Div {

  private static final long serialVersionUID = 1L;

  private final transient ActionPointService service;
  private final Caller caller;
  private final transient Supplier<List<ActionPoint>> source;
  private final transient Function<ActionPoint, String> about;
  private final transient ToolkitLinks toolkit;
  private final boolean linkToRound;
  private final Div points = new Div();
  private final Div problem = new Div();
  private final Paragraph problemText = new Paragraph();
  private transient Consumer<ActionPoint> change;

  ActionPointList(
      ActionPointService service,
      Caller caller,
      Supplier<List<ActionPoint>> source,
      Function<ActionPoint, String> about,
      ToolkitLinks toolkit,
      boolean linkToRound) {
    this.service = service;
    this.caller = caller;
    this.source = source;
    this.about = about;
    this.toolkit = toolkit;
    this.linkToRound = linkToRound;
    points.setId("action-points");
    problem.setId("action-point-problem");
    problem.addClassName("brug-problem");
    problem.getElement().setAttribute("role", "alert");
    Button reload = new Button(getTranslation("assessment.answer.reload"), click -> refresh());
    reload.setId("reload-action-points");
    problem.add(problemText, reload);
    problem.setVisible(false);
    add(problem, points);
    refresh();
  }

  /**
   * Gives the team lead a "Wijzigen" button on each action point, which hands it to {@code change}.
   */
  void changeWith(Consumer<ActionPoint> change) {
    this.change = change;
    refresh();
  }

  void refresh() {
    problem.setVisible(false);
    points.removeAll();
    List<ActionPoint> all = source.get();
    if (all.isEmpty()) {
      points.add(new Paragraph(getTranslation("assessment.actions.none")));
    }
    all.forEach(point -> points.add(card(point)));
  }

  private Div card(ActionPoint point) {
    Div card = new Div();
    card.setId("action-" + point.id());
    card.addClassName("brug-action");
    Paragraph description = new Paragraph(point.description());
    description.addClassName("brug-action-description");
    card.add(description);
    if (point.overdue()) {
      card.addClassName("brug-action-overdue");
      Span late =
          new Span(
              VaadinIcon.WARNING.create(), new Span(getTranslation("assessment.actions.late")));
      late.addClassName("brug-overdue");
      card.add(late);
    }
    card.add(
        new Paragraph(getTranslation("assessment.actions.about", about.apply(point))),
        new Paragraph(
            getTranslation(
                "assessment.actions.ownerDue", point.ownerName(), DutchDates.date(point.dueOn()))));
    HorizontalLayout controls = new HorizontalLayout();
    controls.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    controls.add(status(point));
    if (teamLead(point) && change != null) {
      Button edit =
          new Button(getTranslation("assessment.actions.change"), click -> change.accept(point));
      edit.setId("change-" + point.id());
      edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      controls.add(edit);
    }
    if (teamLead(point)) {
      controls.add(removeButton(point));
    }
    if (linkToRound) {
      point
          .roundId()
          .ifPresent(
              round ->
                  controls.add(
                      new RouterLink(
                          getTranslation("assessment.toRound"),
                          RoundView.class,
                          RoundView.of(round))));
    }
    card.add(
        toolkit.linksTo(point.toolkitSlugs(), getTranslation("assessment.actions.helps")),
        controls);
    return card;
  }

  private com.vaadin.flow.component.Component status(ActionPoint point) {
    if (!mayChangeStatus(point)) {
      return new Span(getTranslation("assessment.actions.status", point.status().label()));
    }
    Select<ActionStatus> status = new Select<>();
    status.setId("status-" + point.id());
    status.setLabel(getTranslation("assessment.actions.statusLabel"));
    status.setItems(ActionStatus.values());
    status.setItemLabelGenerator(ActionStatus::label);
    status.setValue(point.status());
    status.addValueChangeListener(
        change -> {
          if (change.isFromClient() && change.getValue() != null) {
            attempt(
                () -> service.changeStatus(caller, point.id(), change.getValue(), point.version()));
          }
        });
    return status;
  }

  private Button removeButton(ActionPoint point) {
    Button remove = new Button(getTranslation("assessment.actions.remove"));
    remove.setId("remove-" + point.id());
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    remove.addClickListener(
        click -> {
          ConfirmDialog confirm = new ConfirmDialog();
          confirm.setId("confirm-remove");
          confirm.setHeader(getTranslation("assessment.actions.removeTitle"));
          confirm.setText(point.description());
          confirm.setCancelable(true);
          confirm.setCancelText(getTranslation("assessment.cancel"));
          confirm.setConfirmText(getTranslation("assessment.actions.remove"));
          confirm.setConfirmButtonTheme("error primary");
          confirm.addConfirmListener(
              confirmed -> attempt(() -> service.remove(caller, point.id(), point.version())));
          confirm.open();
        });
    return remove;
  }

  /** Runs a change and shows the list as it is now; a refusal is said, and nothing is lost. */
  private void attempt(Runnable change) {
    try {
      change.run();
      refresh();
    } catch (ConflictException | StaleVersionException | InvalidAssessmentInputException refused) {
      refuse(RefusalMessages.text(refused, this));
    } catch (ActionNotAllowedException notAllowed) {
      refuse(getTranslation("assessment.actions.notAllowed"));
    } catch (UnknownResourceException gone) {
      refuse(getTranslation("assessment.actions.gone"));
    }
  }

  private void refuse(String message) {
    problemText.setText(message);
    problem.setVisible(true);
  }

  private boolean teamLead(ActionPoint point) {
    return AccessPolicy.mayManageActionPoints(caller, point.municipalityCode(), point.teamCode());
  }

  private boolean mayChangeStatus(ActionPoint point) {
    return AccessPolicy.mayChangeActionPointStatus(
        caller, point.municipalityCode(), point.teamCode(), point.owner());
  }
}
