package nl.brug.ui.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.brug.content.assessment.ActionPointInput;
import nl.brug.content.assessment.ActionPointService;
import nl.brug.content.assessment.ActionStatus;
import nl.brug.content.assessment.TemplateDocument;
import nl.brug.content.organisation.entity.Member;

/**
 * The team lead writes down an action point, or changes one: about a dimension (and maybe one
 * statement of it), what, who, when, and the tools that help. The form hands the input on and gets
 * back what was refused, if anything: that is shown above the button, and everything typed stays.
 */
final class ActionPointForm extends Div {

  private static final long serialVersionUID = 1L;

  static final int MAX_DESCRIPTION = ActionPointService.MAX_DESCRIPTION;

  static final int WEEKS_TO_DUE = 6;

  private final Select<TemplateDocument.Dimension> dimension = new Select<>();
  private final Select<TemplateDocument.Item> statement = new Select<>();
  private final TextArea description = new TextArea();
  private final Select<Member> owner = new Select<>();
  private final DatePicker dueOn;
  private final MultiSelectComboBox<ToolkitLinks.Link> tools = new MultiSelectComboBox<>();
  private final Paragraph problem = new Paragraph();
  private final LocalDate today;
  private final boolean changing;
  private ActionStatus status = ActionStatus.OPEN;

  /** A form for a new action point ({@code add-action-point} and fields {@code action-…}). */
  ActionPointForm(
      TemplateDocument checklist,
      Optional<String> suggestedDimension,
      List<Member> team,
      Optional<Member> self,
      List<ToolkitLinks.Link> toolkit,
      LocalDate today,
      Function<ActionPointInput, Optional<String>> add) {
    this(checklist, suggestedDimension, team, self, toolkit, today, add, false);
  }

  /**
   * A form filled in with an action point to change ({@code save-action-point} and fields {@code
   * edit-action-…}); its status stays as it is.
   */
  static ActionPointForm changing(
      nl.brug.content.assessment.ActionPoint point,
      TemplateDocument checklist,
      List<Member> team,
      List<ToolkitLinks.Link> toolkit,
      LocalDate today,
      Function<ActionPointInput, Optional<String>> save) {
    ActionPointForm form =
        new ActionPointForm(
            checklist,
            Optional.of(point.dimensionCode()),
            team,
            team.stream().filter(m -> m.getUsername().equals(point.owner())).findFirst(),
            toolkit,
            today,
            save,
            true);
    form.status = point.status();
    point
        .itemKey()
        .flatMap(
            key ->
                checklist.dimensions().stream()
                    .flatMap(d -> d.items().stream())
                    .filter(i -> i.key().equals(key))
                    .findFirst())
        .ifPresent(form.statement::setValue);
    form.description.setValue(point.description());
    // a due date that passed stays as it was; only a new one must lie ahead
    form.dueOn.setMin(point.dueOn().isBefore(today) ? point.dueOn() : today);
    form.dueOn.setValue(point.dueOn());
    form.tools.setValue(
        toolkit.stream().filter(l -> point.toolkitSlugs().contains(l.slug())).toList());
    return form;
  }

  private ActionPointForm(
      TemplateDocument checklist,
      Optional<String> suggestedDimension,
      List<Member> team,
      Optional<Member> self,
      List<ToolkitLinks.Link> toolkit,
      LocalDate today,
      Function<ActionPointInput, Optional<String>> add,
      boolean changing) {
    this.today = today;
    this.changing = changing;
    String prefix = changing ? "edit-action" : "action";
    setId(prefix + "-point-form");
    addClassName("brug-card");
    dimension.setId(prefix + "-dimension");
    dimension.setLabel(getTranslation("assessment.actions.dimension"));
    dimension.setItems(checklist.dimensions());
    dimension.setItemLabelGenerator(d -> d == null ? "" : d.name());
    dimension.setRequiredIndicatorVisible(true);
    dimension.addValueChangeListener(change -> showStatements(change.getValue()));
    statement.setId(prefix + "-statement");
    statement.setLabel(getTranslation("assessment.actions.statement"));
    statement.setEmptySelectionAllowed(true);
    statement.setEmptySelectionCaption(getTranslation("assessment.actions.wholeDimension"));
    statement.setItemLabelGenerator(i -> i == null ? "" : i.statement());
    statement.setWidthFull();
    suggestedDimension
        .flatMap(
            code -> checklist.dimensions().stream().filter(d -> d.code().equals(code)).findFirst())
        .ifPresent(dimension::setValue);
    description.setId(prefix + "-description");
    description.setLabel(getTranslation("assessment.actions.description"));
    description.setMaxLength(MAX_DESCRIPTION);
    description.setRequired(true);
    description.setWidthFull();
    owner.setId(prefix + "-owner");
    owner.setLabel(getTranslation("assessment.actions.owner"));
    owner.setItems(team);
    owner.setItemLabelGenerator(m -> m == null ? "" : m.getDisplayName());
    owner.setRequiredIndicatorVisible(true);
    self.ifPresent(owner::setValue);
    dueOn =
        DutchDates.picker(
            getTranslation("assessment.actions.dueOn"), today, today.plusWeeks(WEEKS_TO_DUE));
    dueOn.setId(prefix + "-due");
    tools.setId(prefix + "-toolkit");
    tools.setLabel(getTranslation("assessment.actions.toolkit"));
    tools.setItems(toolkit);
    tools.setItemLabelGenerator(ToolkitLinks.Link::title);
    tools.setWidthFull();
    problem.setId(prefix + "-point-error");
    problem.addClassName("brug-problem");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    Button save =
        new Button(
            getTranslation(changing ? "assessment.actions.save" : "assessment.actions.add"),
            click -> add.apply(input()).ifPresentOrElse(this::refuse, this::added));
    save.setId(changing ? "save-action-point" : "add-action-point");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new H4(getTranslation(changing ? "assessment.actions.change" : "assessment.actions.new")),
        dimension,
        statement,
        description,
        new HorizontalLayout(owner, dueOn),
        tools,
        problem,
        save);
  }

  private void showStatements(TemplateDocument.Dimension chosen) {
    statement.setItems(chosen == null ? List.of() : chosen.items());
    statement.setValue(null);
  }

  private ActionPointInput input() {
    return new ActionPointInput(
        dimension.getValue() == null ? null : dimension.getValue().code(),
        Optional.ofNullable(statement.getValue()).map(TemplateDocument.Item::key),
        description.getValue(),
        owner.getValue() == null ? null : owner.getValue().getUsername(),
        dueOn.getValue(),
        status,
        tools.getSelectedItems().stream().map(ToolkitLinks.Link::slug).toList());
  }

  /** Says what the service refused; nothing typed is cleared. */
  private void refuse(String message) {
    problem.setText(message);
    problem.setVisible(true);
  }

  /** Ready for the next action point, keeping dimension and owner. */
  private void added() {
    problem.setVisible(false);
    if (changing) {
      return;
    }
    statement.setValue(null);
    description.clear();
    dueOn.setValue(today.plusWeeks(WEEKS_TO_DUE));
    tools.clear();
  }
}
