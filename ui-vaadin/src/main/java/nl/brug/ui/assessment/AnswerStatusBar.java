package nl.brug.ui.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * Stays in view while a member answers: how many statements are answered, whether the last choice
 * was saved (read out by screen readers as it changes), and, after a refusal, "Opnieuw laden".
 */
final class AnswerStatusBar extends Div {

  private static final long serialVersionUID = 1L;

  private final Span progressText = new Span();
  private final ProgressBar progress = new ProgressBar();
  private final Span status = new Span();
  private final Button reload = new Button();

  AnswerStatusBar(Runnable reloadAnswers) {
    addClassName("brug-answer-bar");
    progressText.setId("answer-progress-text");
    progress.setId("answer-progress");
    status.setId("save-status");
    status.getElement().setAttribute("role", "status");
    status.getElement().setAttribute("aria-live", "polite");
    reload.setText(getTranslation("assessment.answer.reload"));
    reload.setId("reload-answers");
    reload.setVisible(false);
    reload.addClickListener(click -> reloadAnswers.run());
    add(progressText, progress, status, reload);
  }

  void progress(int answered, int statements) {
    String text = getTranslation("assessment.answer.progress", answered, statements);
    progressText.setText(text);
    progress.setValue(statements == 0 ? 0 : answered / (double) statements);
    progress.getElement().setAttribute("aria-label", text);
  }

  /** Says how saving went; a refusal also offers to read the answers again. */
  void say(String text, boolean offerReload) {
    status.setText(text);
    reload.setVisible(offerReload);
  }
}
