package nl.brug.ui.assessment;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import nl.brug.content.assessment.Answer;
import nl.brug.content.assessment.TemplateDocument;

/**
 * One statement to answer: the statement as the group's label, its explanation as help text (read
 * out with it), the steps of its scale plus "niet van toepassing" and "weet ik niet", and the
 * toolkit items that help. A choice by the member is handed on at once (autosave).
 */
final class StatementField extends Div {

  private static final long serialVersionUID = 1L;

  private final TemplateDocument.Item item;
  private final RadioButtonGroup<Answer> choice = new RadioButtonGroup<>();

  StatementField(
      TemplateDocument.Item item, ToolkitLinks toolkit, BiConsumer<String, Answer> chosen) {
    this.item = item;
    addClassName("brug-statement");
    choice.setId("answer-" + item.key());
    choice.setLabel(item.statement());
    choice.setHelperText(item.explanation());
    List<Answer> answers = new ArrayList<>();
    item.scale().steps().forEach(step -> answers.add(Answer.step(step.value())));
    answers.add(Answer.NOT_APPLICABLE);
    answers.add(Answer.DONT_KNOW);
    choice.setItems(answers);
    choice.setItemLabelGenerator(answer -> capitalised(answer.label(item.scale())));
    choice.addValueChangeListener(
        change -> {
          if (change.isFromClient() && change.getValue() != null) {
            choice.setInvalid(false);
            chosen.accept(item.key(), change.getValue());
          }
        });
    add(choice, toolkit.linksTo(item.toolkitSlugs(), getTranslation("assessment.answer.helps")));
  }

  /** Shows a saved answer without saving it again. */
  void show(Answer saved) {
    choice.setValue(saved);
  }

  /** Tells the member this choice was not saved, and what it was, so that they can choose again. */
  void notSaved(Answer chosen) {
    choice.setErrorMessage(
        getTranslation("assessment.answer.notSaved", chosen.label(item.scale())));
    choice.setInvalid(true);
  }

  void setReadOnly(boolean readOnly) {
    choice.setReadOnly(readOnly);
  }

  static String capitalised(String label) {
    return label.isEmpty()
        ? label
        : label.substring(0, 1).toUpperCase(Locale.forLanguageTag("nl-NL")) + label.substring(1);
  }
}
