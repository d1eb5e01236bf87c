package nl.brug.ui.toolkit;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.brug.content.attachment.AttachmentService;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.ui.attachment.AttachmentLinks;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/** One published tool: content, metadata, and a link to its print version. */
@Route(value = "toolkit/:" + ToolkitItemView.ID, layout = MainLayout.class)
@PermitAll
@CdiComponent
public class ToolkitItemView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;
  static final String ID = "id";

  /** The address of one published item, for links from other sections. */
  public static RouteParameters parameters(java.util.UUID itemId) {
    return new RouteParameters(ID, itemId.toString());
  }

  private final transient PublishedItems items;
  private final transient ToolkitService toolkit;
  private final transient AttachmentService attachments;
  private String title = "Brug";

  @Inject
  public ToolkitItemView(
      ToolkitService toolkit, OrganisationService organisation, AttachmentService attachments) {
    this.items = new PublishedItems(toolkit, organisation);
    this.toolkit = toolkit;
    this.attachments = attachments;
    addClassName("brug-content");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get(ID).orElse("");
    items
        .find(id)
        .ifPresentOrElse(
            found -> {
              removeAll();
              toolkit.recordView(SignedInUser.require(), found.item().getId());
              title = found.version().content().title() + " | Brug";
              Anchor print =
                  new Anchor("toolkit/" + id + "/afdrukken", getTranslation("item.print"));
              print.setId("print-link");
              print.setTarget("_blank");
              Div article =
                  new Div(new ItemArticle(found.item(), found.version(), found.municipalityName()));
              add(
                  new HorizontalLayout(
                      new RouterLink(getTranslation("item.back"), ToolkitView.class),
                      print,
                      languageChoice(found, article)),
                  article,
                  new AttachmentLinks(attachments, found.item().getId()));
            },
            () -> event.rerouteToError(com.vaadin.flow.router.NotFoundException.class));
  }

  /** A choice of language when the item has translations of its own. */
  private Select<Language> languageChoice(PublishedItems.Found found, Div article) {
    Select<Language> language = new Select<>();
    language.setId("read-in");
    language.setAriaLabel(getTranslation("item.readIn"));
    List<Language> available = new ArrayList<>(List.of(Language.NL));
    available.addAll(found.version().content().translations().keySet());
    language.setItems(available);
    language.setItemLabelGenerator(Language::dutchName);
    language.setValue(Language.NL);
    language.setVisible(available.size() > 1);
    language.addValueChangeListener(
        change -> {
          article.removeAll();
          article.add(
              new ItemArticle(
                  found.item(), found.version(), found.municipalityName(), change.getValue()));
        });
    return language;
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
