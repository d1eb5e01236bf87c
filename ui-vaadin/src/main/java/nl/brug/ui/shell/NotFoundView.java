package nl.brug.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.brug.ui.home.HomeView;

/** A Dutch page for an address that does not exist. */
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

  private static final long serialVersionUID = 1L;

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> error) {
    removeAll();
    addClassName("brug-content");
    add(
        new H2(getTranslation("error.notFound.title")),
        new Paragraph(getTranslation("error.notFound.text")),
        new RouterLink(getTranslation("error.toHome"), HomeView.class));
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
