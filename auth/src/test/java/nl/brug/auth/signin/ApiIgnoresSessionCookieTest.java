package nl.brug.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import nl.brug.auth.caller.BrugPrincipal;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import org.junit.jupiter.api.Test;

/**
 * Who the mechanism lets in from a portal session: the portal, never the REST API (a cookie another
 * site's page makes the browser send would otherwise act as the user: CSRF).
 */
class ApiIgnoresSessionCookieTest {

  private static final Caller SANNE =
      new Caller(
          "sanne",
          "Sanne de Vries",
          EnumSet.of(Role.PROFESSIONAL, Role.TEAM_LEAD),
          "GM0193",
          "zwolle-zuid",
          Set.of("GM0193"));

  /** A demo-account session: no identity provider behind it to ask. */
  private final BrugAuthenticationMechanism mechanism =
      new BrugAuthenticationMechanism(null, null, new PortalOidc(), null, null);

  private final Context context = new Context();

  @Test
  void anApiRequestWithTheSessionCookieAndNoAuthorization_staysAnonymous() {
    HttpSession session = FakeBrowser.signedInWithDemoAccount(SANNE).session();

    for (String[] path :
        new String[][] {
          {"/api/v1", "/assessment-rounds/r1/close"},
          {"/api/v1", "/toolkit-items/i1/attachments"},
          {"/api", "/v2/iets"},
          {"/api", null},
        }) {
      AuthenticationStatus status =
          mechanism.validateRequest(request(path[0], path[1], session), null, context.proxy);

      assertThat(status).as(path[0] + path[1]).isEqualTo(AuthenticationStatus.NOT_DONE);
      assertThat(context.principal).as(path[0] + path[1]).isNull();
    }
  }

  @Test
  void thePortalWithTheSameSession_goesOnAsTheSignedInCaller() {
    HttpSession session = FakeBrowser.signedInWithDemoAccount(SANNE).session();

    AuthenticationStatus status =
        mechanism.validateRequest(request("", "/rondes", session), null, context.proxy);

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    assertThat(context.principal).isInstanceOf(BrugPrincipal.class);
    assertThat(((BrugPrincipal) context.principal).caller()).isEqualTo(SANNE);
    assertThat(context.groups).contains("professional", "team-lead");
  }

  @Test
  void pathsThatOnlyStartLikeTheApi_areThePortals() {
    HttpSession session = FakeBrowser.signedInWithDemoAccount(SANNE).session();

    AuthenticationStatus status =
        mechanism.validateRequest(request("", "/apiwijzer", session), null, context.proxy);

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
  }

  @Test
  void withoutAMatchedServletPath_theRequestUriDecides() {
    assertThat(BrugAuthenticationMechanism.isApiRequest(request("", null, null, "/brug/api/v1/me")))
        .isTrue();
    assertThat(BrugAuthenticationMechanism.isApiRequest(request("", null, null, "/brug/rondes")))
        .isFalse();
  }

  private static HttpServletRequest request(String servletPath, String pathInfo, HttpSession s) {
    return request(
        servletPath, pathInfo, s, "/brug" + servletPath + (pathInfo == null ? "" : pathInfo));
  }

  /** A request without an {@code Authorization} header, as the container matched it. */
  private static HttpServletRequest request(
      String servletPath, String pathInfo, HttpSession session, String uri) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getHeader" -> null;
                  case "getServletPath" -> servletPath;
                  case "getPathInfo" -> pathInfo;
                  case "getRequestURI" -> uri;
                  case "getContextPath" -> "/brug";
                  case "getSession" -> session;
                  case "toString" -> "request " + uri;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** What the container is told: nothing, or this principal with these groups. */
  private static final class Context {
    private Principal principal;
    private Set<String> groups;

    @SuppressWarnings("unchecked")
    private final HttpMessageContext proxy =
        (HttpMessageContext)
            Proxy.newProxyInstance(
                HttpMessageContext.class.getClassLoader(),
                new Class<?>[] {HttpMessageContext.class},
                (self, method, args) ->
                    switch (method.getName()) {
                      case "getAuthParameters" -> null;
                      case "doNothing" -> AuthenticationStatus.NOT_DONE;
                      case "notifyContainerAboutLogin" -> {
                        if (args.length != 2 || !(args[0] instanceof Principal)) {
                          throw new UnsupportedOperationException("notify with " + args.length);
                        }
                        principal = (Principal) args[0];
                        groups = (Set<String>) args[1];
                        yield AuthenticationStatus.SUCCESS;
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
  }
}
