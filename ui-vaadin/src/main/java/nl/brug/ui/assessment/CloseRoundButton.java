package nl.brug.ui.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.brug.auth.caller.Caller;
import nl.brug.content.assessment.AssessmentService;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.ui.i18n.RefusalMessages;

/** "Ronde nu sluiten" for the team lead, after a confirmation that says what closing means. */
final class CloseRoundButton extends Button {

  private static final long serialVersionUID = 1L;

  CloseRoundButton(
      AssessmentService assessment, Caller caller, RoundSummary round, Runnable closed) {
    setText(getTranslation("assessment.close.button"));
    setId("close-round-" + round.id());
    addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    getElement()
        .setAttribute("aria-label", getTranslation("assessment.close.ariaLabel", round.period()));
    addClickListener(
        click -> {
          ConfirmDialog confirm = new ConfirmDialog();
          confirm.setId("confirm-close");
          confirm.setHeader(getTranslation("assessment.close.title", round.period()));
          confirm.setText(getTranslation("assessment.close.text", round.submitted()));
          confirm.setCancelable(true);
          confirm.setCancelText(getTranslation("assessment.cancel"));
          confirm.setConfirmText(getTranslation("assessment.close.confirm"));
          confirm.setConfirmButtonTheme("error primary");
          confirm.addConfirmListener(
              confirmed -> {
                try {
                  assessment.closeRound(caller, round.id());
                  Notification.show(
                          getTranslation("assessment.close.done", round.period()),
                          4000,
                          Notification.Position.BOTTOM_START)
                      .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (ConflictException | StaleVersionException refused) {
                  Notification.show(
                          RefusalMessages.text(refused, this), 8000, Notification.Position.MIDDLE)
                      .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                closed.run();
              });
          confirm.open();
        });
  }
}
