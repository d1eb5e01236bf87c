package nl.brug.ui.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import nl.brug.ui.signin.LoginView;

/**
 * Sets up every portal UI: Dutch texts, the page's language attribute, and Vaadin's navigation
 * access control (anonymous visitors go to the login view, views open only for the roles their
 * annotations name).
 */
@ApplicationScoped
public class AccessControlSetup {

  /** Brug speaks Dutch first; the English texts wait for a language choice. */
  public static final Locale PORTAL_LOCALE = Locale.forLanguageTag("nl-NL");

  void onServiceInit(@Observes ServiceInitEvent event) {
    configure(event);
  }

  /** Also used by the browserless tests, which run without CDI. */
  public static void configure(ServiceInitEvent event) {
    NavigationAccessControl accessControl = new NavigationAccessControl();
    accessControl.setLoginView(LoginView.class);
    event
        .getSource()
        .addUIInitListener(
            ui -> {
              ui.getUI().setLocale(PORTAL_LOCALE);
              ui.getUI().addBeforeEnterListener(accessControl);
              ui.getUI()
                  .getElement()
                  .executeJs(
                      "document.documentElement.lang = $0", ui.getUI().getLocale().getLanguage());
            });
  }
}
