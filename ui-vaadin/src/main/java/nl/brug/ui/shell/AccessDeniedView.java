package nl.brug.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.brug.ui.home.HomeView;

/** A Dutch page for a signed-in user whose role does not open the page asked for. */
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

  private static final long serialVersionUID = 1L;

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> error) {
    removeAll();
    addClassName("brug-content");
    setId("access-denied");
    add(
        new H2(getTranslation("error.denied.title")),
        new Paragraph(getTranslation("error.denied.text")),
        new RouterLink(getTranslation("error.toHome"), HomeView.class));
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
