package nl.brug.ui.signin;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.brug.auth.signin.PortalSignIn;
import nl.brug.auth.signin.SignInThrottledException;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Municipality;
import nl.brug.ui.shell.SignedInUser;

/**
 * The sign-in page. With an identity provider (Keycloak) it sends the browser on to the provider's
 * sign-in, and after signing out it says so with a button to sign in again. With the development
 * identity store it shows the form and lists the demo accounts; in production mode without an
 * identity provider it says that demo sign-in is off. After too many failed attempts the form says
 * how many minutes to wait.
 */
@Route("login")
@PageTitle("Aanmelden | Brug")
@AnonymousAllowed
@CdiComponent
public class LoginView extends Div implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;

  static final String SIGNED_OUT_PARAMETER = "afgemeld";

  private final transient PortalSignIn signIn;
  private final LoginForm form = new LoginForm();
  private final Paragraph signedOut = new Paragraph();
  private final Div identityProvider = new Div();

  @Inject
  public LoginView(PortalSignIn signIn, OrganisationService organisation) {
    this.signIn = signIn;
    addClassName("brug-login");
    Div intro =
        new Div(
            new H1(getTranslation("login.title")),
            new Paragraph(getTranslation("login.description")));
    signedOut.setId("signed-out");
    signedOut.getElement().setAttribute("role", "status");
    signedOut.setVisible(false);
    if (signIn.throughIdentityProvider()) {
      identityProvider.setId("identity-provider-sign-in");
      add(new Div(intro, signedOut, identityProvider));
      return;
    }
    configureForm();
    Div column = new Div(intro, signedOut, form);
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
    PortalSignIn.Outcome outcome;
    try {
      outcome =
          signIn.signIn(
              event.getUsername(),
              event.getPassword(),
              VaadinServletRequest.getCurrent().getHttpServletRequest(),
              VaadinServletResponse.getCurrent().getHttpServletResponse());
    } catch (SignInThrottledException throttled) {
      long minutes = throttled.retryAfterMinutes();
      form.showErrorMessage(
          getTranslation("login.throttled.title"),
          minutes == 1
              ? getTranslation("login.throttled.minute")
              : getTranslation("login.throttled.minutes", minutes));
      return;
    }
    if (outcome != PortalSignIn.Outcome.SIGNED_IN) {
      form.showErrorMessage(
          getTranslation("login.error.title"), getTranslation("login.error.message"));
      return;
    }
    UI.getCurrent().navigate(takeStoredTarget());
  }

  private static String takeStoredTarget() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session == null || session.getSession() == null) {
      return "";
    }
    Object stored =
        session.getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
    session.getSession().removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
    return stored instanceof String path ? path : "";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (SignedInUser.current().isPresent()) {
      event.forwardTo("");
      return;
    }
    boolean afterSignOut =
        event.getLocation().getQueryParameters().getParameters().containsKey(SIGNED_OUT_PARAMETER);
    if (!signIn.throughIdentityProvider()) {
      signedOut.setText(getTranslation("login.signedOut"));
      signedOut.setVisible(afterSignOut);
      return;
    }
    String start =
        PortalSignIn.START_PATH.substring(1)
            + "?terug="
            + URLEncoder.encode("/" + takeStoredTarget(), StandardCharsets.UTF_8);
    Anchor startLink = new Anchor(start, getTranslation("login.idp.start"));
    startLink.setId("identity-provider-start");
    startLink.getElement().setAttribute("router-ignore", true);
    startLink.addClassNames("brug-button-link");
    identityProvider.removeAll();
    if (afterSignOut) {
      signedOut.setText(getTranslation("login.idp.signedOut"));
      signedOut.setVisible(true);
      identityProvider.add(startLink);
    } else {
      identityProvider.add(new Paragraph(getTranslation("login.idp.redirecting")), startLink);
      event.getUI().getPage().setLocation(start);
    }
  }
}
