package nl.brug.ui.toolkit;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.Language;

/**
 * Steps through an interview guide one question at a time during a conversation, optionally with
 * the client's language beside it. Notes live only in the browser: the server never sees them.
 */
@Route("toolkit/:" + ToolkitItemView.ID + "/gesprek")
@PageTitle("Gespreksmodus | Brug")
@PermitAll
@CdiComponent
public class ConversationView extends Div implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;

  /** A question with the section it belongs to. */
  record Step(String section, InterviewGuide.Question question) {}

  private final transient PublishedItems items;
  private transient List<Step> steps = List.of();
  private int current;

  private final Paragraph progress = new Paragraph();
  private final H2 section = new H2();
  private final Paragraph question = new Paragraph();
  private final Paragraph translation = new Paragraph();
  private final Paragraph purpose = new Paragraph();
  private final UnorderedList prompts = new UnorderedList();
  private final Select<Language> language = new Select<>();
  private final Button previous = new Button();
  private final Button next = new Button();

  @Inject
  public ConversationView(ToolkitService toolkit, OrganisationService organisation) {
    this.items = new PublishedItems(toolkit, organisation);
    addClassName("brug-conversation");
    progress.setId("conversation-progress");
    question.setId("conversation-question");
    question.addClassName("brug-question");
    translation.setId("conversation-translation");
    translation.addClassName("brug-question-translation");
    purpose.addClassName("brug-purpose");
    previous.setText(getTranslation("conversation.previous"));
    previous.setId("previous");
    previous.addClickListener(click -> go(current - 1));

    next.setText(getTranslation("conversation.next"));
    next.setId("next");
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    next.addClickListener(click -> go(current + 1));

    language.setId("conversation-language");
    language.setLabel(getTranslation("conversation.showIn"));
    language.setEmptySelectionAllowed(true);
    language.setEmptySelectionCaption(getTranslation("conversation.none"));
    language.setItemLabelGenerator(
        l -> l == null ? getTranslation("conversation.none") : l.dutchName());
    language.addValueChangeListener(change -> show());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get(ToolkitItemView.ID).orElse("");
    Optional<PublishedItems.Found> found = items.find(id);
    if (found.isEmpty() || found.get().version().content().guide().isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    InterviewGuide guide = found.get().version().content().guide();
    List<Step> all = new ArrayList<>();
    guide.sections().forEach(s -> s.questions().forEach(q -> all.add(new Step(s.title(), q))));
    steps = all;
    language.setItems(guide.completeLanguages());
    removeAll();
    add(
        new RouterLink(
            getTranslation("conversation.back"),
            ToolkitItemView.class,
            new RouteParameters(ToolkitItemView.ID, id)),
        new H1(getTranslation("conversation.title", found.get().version().content().title())),
        language,
        stage(),
        new Paragraph(getTranslation("conversation.keys")),
        notes());
    go(0);
  }

  /**
   * The question area. The arrow keys step through the questions while the focus is here, not while
   * someone types notes.
   */
  private Div stage() {
    Div stage =
        new Div(
            progress,
            section,
            question,
            translation,
            purpose,
            prompts,
            new HorizontalLayout(previous, next));
    stage.setId("conversation-stage");
    stage.getElement().setAttribute("tabindex", "0");
    previous.addClickShortcut(Key.ARROW_LEFT).listenOn(stage);
    next.addClickShortcut(Key.ARROW_RIGHT).listenOn(stage);
    stage.addAttachListener(
        attach -> stage.getElement().executeJs("setTimeout(() => this.focus(), 100)"));
    return stage;
  }

  /** A plain textarea whose value is never sent to the server. */
  private Div notes() {
    Element area = new Element("textarea");
    area.setAttribute("id", "conversation-notes");
    area.setAttribute("aria-label", getTranslation("conversation.notes"));
    area.setAttribute("class", "brug-notes");
    Div box = new Div(new H2(getTranslation("conversation.notes")));
    box.getElement().appendChild(area);
    box.add(new Paragraph(getTranslation("conversation.notesPrivacy")));
    return box;
  }

  private void go(int index) {
    current = Math.max(0, Math.min(index, steps.size() - 1));
    show();
  }

  private void show() {
    if (steps.isEmpty()) {
      return;
    }
    Step step = steps.get(current);
    progress.setText(getTranslation("conversation.progress", current + 1, steps.size()));
    section.setText(step.section());
    question.setText(step.question().text());
    Language chosen = language.getValue();
    InterviewGuide.Translation translated =
        chosen == null ? null : step.question().translations().get(chosen);
    translation.setVisible(translated != null);
    if (translated != null) {
      translation.setText(translated.text());
      translation.getElement().setAttribute("lang", chosen.code());
      translation.getElement().setAttribute("dir", chosen.rightToLeft() ? "rtl" : "ltr");
    }
    purpose.setText(
        step.question().purpose() == null || step.question().purpose().isBlank()
            ? ""
            : getTranslation("guide.purpose", step.question().purpose()));
    prompts.removeAll();
    step.question().prompts().forEach(p -> prompts.add(new ListItem(p)));
    previous.setEnabled(current > 0);
    next.setEnabled(current < steps.size() - 1);
  }
}
