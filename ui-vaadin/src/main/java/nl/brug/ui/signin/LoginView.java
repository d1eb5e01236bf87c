package nl.brug.ui.signin;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Inject;
import nl.brug.auth.signin.PortalSignIn;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Municipality;
import nl.brug.ui.shell.SignedInUser;

/**
 * The sign-in page. With the development identity store it lists the demo accounts; in production
 * mode it says that demo sign-in is off.
 */
@Route("login")
@PageTitle("Aanmelden | Brug")
@AnonymousAllowed
@CdiComponent
public class LoginView extends Div implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;

  private final transient PortalSignIn signIn;
  private final LoginForm form = new LoginForm();

  @Inject
  public LoginView(PortalSignIn signIn, OrganisationService organisation) {
    this.signIn = signIn;
    addClassName("brug-login");
    Div intro =
        new Div(
            new H1(getTranslation("login.title")),
            new Paragraph(getTranslation("login.description")));
    configureForm();
    Div column = new Div(intro, form);
    add(column);
    if (signIn.demoAccountsAllowed()) {
      add(
          new DemoAccountsList(
              code -> organisation.findMunicipality(code).map(Municipality::getName).orElse(code)));
    } else {
      form.setEnabled(false);
      Paragraph disabled = new Paragraph(getTranslation("login.disabled"));
      disabled.setId("demo-disabled");
      column.add(disabled);
    }
  }

  private void configureForm() {
    LoginI18n i18n = LoginI18n.createDefault();
    LoginI18n.Form texts = i18n.getForm();
    texts.setTitle(getTranslation("login.form.title"));
    texts.setUsername(getTranslation("login.username"));
    texts.setPassword(getTranslation("login.password"));
    texts.setSubmit(getTranslation("login.submit"));
    texts.setForgotPassword(getTranslation("login.forgot"));
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    error.setTitle(getTranslation("login.error.title"));
    error.setMessage(getTranslation("login.error.message"));
    error.setUsername(getTranslation("login.error.username"));
    error.setPassword(getTranslation("login.error.password"));
    form.setI18n(i18n);
    form.setForgotPasswordButtonVisible(false);
    form.addLoginListener(this::signIn);
  }

  private void signIn(LoginEvent event) {
    PortalSignIn.Outcome outcome =
        signIn.signIn(
            event.getUsername(),
            event.getPassword(),
            VaadinServletRequest.getCurrent().getHttpServletRequest(),
            VaadinServletResponse.getCurrent().getHttpServletResponse());
    if (outcome != PortalSignIn.Outcome.SIGNED_IN) {
      form.setError(true);
      return;
    }
    UI.getCurrent().navigate(takeStoredTarget());
  }

  private static String takeStoredTarget() {
    VaadinSession session = VaadinSession.getCurrent();
    Object stored =
        session.getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
    session.getSession().removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
    return stored instanceof String path ? path : "";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (SignedInUser.current().isPresent()) {
      event.forwardTo("");
    }
  }
}
