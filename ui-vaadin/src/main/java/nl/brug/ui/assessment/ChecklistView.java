package nl.brug.ui.assessment;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.assessment.ChecklistTemplates;
import nl.brug.content.assessment.InvalidTemplateException;
import nl.brug.content.assessment.TemplateDocument;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.ui.i18n.RefusalMessages;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/**
 * The vakgroep's checklist: the newest published version to read, statement by statement, and the
 * next version to publish. A published version never changes; rounds that are running keep theirs,
 * new rounds take the newest. The next version starts as a copy of the newest with the next number;
 * a mistake is named in Dutch and nothing typed is lost.
 */
@Route(value = "zelfevaluatie/checklist", layout = MainLayout.class)
@PageTitle("Checklist van de zelfevaluatie | Brug")
@RolesAllowed(Role.Names.EXPERT)
@CdiComponent
public class ChecklistView extends Div {

  private static final long serialVersionUID = 1L;

  private final transient ChecklistTemplates templates;
  private final Caller caller;
  private final Div current = new Div();
  private final TextArea draft = new TextArea();
  private final Paragraph problem = new Paragraph();
  private final Paragraph published = new Paragraph();

  @Inject
  public ChecklistView(ChecklistTemplates templates) {
    this.templates = templates;
    this.caller = SignedInUser.require();
    addClassName("brug-content");
    current.setId("checklist-current");
    draft.setId("checklist-draft");
    draft.setLabel(getTranslation("assessment.checklist.draft"));
    draft.setHelperText(getTranslation("assessment.checklist.draftHelp"));
    draft.setWidthFull();
    draft.addClassName("brug-code");
    problem.setId("checklist-problem");
    problem.addClassName("brug-problem");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    published.setId("checklist-published");
    published.getElement().setAttribute("role", "status");
    published.setVisible(false);
    Button publish =
        new Button(getTranslation("assessment.checklist.publish"), click -> confirmPublish());
    publish.setId("publish-checklist");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new H2(getTranslation("assessment.checklist.title")),
        published,
        current,
        new H3(getTranslation("assessment.checklist.next")),
        new Paragraph(getTranslation("assessment.checklist.nextIntro")),
        draft,
        problem,
        publish);
    show();
  }

  /** The newest version, readable, and a fresh draft of the next one. */
  private void show() {
    TemplateDocument newest = templates.newestTemplate(ChecklistTemplates.SHIPPED_CODE);
    current.removeAll();
    current.add(
        new Paragraph(
            getTranslation(
                "assessment.checklist.version",
                newest.title(),
                newest.version(),
                newest.itemCount())));
    for (TemplateDocument.Dimension dimension : newest.dimensions()) {
      OrderedList statements = new OrderedList();
      for (TemplateDocument.Item item : dimension.items()) {
        Span key = new Span(" (" + item.key() + ")");
        key.addClassName("brug-muted");
        statements.add(new ListItem(new Span(item.statement()), key));
      }
      current.add(new H3(dimension.name()), statements);
    }
    draft.setValue(templates.nextVersionDraft(ChecklistTemplates.SHIPPED_CODE));
  }

  private void confirmPublish() {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId("confirm-publish");
    confirm.setHeader(getTranslation("assessment.checklist.confirmTitle"));
    confirm.setText(getTranslation("assessment.checklist.confirmText"));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("assessment.cancel"));
    confirm.setConfirmText(getTranslation("assessment.checklist.publish"));
    confirm.addConfirmListener(confirmed -> publish());
    confirm.open();
  }

  private void publish() {
    try {
      TemplateDocument done = templates.publishTemplate(caller, draft.getValue());
      problem.setVisible(false);
      published.setText(
          getTranslation("assessment.checklist.published", done.title(), done.version()));
      published.setVisible(true);
      show();
    } catch (InvalidTemplateException | ConflictException | StaleVersionException refused) {
      problem.setText(RefusalMessages.text(refused, this));
      problem.setVisible(true);
    } catch (ActionNotAllowedException notAllowed) {
      problem.setText(getTranslation("assessment.checklist.notAllowed"));
      problem.setVisible(true);
    }
  }
}
