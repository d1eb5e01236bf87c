package nl.brug.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What the login view learns from a sign-in with a demo account. */
class PortalSignInTest {

  private final Map<String, Object> attributes = new HashMap<>();
  private final HttpServletRequest request =
      (HttpServletRequest)
          Proxy.newProxyInstance(
              HttpServletRequest.class.getClassLoader(),
              new Class<?>[] {HttpServletRequest.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                  });

  /** The container's answer, with what the mechanism did to the request on the way. */
  private PortalSignIn answering(AuthenticationStatus status, Consumer<HttpServletRequest> mark) {
    SecurityContext container =
        (SecurityContext)
            Proxy.newProxyInstance(
                SecurityContext.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("authenticate")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  mark.accept((HttpServletRequest) args[0]);
                  return status;
                });
    return new PortalSignIn(container, new RunMode("development"), null);
  }

  @Test
  void aRefusedPassword_isWrongCredentials() {
    PortalSignIn signIn = answering(AuthenticationStatus.SEND_FAILURE, r -> {});

    assertThat(signIn.signIn("sanne", "fout", request, null))
        .isEqualTo(PortalSignIn.Outcome.WRONG_CREDENTIALS);
  }

  @Test
  void anAttemptRefusedForTooManyFailures_throwsWithTheWait() {
    PortalSignIn signIn =
        answering(
            AuthenticationStatus.SEND_FAILURE,
            r ->
                r.setAttribute(
                    BrugAuthenticationMechanism.THROTTLED_ATTRIBUTE, Duration.ofMinutes(4)));

    assertThatThrownBy(() -> signIn.signIn("sanne", "demo", request, null))
        .isInstanceOf(SignInThrottledException.class)
        .hasMessage(
            "Te veel mislukte pogingen om aan te melden. Probeer het over 4 minuten opnieuw.");
  }

  @Test
  void aSuccessfulSignIn_isSignedIn() {
    PortalSignIn signIn = answering(AuthenticationStatus.SUCCESS, r -> {});

    assertThat(signIn.signIn("sanne", "demo", request, null))
        .isEqualTo(PortalSignIn.Outcome.SIGNED_IN);
  }
}
