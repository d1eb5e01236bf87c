package nl.brug.auth.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.brug.auth.caller.Caller;

/**
 * One browser with its cookie for the portal's HTTP session, as the servlet container sees it:
 * requests to {@code https://portal.example/brug} and the session they share. Only what {@link
 * PortalOidc} uses is there; anything else fails loudly.
 */
final class FakeBrowser {

  static final String SCHEME = "https";
  static final String SERVER_NAME = "portal.example";
  static final int SERVER_PORT = 443;
  static final String CONTEXT_PATH = "/brug";

  private static final AtomicInteger SESSION_IDS = new AtomicInteger();

  private Session session;

  /** A request of this browser with these query parameters (name, value, name, value, …). */
  HttpServletRequest request(String... parameters) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < parameters.length; i += 2) {
      values.put(parameters[i], parameters[i + 1]);
    }
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getParameter" -> values.get((String) args[0]);
                  case "getSession" -> session(args == null || (Boolean) args[0]);
                  case "changeSessionId" -> changeSessionId();
                  case "getScheme" -> SCHEME;
                  case "getServerName" -> SERVER_NAME;
                  case "getServerPort" -> SERVER_PORT;
                  case "getContextPath" -> CONTEXT_PATH;
                  case "toString" -> "request " + values;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** The browser's current portal session, or {@code null}. */
  HttpSession session() {
    return session == null || !session.valid ? null : session.proxy;
  }

  String sessionId() {
    return session == null || !session.valid ? null : session.id;
  }

  /** Whether the browser once had a session that the portal invalidated. */
  boolean sessionInvalidated() {
    return session != null && !session.valid;
  }

  /** Who the portal session says is signed in, or {@code null}. */
  Caller caller() {
    return session() == null
        ? null
        : (Caller) session.attributes.get(BrugAuthenticationMechanism.SESSION_CALLER);
  }

  /** A session signed in with a demo account of the development store (no OIDC). */
  static FakeBrowser signedInWithDemoAccount(Caller caller) {
    FakeBrowser browser = new FakeBrowser();
    browser.session(true).setAttribute(BrugAuthenticationMechanism.SESSION_CALLER, caller);
    return browser;
  }

  private HttpSession session(boolean create) {
    if (session == null || !session.valid) {
      if (!create) {
        return null;
      }
      session = new Session();
    }
    return session.proxy;
  }

  private String changeSessionId() {
    if (session == null || !session.valid) {
      throw new IllegalStateException("No session to change the id of");
    }
    session.id = nextId();
    return session.id;
  }

  private static String nextId() {
    return "session-" + SESSION_IDS.incrementAndGet();
  }

  private static final class Session {
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private String id = nextId();
    private boolean valid = true;
    private final HttpSession proxy =
        (HttpSession)
            Proxy.newProxyInstance(
                HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (self, method, args) -> {
                  switch (method.getName()) {
                    case "toString":
                      return "session " + id;
                    case "hashCode":
                      return System.identityHashCode(self);
                    case "equals":
                      return self == args[0];
                    case "getId":
                      return id;
                    default:
                      break;
                  }
                  if (!valid) {
                    throw new IllegalStateException("Session " + id + " was invalidated");
                  }
                  return switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> {
                      if (args[1] == null) {
                        attributes.remove((String) args[0]);
                      } else {
                        attributes.put((String) args[0], args[1]);
                      }
                      yield null;
                    }
                    case "removeAttribute" -> {
                      attributes.remove((String) args[0]);
                      yield null;
                    }
                    case "invalidate" -> {
                      valid = false;
                      attributes.clear();
                      yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                  };
                });
  }
}
