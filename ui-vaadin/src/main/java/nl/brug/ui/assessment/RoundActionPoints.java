package nl.brug.ui.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.ActionPointInput;
import nl.brug.content.assessment.ActionPointService;
import nl.brug.content.assessment.InvalidAssessmentInputException;
import nl.brug.content.assessment.RoundResults;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.TemplateDocument;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.content.organisation.entity.Member;
import nl.brug.ui.i18n.RefusalMessages;

/**
 * The action points that follow from a round, and for the team lead of its team a form to add one:
 * about the weakest dimension and by the team lead themselves unless they choose otherwise.
 */
final class RoundActionPoints extends Div {

  private static final long serialVersionUID = 1L;

  private final transient ActionPointService service;
  private final Caller caller;
  private final RoundSummary round;
  private final ActionPointList list;

  RoundActionPoints(
      ActionPointService service,
      Caller caller,
      RoundSummary round,
      TemplateDocument checklist,
      RoundResults results,
      List<Member> team,
      ToolkitLinks toolkit,
      LocalDate today) {
    this.service = service;
    this.caller = caller;
    this.round = round;
    setId("round-action-points");
    list =
        new ActionPointList(
            service,
            caller,
            () -> service.ofRound(caller, round.id()),
            point -> About.of(checklist, point),
            toolkit,
            false);
    add(new H3(getTranslation("assessment.actions.title")), list);
    if (AccessPolicy.mayManageActionPoints(caller, round.municipalityCode(), round.teamCode())) {
      list.changeWith(point -> change(point, checklist, team, toolkit.all(), today));
      add(
          new ActionPointForm(
              checklist,
              weakest(results),
              team,
              team.stream().filter(m -> m.getUsername().equals(caller.username())).findFirst(),
              toolkit.all(),
              today,
              this::add));
    }
  }

  /** The dimension with the lowest mean: where an action point helps most, likely. */
  private static Optional<String> weakest(RoundResults results) {
    return results.dimensions().stream()
        .filter(d -> d.score().mean().isPresent())
        .min(Comparator.comparingDouble(d -> d.score().mean().getAsDouble()))
        .map(d -> d.dimension().code());
  }

  /** Adds the action point, or says why not. */
  private Optional<String> add(ActionPointInput input) {
    try {
      service.add(caller, round.id(), input);
      list.refresh();
      return Optional.empty();
    } catch (InvalidAssessmentInputException | ConflictException | StaleVersionException refused) {
      return Optional.of(RefusalMessages.text(refused, this));
    } catch (ActionNotAllowedException notAllowed) {
      return Optional.of(getTranslation("assessment.actions.notAllowed"));
    }
  }

  /** The team lead changes an action point in a dialog; a refusal keeps everything typed. */
  private void change(
      ActionPoint point,
      TemplateDocument checklist,
      List<Member> team,
      List<ToolkitLinks.Link> toolkit,
      LocalDate today) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("assessment.actions.change"));
    dialog.setWidth("min(48rem, 95vw)");
    dialog.add(
        ActionPointForm.changing(
            point,
            checklist,
            team,
            toolkit,
            today,
            input -> {
              try {
                service.change(caller, point.id(), input, point.version());
                dialog.close();
                list.refresh();
                return Optional.empty();
              } catch (StaleVersionException changedElsewhere) {
                // the list behind the dialog shows the other change; reopening starts from it
                list.refresh();
                return Optional.of(
                    RefusalMessages.text(changedElsewhere, this)
                        + " "
                        + getTranslation("assessment.actions.changedElsewhereHint"));
              } catch (InvalidAssessmentInputException | ConflictException refused) {
                return Optional.of(RefusalMessages.text(refused, this));
              } catch (ActionNotAllowedException notAllowed) {
                return Optional.of(getTranslation("assessment.actions.notAllowed"));
              } catch (UnknownResourceException gone) {
                return Optional.of(getTranslation("assessment.actions.gone"));
              }
            }));
    Button cancel = new Button(getTranslation("assessment.cancel"), click -> dialog.close());
    dialog.getFooter().add(cancel);
    dialog.open();
  }
}
