package nl.brug.ui.toolkit;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.TranslationStatus;

/**
 * An interview guide to print for a conversation: Dutch beside the client's language, question by
 * question, right-to-left where the language needs it. Draft translations are marked.
 */
@Route("toolkit/:" + ToolkitItemView.ID + "/afdrukken/:" + BilingualGuidePrintView.LANGUAGE)
@PageTitle("Tweetalige gespreksleidraad | Brug")
@PermitAll
@CdiComponent
public class BilingualGuidePrintView extends Div implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  static final String LANGUAGE = "taal";

  private final transient PublishedItems items;

  @Inject
  public BilingualGuidePrintView(ToolkitService toolkit, OrganisationService organisation) {
    this.items = new PublishedItems(toolkit, organisation);
    addClassName("brug-print");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Language> language =
        event
            .getRouteParameters()
            .get(LANGUAGE)
            .flatMap(Language::ofCode)
            .filter(l -> l != Language.NL);
    Optional<PublishedItems.Found> found =
        items.find(event.getRouteParameters().get(ToolkitItemView.ID).orElse(""));
    if (language.isEmpty()
        || found.isEmpty()
        || found.get().version().content().guide().isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    show(found.get(), language.get());
  }

  private void show(PublishedItems.Found found, Language language) {
    removeAll();
    InterviewGuide guide = found.version().content().guide();
    Button print = PrintButton.create();
    H1 title =
        new H1(
            getTranslation(
                "guide.bilingualTitle", found.version().content().title(), language.dutchName()));
    title.setId("item-title");
    NativeTable table = new NativeTable();
    table.setId("bilingual");
    table.addClassName("brug-bilingual");
    NativeTableRow head = new NativeTableRow();
    head.add(
        new NativeTableHeaderCell(Language.NL.dutchName()),
        new NativeTableHeaderCell(language.dutchName()));
    table.add(new NativeTableHeader(head));
    NativeTableBody body = new NativeTableBody();
    boolean anyDraft = false;
    for (InterviewGuide.Section section : guide.sections()) {
      NativeTableRow sectionRow = new NativeTableRow();
      sectionRow.addClassName("section");
      NativeTableCell sectionCell = new NativeTableCell(section.title());
      sectionCell.getElement().setAttribute("colspan", "2");
      sectionRow.add(sectionCell);
      body.add(sectionRow);
      for (InterviewGuide.Question question : section.questions()) {
        NativeTableCell dutch = new NativeTableCell(question.text());
        dutch.getElement().setAttribute("lang", "nl");
        NativeTableCell translated = new NativeTableCell();
        translated.getElement().setAttribute("lang", language.code());
        translated.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        InterviewGuide.Translation translation = question.translations().get(language);
        if (translation == null) {
          translated.setText(getTranslation("guide.noTranslation"));
        } else {
          translated.add(new Span(translation.text()));
          if (translation.status() == TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW) {
            anyDraft = true;
            Span draft = new Span(getTranslation("guide.draftTranslation"));
            draft.addClassName("brug-draft");
            draft.getElement().setAttribute("lang", "nl");
            draft.getElement().setAttribute("dir", "ltr");
            translated.add(draft);
          }
        }
        NativeTableRow row = new NativeTableRow();
        row.add(dutch, translated);
        body.add(row);
      }
    }
    table.add(body);
    add(print, title, table);
    if (anyDraft) {
      add(new Paragraph(getTranslation("guide.draftNotice")));
    }
  }
}
