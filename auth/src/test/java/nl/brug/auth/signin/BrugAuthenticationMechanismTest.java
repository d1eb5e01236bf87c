package nl.brug.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.brug.auth.development.DevelopmentIdentityStore;
import nl.brug.auth.signin.PortalOidcTest.TestClock;
import org.junit.jupiter.api.Test;

/** The mechanism with the development identity store and the throttle, for usernames/passwords. */
class BrugAuthenticationMechanismTest {

  private static final String ADDRESS = "192.0.2.44";

  private final TestClock clock = new TestClock(Instant.parse("2026-12-08T09:00:00Z"));
  private final DevelopmentIdentityStore demoAccounts =
      new DevelopmentIdentityStore(new RunMode("development"));
  private final List<String> passwordsChecked = new ArrayList<>();
  private final IdentityStoreHandler stores =
      credential -> {
        UsernamePasswordCredential password = (UsernamePasswordCredential) credential;
        passwordsChecked.add(password.getPasswordAsString());
        return demoAccounts.validate(password);
      };
  private final BrugAuthenticationMechanism mechanism =
      new BrugAuthenticationMechanism(stores, null, null, null, new SignInThrottle(clock));

  @Test
  void wrongBasicPasswords_areRefusedWithTheUsualReason_untilTheLimit() {
    for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
      Request request = basic("sanne", "fout" + i);

      assertThat(request.authenticate()).isEqualTo(AuthenticationStatus.NOT_DONE);
      assertThat(request.attributes)
          .containsEntry(
              BrugAuthenticationMechanism.FAILED_ATTRIBUTE,
              "Gebruikersnaam of wachtwoord klopt niet.")
          .doesNotContainKey(BrugAuthenticationMechanism.THROTTLED_ATTRIBUTE);
    }
    assertThat(passwordsChecked).hasSize(SignInThrottle.ACCOUNT_LIMIT);
  }

  @Test
  void afterTooManyWrongBasicPasswords_evenTheRightOneIsRefused_unchecked_sayingHowLongToWait() {
    for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
      basic("sanne", "fout" + i).authenticate();
    }

    Request right = basic("sanne", "demo");

    assertThat(right.authenticate()).isEqualTo(AuthenticationStatus.NOT_DONE);
    assertThat(passwordsChecked).doesNotContain("demo");
    assertThat(right.attributes)
        .containsEntry(BrugAuthenticationMechanism.THROTTLED_ATTRIBUTE, Duration.ofMinutes(1))
        .containsEntry(
            BrugAuthenticationMechanism.FAILED_ATTRIBUTE,
            "Te veel mislukte pogingen om aan te melden. Probeer het over 1 minuut opnieuw.");

    clock.advance(Duration.ofMinutes(1));
    assertThat(basic("sanne", "demo").authenticate())
        .as("after the wait")
        .isEqualTo(AuthenticationStatus.SUCCESS);
  }

  @Test
  void aRightBasicPasswordBeforeTheLimit_forgetsTheEarlierFailures() {
    for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT - 1; i++) {
      basic("kees", "fout").authenticate();
    }
    assertThat(basic("kees", "demo").authenticate()).isEqualTo(AuthenticationStatus.SUCCESS);

    for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT - 1; i++) {
      basic("kees", "fout").authenticate();
    }

    assertThat(basic("kees", "demo").authenticate()).isEqualTo(AuthenticationStatus.SUCCESS);
  }

  @Test
  void thePortalFormsCredential_isThrottledTheSameWay() {
    for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
      portal("hatice", "fout").authenticate();
    }

    Request right = portal("hatice", "demo");

    assertThat(right.authenticate()).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertThat(passwordsChecked).doesNotContain("demo");
    assertThat(right.attributes)
        .containsEntry(BrugAuthenticationMechanism.THROTTLED_ATTRIBUTE, Duration.ofMinutes(1));
  }

  private Request basic(String username, String password) {
    String encoded =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Request("Basic " + encoded, null);
  }

  private Request portal(String username, String password) {
    return new Request(
        null,
        AuthenticationParameters.withParams()
            .newAuthentication(true)
            .credential(new UsernamePasswordCredential(username, password)));
  }

  /** One request from {@link #ADDRESS}, without a session, and what the mechanism made of it. */
  private final class Request {
    final Map<String, Object> attributes = new HashMap<>();
    private final String authorization;
    private final AuthenticationParameters parameters;

    Request(String authorization, AuthenticationParameters parameters) {
      this.authorization = authorization;
      this.parameters = parameters;
    }

    AuthenticationStatus authenticate() {
      HttpServletRequest request =
          (HttpServletRequest)
              Proxy.newProxyInstance(
                  HttpServletRequest.class.getClassLoader(),
                  new Class<?>[] {HttpServletRequest.class},
                  (proxy, method, args) ->
                      switch (method.getName()) {
                        case "getHeader" ->
                            "Authorization".equalsIgnoreCase((String) args[0])
                                ? authorization
                                : null;
                        case "getRemoteAddr" -> ADDRESS;
                        case "getSession" -> null;
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "getAttribute" -> attributes.get((String) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                      });
      HttpMessageContext context =
          (HttpMessageContext)
              Proxy.newProxyInstance(
                  HttpMessageContext.class.getClassLoader(),
                  new Class<?>[] {HttpMessageContext.class},
                  (proxy, method, args) ->
                      switch (method.getName()) {
                        case "getAuthParameters" -> parameters;
                        case "doNothing" -> AuthenticationStatus.NOT_DONE;
                        case "notifyContainerAboutLogin" -> AuthenticationStatus.SUCCESS;
                        default -> throw new UnsupportedOperationException(method.getName());
                      });
      return mechanism.validateRequest(request, null, context);
    }
  }
}
