package nl.brug.ui.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.brug.ui.signin.LoginView;

/**
 * Turns on Vaadin's navigation access control: anonymous visitors go to the login view, views
 * open only for the roles their annotations name, and every page says it is in Dutch.
 */
@ApplicationScoped
public class AccessControlSetup {

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
              ui.getUI().addBeforeEnterListener(accessControl);
              ui.getUI().getElement().executeJs("document.documentElement.lang = $0", ui.getUI().getLocale().getLanguage());
            });
  }
}
