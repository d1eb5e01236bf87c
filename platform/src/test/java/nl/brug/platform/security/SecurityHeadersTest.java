package nl.brug.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void overHttps_browsersAreToldToUseHttpsOnly() {
    assertThat(SecurityHeaders.forPublicAddress("https://brug.example.nl"))
        .containsEntry("Strict-Transport-Security", "max-age=31536000");
  }

  @Test
  void overPlainHttp_noHsts_butEveryOtherHeader() {
    assertThat(SecurityHeaders.forPublicAddress("http://localhost:8080"))
        .doesNotContainKey("Strict-Transport-Security")
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Referrer-Policy", "strict-origin-when-cross-origin")
        .containsKey("Content-Security-Policy");
  }

  @Test
  void theContentSecurityPolicy_letsVaadinRunButNothingFrameOrLoadFromElsewhere() {
    String csp =
        SecurityHeaders.forPublicAddress("http://localhost").get("Content-Security-Policy");

    assertThat(csp)
        .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
        .contains("connect-src 'self'")
        .contains("frame-ancestors 'none'")
        .contains("object-src 'none'")
        .doesNotContain("*")
        .doesNotContain("http:");
  }

  @Test
  void theSessionCookie_isSecureOnlyWhenBrugIsReachedOverHttps() {
    assertThat(secureCallsFor("https://brug.example.nl")).containsExactly(true);
    assertThat(secureCallsFor("http://localhost:8080")).isEmpty();
  }

  private static List<Object> secureCallsFor(String publicUrl) {
    List<Object> calls = new ArrayList<>();
    SessionCookieConfig cookie =
        (SessionCookieConfig)
            Proxy.newProxyInstance(
                SessionCookieConfig.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("setSecure")) {
                    calls.add(args[0]);
                  }
                  return null;
                });
    SessionCookieSettings.apply(cookie, publicUrl);
    return calls;
  }
}
