package nl.brug.ui.toolkit;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.toolkit.boundary.ToolkitService;

/** A clean print version of a tool: no menu, no header, just the article. */
@Route("toolkit/:" + ToolkitItemView.ID + "/afdrukken")
@PageTitle("Afdrukversie | Brug")
@PermitAll
@CdiComponent
public class ToolkitItemPrintView extends Div implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;

  private final transient PublishedItems items;

  @Inject
  public ToolkitItemPrintView(ToolkitService toolkit, OrganisationService organisation) {
    this.items = new PublishedItems(toolkit, organisation);
    addClassName("brug-print");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get(ToolkitItemView.ID).orElse("");
    items
        .find(id)
        .ifPresentOrElse(
            found -> {
              removeAll();
              Button print = PrintButton.create();
              add(print, new ItemArticle(found.item(), found.version(), found.municipalityName()));
            },
            () -> event.rerouteToError(NotFoundException.class));
  }
}
