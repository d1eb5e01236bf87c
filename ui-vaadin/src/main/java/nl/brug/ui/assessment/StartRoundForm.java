package nl.brug.ui.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The team lead starts a round: a name for the period and a closing date (three weeks from today
 * unless changed). Says which checklist version the round will use. The form hands the input on and
 * gets back what was refused, if anything; everything typed stays.
 */
final class StartRoundForm extends Div {

  private static final long serialVersionUID = 1L;

  static final int WEEKS_OPEN = 3;
  static final int MAX_PERIOD = 80;

  private final TextField period = new TextField();
  private final DatePicker closesOn;
  private final Paragraph problem = new Paragraph();

  StartRoundForm(
      String checklist, LocalDate today, BiFunction<String, LocalDate, Optional<String>> start) {
    setId("start-round-form");
    addClassName("brug-card");
    period.setId("round-period");
    period.setLabel(getTranslation("assessment.start.period"));
    period.setPlaceholder(getTranslation("assessment.start.periodExample"));
    period.setMaxLength(MAX_PERIOD);
    period.setRequired(true);
    closesOn =
        DutchDates.picker(
            getTranslation("assessment.start.closesOn"), today, today.plusWeeks(WEEKS_OPEN));
    closesOn.setId("round-closes-on");
    Paragraph version = new Paragraph(getTranslation("assessment.start.checklist", checklist));
    version.setId("start-round-checklist");
    problem.setId("start-round-error");
    problem.addClassName("brug-problem");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    Button go =
        new Button(
            getTranslation("assessment.start.button"),
            click ->
                start
                    .apply(period.getValue().strip(), closesOn.getValue())
                    .ifPresentOrElse(this::refuse, () -> problem.setVisible(false)));
    go.setId("start-round");
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout fields = new HorizontalLayout(period, closesOn);
    fields.setAlignItems(FlexComponent.Alignment.BASELINE);
    fields.getStyle().set("flex-wrap", "wrap");
    add(
        new H3(getTranslation("assessment.start.title")),
        new Paragraph(getTranslation("assessment.start.intro")),
        fields,
        version,
        problem,
        go);
  }

  private void refuse(String message) {
    problem.setText(message);
    problem.setVisible(true);
  }
}
