package nl.brug.platform.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.brug.auth.signin.IdentityProviderUnavailableException;
import nl.brug.auth.signin.PortalOidc;
import nl.brug.auth.signin.PortalSignIn;
import nl.brug.auth.signin.SignInRefusedException;

/**
 * The portal's end of the sign-in through the identity provider, as a real servlet outside Vaadin
 * (the provider's redirect must reach an unprotected, plain address):
 *
 * <ul>
 *   <li>{@code GET /oidc/aanmelden?terug=<path>} starts a sign-in and sends the browser to the
 *       provider;
 *   <li>{@code GET /oidc/callback} is where the provider sends it back;
 *   <li>{@code POST /oidc/backchannel-logout} is where the provider says a session ended.
 * </ul>
 *
 * When the provider does not answer, people get a Dutch page that says so ("Aanmelden lukt nu
 * niet") with a way to try again, and the portal stays up.
 */
@WebServlet(urlPatterns = "/oidc/*")
public class IdentityProviderServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(IdentityProviderServlet.class.getName());

  @Inject private transient PortalOidc oidc;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    noStore(response);
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (!oidc.enabled()) {
      page(
          response,
          HttpServletResponse.SC_NOT_FOUND,
          "Aanmelden via je organisatie staat uit",
          "Deze Brug is niet gekoppeld aan een aanmeldservice. Meld je aan op de aanmeldpagina"
              + " van Brug.",
          request.getContextPath() + "/login");
      return;
    }
    try {
      switch (path) {
        case "/aanmelden" ->
            response.sendRedirect(
                oidc.startSignIn(request, request.getParameter("terug")).toString());
        case "/callback" -> {
          String returnTo = oidc.finishSignIn(request);
          response.sendRedirect(request.getContextPath() + returnTo);
        }
        default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (IdentityProviderUnavailableException away) {
      LOG.log(Level.WARNING, "Sign-in impossible: the identity provider is away", away);
      page(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "Aanmelden lukt nu niet",
          "De aanmeldservice van je organisatie is op dit moment niet bereikbaar. Brug zelf werkt"
              + " wel. Probeer het over een paar minuten opnieuw. Lukt het dan nog niet, neem dan"
              + " contact op met de functioneel beheerder van je gemeente.",
          startAgain(request));
    } catch (SignInRefusedException refused) {
      LOG.info(() -> "Sign-in refused: " + refused.getMessage());
      page(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "Aanmelden is niet gelukt",
          refused.getMessage(),
          startAgain(request));
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    noStore(response);
    if (!oidc.enabled() || !"/backchannel-logout".equals(request.getPathInfo())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      oidc.backChannelLogout(request.getParameter("logout_token"));
      response.setStatus(HttpServletResponse.SC_OK);
    } catch (SignInRefusedException | IdentityProviderUnavailableException refused) {
      LOG.warning("Refused a back-channel logout: " + refused.getMessage());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"error\":\"invalid_request\"}");
    }
  }

  private static String startAgain(HttpServletRequest request) {
    return request.getContextPath() + PortalSignIn.START_PATH;
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
  }

  private static void page(
      HttpServletResponse response, int status, String title, String message, String retry)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PrintWriter out = response.getWriter();
    out.write(
        """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%1$s | Brug</title>
        <style>
          body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto;
                 padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
          a.knop { display: inline-block; padding: .6rem 1.2rem; background: #1f5fa8;
                   color: #fff; border-radius: .3rem; text-decoration: none; }
          a.knop:focus { outline: 3px solid #f5b400; outline-offset: 2px; }
        </style>
        </head>
        <body>
        <main>
        <p>Brug</p>
        <h1 id="signin-problem">%1$s</h1>
        <p id="signin-problem-detail">%2$s</p>
        <p><a class="knop" id="signin-retry" href="%3$s">Opnieuw aanmelden</a></p>
        </main>
        </body>
        </html>
        """
            .formatted(escape(title), escape(message), escape(retry)));
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
