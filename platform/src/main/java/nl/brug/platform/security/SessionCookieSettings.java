package nl.brug.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import nl.brug.platform.config.PublicAddress;

/**
 * The session cookie is HttpOnly and SameSite=Lax (web.xml), and Secure when people reach Brug over
 * https ({@code BRUG_PUBLIC_URL}), so the browser never sends it over plain http.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    apply(event.getServletContext().getSessionCookieConfig(), PublicAddress.get());
  }

  static void apply(SessionCookieConfig cookie, String publicUrl) {
    if (SecurityHeaders.isHttps(publicUrl)) {
      cookie.setSecure(true);
    }
  }
}
