package nl.brug.auth.signin;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.event.Event;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.auth.signin.StandInProvider.Account;
import nl.brug.auth.signin.StandInProvider.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The portal's sign-in through the identity provider, against a stand-in for Keycloak that checks
 * what Keycloak checks (client secret, code, PKCE, redirect URI) and signs its tokens with a key
 * published in its JWKS.
 */
class PortalOidcTest {

  private static final String PUBLIC_URL = "https://portal.example/brug";
  private static final String CALLBACK = PUBLIC_URL + "/oidc/callback";

  private static final Account SANNE =
      new Account(
          "5f0c1a2e-sanne",
          "sanne",
          "Sanne de Vries",
          List.of("professional"),
          List.of("GM0193"),
          "zwolle-zuid");

  /** A regional expert: works for Zwolle and Hilversum. */
  private static final Account RIK =
      new Account(
          "8d1e77b0-rik",
          "rik",
          "Rik Bakker",
          List.of("professional", "expert"),
          List.of("GM0402", "GM0193"),
          "regio-oost");

  private static final Caller RIK_AS_CALLER =
      new Caller(
          "rik",
          "Rik Bakker",
          EnumSet.of(Role.PROFESSIONAL, Role.EXPERT),
          "GM0193",
          "regio-oost",
          Set.of("GM0193", "GM0402"));

  private final TestClock clock = new TestClock(Instant.now());
  private final List<CallerSignedIn> fired = new ArrayList<>();
  private StandInProvider idp;
  private PortalOidc oidc;

  @BeforeEach
  void startTheProvider() {
    idp = StandInProvider.start();
    oidc = portal(idp.client(), PUBLIC_URL);
  }

  @AfterEach
  void stopTheProvider() {
    idp.close();
  }

  @Nested
  class StartingASignIn {

    @Test
    void sendsTheBrowserToTheAuthorisationEndpoint_withStateNonceAndAnS256Challenge() {
      FakeBrowser browser = new FakeBrowser();

      URI authorization = oidc.startSignIn(browser.request(), "/toolkit/12");

      assertThat(withoutQuery(authorization)).isEqualTo(idp.authorizationEndpoint().toString());
      Map<String, String> query = StandInProvider.query(authorization);
      assertThat(query)
          .containsEntry("response_type", "code")
          .containsEntry("client_id", "brug-portal")
          .containsEntry("redirect_uri", CALLBACK)
          .containsEntry("code_challenge_method", "S256");
      assertThat(query.get("scope").split(" ")).contains("openid");
      assertThat(query.get("state")).hasSizeGreaterThanOrEqualTo(32);
      assertThat(query.get("nonce")).hasSizeGreaterThanOrEqualTo(32);
      assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");

      PendingSignIn pending = pendingOf(browser, query.get("state"));
      assertThat(StandInProvider.s256(pending.codeVerifier()))
          .isEqualTo(query.get("code_challenge"));
      assertThat(authorization.toString()).doesNotContain(pending.codeVerifier());
      assertThat(query).doesNotContainKey("code_verifier");
      assertThat(pending.nonce()).isEqualTo(query.get("nonce"));
      assertThat(pending.returnTo()).isEqualTo("/toolkit/12");
    }

    @Test
    void everySignInGetsItsOwnStateNonceAndVerifier() {
      FakeBrowser browser = new FakeBrowser();

      Map<String, String> first = StandInProvider.query(oidc.startSignIn(browser.request(), "/"));
      Map<String, String> second = StandInProvider.query(oidc.startSignIn(browser.request(), "/"));

      assertThat(second.get("state")).isNotEqualTo(first.get("state"));
      assertThat(second.get("nonce")).isNotEqualTo(first.get("nonce"));
      assertThat(second.get("code_challenge")).isNotEqualTo(first.get("code_challenge"));
    }

    @Test
    void withoutAPublicUrl_theCallbackIsWhereTheRequestReachedThePortal() {
      PortalOidc behindNoProxy = portal(idp.client(), null);

      URI authorization = behindNoProxy.startSignIn(new FakeBrowser().request(), "/");

      assertThat(StandInProvider.query(authorization))
          .containsEntry("redirect_uri", "https://portal.example/brug/oidc/callback");
    }

    @Test
    void aProviderThatWasStopped_isReportedQuickly_andNoSessionIsStarted() {
      idp.goAway();
      FakeBrowser browser = new FakeBrowser();

      long started = System.nanoTime();
      assertThatThrownBy(() -> oidc.startSignIn(browser.request(), "/"))
          .isInstanceOf(IdentityProviderUnavailableException.class);

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
      assertThat(browser.session()).isNull();
    }

    @Test
    void aProviderAtAPortNobodyListensOn_isReportedQuickly() throws IOException {
      int deadPort;
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
        deadPort = socket.getLocalPort();
      }
      PortalOidc nowhere =
          portal(
              new OidcProvider(
                  "http://127.0.0.1:" + deadPort + "/realms/brug", "brug-portal", "s3cret"),
              PUBLIC_URL);

      long started = System.nanoTime();
      assertThatThrownBy(() -> nowhere.startSignIn(new FakeBrowser().request(), "/"))
          .isInstanceOf(IdentityProviderUnavailableException.class);

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aDiscoveryDocumentNamingAnotherIssuer_isNotTrusted() {
      idp.advertiseIssuer("http://localhost:8180/realms/brug");

      assertThatThrownBy(() -> oidc.startSignIn(new FakeBrowser().request(), "/"))
          .isInstanceOf(IdentityProviderUnavailableException.class)
          .hasMessageContaining("issuer");
    }
  }

  @Nested
  class FinishingASignIn {

    @Test
    void aFullRoundTrip_keepsTheCallerInAFreshSession_andTellsWhoSignedIn() {
      FakeBrowser browser = new FakeBrowser();
      URI authorization = oidc.startSignIn(browser.request(), "/toolkit/12?x=1");
      String sessionBefore = browser.sessionId();
      Login login = idp.login(authorization, RIK);

      String returnTo =
          oidc.finishSignIn(browser.request("state", login.state(), "code", login.code()));

      assertThat(returnTo).isEqualTo("/toolkit/12?x=1");
      assertThat(browser.caller()).isEqualTo(RIK_AS_CALLER);
      assertThat(browser.caller().municipalityCodes()).containsExactly("GM0193", "GM0402");
      assertThat(browser.sessionId()).isNotEqualTo(sessionBefore);
      assertThat(fired).containsExactly(new CallerSignedIn(RIK_AS_CALLER));
      assertThat(browser.session().getAttribute(PortalOidc.SESSION_OIDC))
          .isInstanceOfSatisfying(
              OidcSession.class,
              oidcSession -> {
                assertThat(oidcSession.providerSessionId()).isEqualTo(login.sid());
                assertThat(oidcSession.subject()).isEqualTo(RIK.subject());
                assertThat(oidcSession.idToken()).isEqualTo(idp.lastIdToken());
              });

      String challenge = StandInProvider.query(authorization).get("code_challenge");
      assertThat(idp.exchanges())
          .singleElement()
          .satisfies(
              exchange -> {
                assertThat(exchange.codeChallenge()).isEqualTo(challenge);
                assertThat(StandInProvider.s256(exchange.codeVerifier())).isEqualTo(challenge);
              });
    }

    @Test
    void aCodeTakenToAnotherBrowser_cannotBeRedeemed_becauseThatBrowserLacksTheVerifier() {
      FakeBrowser victim = new FakeBrowser();
      Login stolen = idp.login(oidc.startSignIn(victim.request(), "/"), SANNE);
      FakeBrowser attacker = new FakeBrowser();
      String attackersState =
          StandInProvider.query(oidc.startSignIn(attacker.request(), "/")).get("state");

      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(
                      attacker.request("state", attackersState, "code", stolen.code())))
          .isInstanceOf(SignInRefusedException.class);

      assertNobodySignedIn(attacker);
      assertThat(idp.exchanges())
          .singleElement()
          .satisfies(
              exchange ->
                  assertThat(StandInProvider.s256(exchange.codeVerifier()))
                      .isNotEqualTo(exchange.codeChallenge()));
    }

    @Test
    void aStateThisBrowserNeverStarted_isRefused() {
      FakeBrowser browser = new FakeBrowser();
      Login login = idp.login(oidc.startSignIn(browser.request(), "/"), SANNE);

      assertThatThrownBy(
              () -> oidc.finishSignIn(browser.request("state", "made-up", "code", login.code())))
          .isInstanceOf(SignInRefusedException.class)
          .hasMessageContaining("verlopen of al gebruikt");

      assertNobodySignedIn(browser);
      assertThat(idp.exchanges()).isEmpty();
    }

    @Test
    void aCallbackInABrowserWithoutSession_isRefused() {
      FakeBrowser elsewhere = new FakeBrowser();
      Login login = idp.login(oidc.startSignIn(new FakeBrowser().request(), "/"), SANNE);

      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(
                      elsewhere.request("state", login.state(), "code", login.code())))
          .isInstanceOf(SignInRefusedException.class);

      assertNobodySignedIn(elsewhere);
    }

    @Test
    void theSameStateUsedTwice_isRefusedTheSecondTime() {
      FakeBrowser browser = new FakeBrowser();
      Login login = idp.login(oidc.startSignIn(browser.request(), "/"), SANNE);
      oidc.finishSignIn(browser.request("state", login.state(), "code", login.code()));

      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(browser.request("state", login.state(), "code", login.code())))
          .isInstanceOf(SignInRefusedException.class)
          .hasMessageContaining("verlopen of al gebruikt");

      assertThat(fired).hasSize(1);
      assertThat(idp.exchanges()).hasSize(1);
    }

    @Test
    void aStateWhoseFirstReturnFailed_cannotBeUsedAgain() {
      FakeBrowser browser = new FakeBrowser();
      Login login = idp.login(oidc.startSignIn(browser.request(), "/"), SANNE);
      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(
                      browser.request("state", login.state(), "error", "access_denied")))
          .isInstanceOf(SignInRefusedException.class);

      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(browser.request("state", login.state(), "code", login.code())))
          .isInstanceOf(SignInRefusedException.class);

      assertNobodySignedIn(browser);
    }

    @Test
    void anErrorFromTheProvider_isRefused_withoutAskingForTokens() {
      FakeBrowser browser = new FakeBrowser();
      String state = StandInProvider.query(oidc.startSignIn(browser.request(), "/")).get("state");

      assertThatThrownBy(
              () -> oidc.finishSignIn(browser.request("state", state, "error", "access_denied")))
          .isInstanceOf(SignInRefusedException.class)
          .hasMessageContaining("access_denied");

      assertNobodySignedIn(browser);
      assertThat(idp.exchanges()).isEmpty();
    }

    @Test
    void aReturnWithoutCode_isRefused() {
      FakeBrowser browser = new FakeBrowser();
      String state = StandInProvider.query(oidc.startSignIn(browser.request(), "/")).get("state");

      assertThatThrownBy(() -> oidc.finishSignIn(browser.request("state", state)))
          .isInstanceOf(SignInRefusedException.class);

      assertNobodySignedIn(browser);
    }

    @Test
    void aSignInLeftOpenTooLong_isRefused() {
      FakeBrowser browser = new FakeBrowser();
      Login login = idp.login(oidc.startSignIn(browser.request(), "/"), SANNE);
      clock.advance(PortalOidc.PENDING_LIFETIME.plusSeconds(1));

      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(browser.request("state", login.state(), "code", login.code())))
          .isInstanceOf(SignInRefusedException.class);

      assertNobodySignedIn(browser);
    }

    @Test
    void ofManySignInsStartedInOneBrowser_theLatestFiveAreRemembered() {
      FakeBrowser browser = new FakeBrowser();
      Login oldest = idp.login(oidc.startSignIn(browser.request(), "/"), SANNE);
      List<Login> later = new ArrayList<>();
      for (int i = 0; i < PortalOidc.MAX_PENDING; i++) {
        later.add(idp.login(oidc.startSignIn(browser.request(), "/"), SANNE));
      }

      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(
                      browser.request("state", oldest.state(), "code", oldest.code())))
          .isInstanceOf(SignInRefusedException.class);
      Login first = later.get(0);
      oidc.finishSignIn(browser.request("state", first.state(), "code", first.code()));

      assertThat(browser.caller().username()).isEqualTo("sanne");
    }

    @Test
    void anIdTokenOfAnotherSignIn_wrongNonce_isRefused() {
      assertRefusedIdToken(c -> c.claim("nonce", "the-nonce-of-another-sign-in"));
    }

    @Test
    void anIdTokenWithoutNonce_isRefused() {
      assertRefusedIdToken(c -> c.claim("nonce", null));
    }

    @Test
    void anIdTokenForAnotherClient_isRefused() {
      assertRefusedIdToken(c -> c.audience("brug-api"));
    }

    @Test
    void anIdTokenOfAnotherIssuer_isRefused() {
      assertRefusedIdToken(c -> c.issuer(idp.issuer().replace("/realms/brug", "/realms/master")));
    }

    @Test
    void anIdTokenExpiredLongerAgoThanBrugsClockSkew_isRefused() {
      // the SDK's own default tolerates 60 s; Brug's one skew for every token check is 30 s
      Instant expired = Instant.now().minus(OidcProvider.CLOCK_SKEW).minusSeconds(15);
      assertRefusedIdToken(
          c ->
              c.issueTime(Date.from(expired.minus(Duration.ofMinutes(5))))
                  .expirationTime(Date.from(expired)));
    }

    @Test
    void anExpiredIdToken_isRefused() {
      Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
      assertRefusedIdToken(
          c ->
              c.issueTime(Date.from(longAgo))
                  .expirationTime(Date.from(longAgo.plus(Duration.ofMinutes(5)))));
    }

    @Test
    void anIdTokenSignedWithAnotherKeyUnderTheRealmsKeyId_isRefused() {
      FakeBrowser browser = new FakeBrowser();
      Login login =
          idp.login(
              oidc.startSignIn(browser.request(), "/"), SANNE, c -> c, StandInProvider.forgerKey());

      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(browser.request("state", login.state(), "code", login.code())))
          .isInstanceOf(SignInRefusedException.class);

      assertNobodySignedIn(browser);
    }

    @Test
    void anIdTokenSignedWithAnUnknownKey_isRefused() {
      FakeBrowser browser = new FakeBrowser();
      Login login =
          idp.login(
              oidc.startSignIn(browser.request(), "/"),
              SANNE,
              c -> c,
              StandInProvider.generate("someone-elses-key"));

      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(browser.request("state", login.state(), "code", login.code())))
          .isInstanceOf(SignInRefusedException.class);

      assertNobodySignedIn(browser);
    }

    @Test
    void aCodeTheTokenEndpointRefuses_isRefused() {
      FakeBrowser browser = new FakeBrowser();
      String state = StandInProvider.query(oidc.startSignIn(browser.request(), "/")).get("state");

      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(
                      browser.request("state", state, "code", "a-code-the-provider-never-gave")))
          .isInstanceOf(SignInRefusedException.class)
          .hasMessageContaining("aanmeldcode");

      assertNobodySignedIn(browser);
    }

    @Test
    void theClientSecretIsSentAsBasicAuthentication_aWrongOneSignsNobodyIn() {
      PortalOidc misconfigured = portal(idp.client("not-the-secret"), PUBLIC_URL);
      FakeBrowser browser = new FakeBrowser();
      Login login = idp.login(misconfigured.startSignIn(browser.request(), "/"), SANNE);

      assertThatThrownBy(
              () ->
                  misconfigured.finishSignIn(
                      browser.request("state", login.state(), "code", login.code())))
          .isInstanceOf(SignInRefusedException.class);

      assertNobodySignedIn(browser);
    }

    @Test
    void signingKeysThatCannotBeFetched_meanTheProviderIsUnavailable_notAForgery() {
      idp.keysAway(true);
      FakeBrowser browser = new FakeBrowser();
      Login login = idp.login(oidc.startSignIn(browser.request(), "/"), SANNE);

      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(browser.request("state", login.state(), "code", login.code())))
          .isInstanceOf(IdentityProviderUnavailableException.class);

      assertNobodySignedIn(browser);
    }

    private void assertRefusedIdToken(UnaryOperator<JWTClaimsSet.Builder> change) {
      FakeBrowser browser = new FakeBrowser();
      Login login = idp.login(oidc.startSignIn(browser.request(), "/"), SANNE, change);

      assertThatThrownBy(
              () ->
                  oidc.finishSignIn(browser.request("state", login.state(), "code", login.code())))
          .isInstanceOf(SignInRefusedException.class);

      assertNobodySignedIn(browser);
    }
  }

  @Nested
  class StillSignedIn {

    @Test
    void beforeTheAccessTokenRunsOut_theCallerGoesOn_withoutAskingTheProvider() {
      FakeBrowser browser = new FakeBrowser();
      signIn(browser, RIK);
      clock.advance(Duration.ofSeconds(StandInProvider.EXPIRES_IN - 1));

      assertThat(stillSignedIn(browser)).contains(RIK_AS_CALLER);
      assertThat(idp.refreshes()).isZero();
    }

    @Test
    void afterItRanOut_aLiveProviderSession_givesTheCallerAsTheProviderDescribesThemNow() {
      FakeBrowser browser = new FakeBrowser();
      signIn(browser, SANNE);
      idp.update(
          new Account(
              SANNE.subject(),
              "sanne",
              "Sanne de Vries",
              List.of("professional", "team-lead"),
              List.of("GM0193"),
              "zwolle-noord"));
      clock.advance(Duration.ofSeconds(StandInProvider.EXPIRES_IN + 1));

      Optional<Caller> now = stillSignedIn(browser);

      assertThat(now)
          .contains(
              new Caller(
                  "sanne",
                  "Sanne de Vries",
                  EnumSet.of(Role.PROFESSIONAL, Role.TEAM_LEAD),
                  "GM0193",
                  "zwolle-noord"));
      assertThat(idp.refreshes()).isOne();

      clock.advance(Duration.ofSeconds(StandInProvider.EXPIRES_IN - 1));
      assertThat(oidc.stillSignedIn(browser.session(), now.get())).contains(now.get());
      assertThat(idp.refreshes()).as("the refreshed token is good for another while").isOne();
    }

    @Test
    void aRegionalExpertWhoSwitchedMunicipality_staysInIt_afterARefresh() {
      FakeBrowser browser = new FakeBrowser();
      signIn(browser, RIK);
      Caller inHilversum = browser.caller().inMunicipality("GM0402");
      browser.session().setAttribute(BrugAuthenticationMechanism.SESSION_CALLER, inHilversum);
      clock.advance(Duration.ofSeconds(StandInProvider.EXPIRES_IN + 1));

      Optional<Caller> now = stillSignedIn(browser);

      assertThat(idp.refreshes()).isOne();
      assertThat(now).contains(inHilversum);
      assertThat(now.get().municipalityCode()).isEqualTo("GM0402");
    }

    @Test
    void aMunicipalityTheProviderNoLongerGrants_isLeft_afterARefresh() {
      FakeBrowser browser = new FakeBrowser();
      signIn(browser, RIK);
      browser
          .session()
          .setAttribute(
              BrugAuthenticationMechanism.SESSION_CALLER,
              browser.caller().inMunicipality("GM0402"));
      idp.update(
          new Account(
              RIK.subject(),
              RIK.username(),
              RIK.name(),
              RIK.groups(),
              List.of("GM0193"),
              RIK.team()));
      clock.advance(Duration.ofSeconds(StandInProvider.EXPIRES_IN + 1));

      Optional<Caller> now = stillSignedIn(browser);

      assertThat(now).get().extracting(Caller::municipalityCode).isEqualTo("GM0193");
      assertThat(now.get().municipalityCodes()).containsExactly("GM0193");
    }

    @Test
    void whenTheProviderSessionEnded_thePortalSessionIsOver() {
      FakeBrowser browser = new FakeBrowser();
      Login login = signIn(browser, SANNE);
      idp.endSession(login.sid());
      clock.advance(Duration.ofSeconds(StandInProvider.EXPIRES_IN + 1));

      assertThat(stillSignedIn(browser)).isEmpty();
      assertThat(idp.refreshes()).isOne();
    }

    @Test
    void whenTheProviderIsAway_theCallerGoesOn_andTheProviderIsAskedAgainAfterAWhile() {
      FakeBrowser browser = new FakeBrowser();
      Login login = signIn(browser, SANNE);
      Caller sanne = browser.caller();
      idp.goAway();
      clock.advance(Duration.ofSeconds(StandInProvider.EXPIRES_IN + 1));

      assertThat(stillSignedIn(browser)).contains(sanne);

      idp.comeBack();
      idp.endSession(login.sid());
      clock.advance(PortalOidc.RETRY_CHECK.minusSeconds(1));
      assertThat(stillSignedIn(browser)).contains(sanne);
      assertThat(idp.refreshes()).as("not asked again before the retry").isZero();

      clock.advance(Duration.ofSeconds(2));
      assertThat(stillSignedIn(browser)).isEmpty();
      assertThat(idp.refreshes()).isOne();
    }

    @Test
    void aSessionOfTheDevelopmentStore_isAlwaysStillSignedIn() {
      Caller demo =
          new Caller("demo", "Demo Professional", EnumSet.of(Role.PROFESSIONAL), "GM0193", null);
      FakeBrowser browser = FakeBrowser.signedInWithDemoAccount(demo);
      idp.goAway();
      clock.advance(Duration.ofDays(1));

      assertThat(oidc.stillSignedIn(browser.session(), demo)).contains(demo);
      assertThat(idp.refreshes()).isZero();
    }
  }

  @Nested
  class BackChannelLogout {

    /** Sanne, signed in before each case: a refused logout token leaves her signed in. */
    private FakeBrowser signedIn;

    private Login login;

    @BeforeEach
    void sanneIsSignedIn() {
      signedIn = new FakeBrowser();
      login = signIn(signedIn, SANNE);
    }

    @Test
    void aLogoutTokenForOneProviderSession_endsThatPortalSessionAtOnce_andNoOther() {
      FakeBrowser sannesLaptop = new FakeBrowser();
      Login laptop = signIn(sannesLaptop, SANNE);
      FakeBrowser sannesPhone = new FakeBrowser();
      signIn(sannesPhone, SANNE);
      FakeBrowser riks = new FakeBrowser();
      signIn(riks, RIK);

      oidc.backChannelLogout(
          idp.logoutToken(c -> c.subject(SANNE.subject()).claim("sid", laptop.sid())));

      assertThat(stillSignedIn(sannesLaptop)).isEmpty();
      assertThat(stillSignedIn(sannesPhone)).isPresent();
      assertThat(stillSignedIn(riks)).isPresent();
      assertThat(idp.refreshes()).as("decided without asking the provider").isZero();
    }

    @Test
    void aLogoutTokenTypedAsPlainJwt_asOlderKeycloaksSendIt_isAlsoAccepted() {
      FakeBrowser browser = new FakeBrowser();
      Login login = signIn(browser, SANNE);

      oidc.backChannelLogout(
          idp.logoutToken(
              c -> c.subject(SANNE.subject()).claim("sid", login.sid()),
              keyOfTheRealm(),
              JOSEObjectType.JWT));

      assertThat(stillSignedIn(browser)).isEmpty();
    }

    @Test
    void aLogoutTokenNamingOnlyTheSubject_endsEverySessionOfThatSubjectSignedInBeforeIt() {
      FakeBrowser sannesLaptop = new FakeBrowser();
      signIn(sannesLaptop, SANNE);
      FakeBrowser sannesPhone = new FakeBrowser();
      signIn(sannesPhone, SANNE);
      FakeBrowser riks = new FakeBrowser();
      signIn(riks, RIK);

      oidc.backChannelLogout(idp.logoutToken(c -> c.subject(SANNE.subject())));
      clock.advance(Duration.ofSeconds(1));
      FakeBrowser sannesLaptopLater = new FakeBrowser();
      signIn(sannesLaptopLater, SANNE);

      assertThat(stillSignedIn(sannesLaptop)).isEmpty();
      assertThat(stillSignedIn(sannesPhone)).isEmpty();
      assertThat(stillSignedIn(riks)).isPresent();
      assertThat(stillSignedIn(sannesLaptopLater)).isPresent();
    }

    @Test
    void aLogoutTokenWithANonce_isRefused() {
      assertRefusedLogoutToken(idp.logoutToken(c -> forTheSession(c).claim("nonce", "n-0S6")));
    }

    @Test
    void aLogoutTokenWithoutTheLogoutEvent_isRefused() {
      assertRefusedLogoutToken(idp.logoutToken(c -> forTheSession(c).claim("events", null)));
    }

    @Test
    void aLogoutTokenWithAnotherEvent_isRefused() {
      assertRefusedLogoutToken(
          idp.logoutToken(
              c ->
                  forTheSession(c)
                      .claim(
                          "events",
                          Map.of(
                              "https://schemas.openid.net/secevent/risc/event-type/x", Map.of()))));
    }

    @Test
    void aLogoutTokenSignedWithAnotherKey_isRefused() {
      assertRefusedLogoutToken(
          idp.logoutToken(
              this::forTheSession, StandInProvider.forgerKey(), new JOSEObjectType("logout+jwt")));
    }

    @Test
    void aLogoutTokenForAnotherClient_isRefused() {
      assertRefusedLogoutToken(idp.logoutToken(c -> forTheSession(c).audience("brug-api")));
    }

    @Test
    void aLogoutTokenWithoutExpiry_isRefused() {
      assertRefusedLogoutToken(idp.logoutToken(c -> forTheSession(c).expirationTime(null)));
    }

    @Test
    void aLogoutTokenExpiredLongerAgoThanBrugsClockSkew_isRefused() {
      Instant expired = Instant.now().minus(OidcProvider.CLOCK_SKEW).minusSeconds(15);
      assertRefusedLogoutToken(
          idp.logoutToken(
              c ->
                  forTheSession(c)
                      .issueTime(Date.from(expired.minus(Duration.ofMinutes(2))))
                      .expirationTime(Date.from(expired))));
    }

    @Test
    void aLogoutTokenWithoutIssueTime_isRefused() {
      assertRefusedLogoutToken(idp.logoutToken(c -> forTheSession(c).issueTime(null)));
    }

    @Test
    void aLogoutTokenNamingNeitherSessionNorSubject_isRefused() {
      assertRefusedLogoutToken(idp.logoutToken(c -> c));
    }

    @Test
    void anIdToken_isNoLogoutToken() {
      FakeBrowser browser = new FakeBrowser();
      signIn(browser, SANNE);

      assertThatThrownBy(() -> oidc.backChannelLogout(idp.lastIdToken()))
          .isInstanceOf(SignInRefusedException.class);

      assertThat(stillSignedIn(browser)).isPresent();
    }

    @Test
    void noLogoutTokenAtAll_isRefused() {
      assertThatThrownBy(() -> oidc.backChannelLogout(null))
          .isInstanceOf(SignInRefusedException.class);
      assertThatThrownBy(() -> oidc.backChannelLogout(" "))
          .isInstanceOf(SignInRefusedException.class);
    }

    private JWTClaimsSet.Builder forTheSession(JWTClaimsSet.Builder claims) {
      return claims.subject(SANNE.subject()).claim("sid", login.sid());
    }

    private void assertRefusedLogoutToken(String logoutToken) {
      assertThatThrownBy(() -> oidc.backChannelLogout(logoutToken))
          .isInstanceOf(SignInRefusedException.class);

      assertThat(stillSignedIn(signedIn)).isPresent();
    }
  }

  @Nested
  class SigningOut {

    @Test
    void afterAProviderSignIn_theBrowserGoesToTheProvidersLogout_andThePortalSessionEnds() {
      FakeBrowser browser = new FakeBrowser();
      signIn(browser, SANNE);
      String idToken = idp.lastIdToken();

      URI target = oidc.signOut(browser.request(), PortalSignIn.SIGNED_OUT_PATH);

      // exactly these parameters, in whatever order (the order of query parameters means nothing)
      assertThat(withoutQuery(target)).isEqualTo(idp.endSessionEndpoint().toString());
      assertThat(target.getRawQuery().split("&"))
          .containsExactlyInAnyOrder(
              "client_id=brug-portal",
              "id_token_hint=" + idToken,
              "post_logout_redirect_uri="
                  + URLEncoder.encode(PUBLIC_URL + "/login?afgemeld", UTF_8));
      assertThat(StandInProvider.query(target))
          .containsEntry("post_logout_redirect_uri", "https://portal.example/brug/login?afgemeld");
      assertThat(browser.sessionInvalidated()).isTrue();
      assertThat(browser.session()).isNull();
    }

    @Test
    void afterARefresh_theNewestIdTokenIsTheHint() {
      FakeBrowser browser = new FakeBrowser();
      signIn(browser, SANNE);
      String first = idp.lastIdToken();
      clock.advance(Duration.ofSeconds(StandInProvider.EXPIRES_IN + 1));
      stillSignedIn(browser);
      String refreshed = idp.lastIdToken();

      URI target = oidc.signOut(browser.request(), PortalSignIn.SIGNED_OUT_PATH);

      assertThat(refreshed).isNotEqualTo(first);
      assertThat(StandInProvider.query(target)).containsEntry("id_token_hint", refreshed);
    }

    @Test
    void aSessionNotSignedInThroughTheProvider_goesToTheSignedOutPage_andEnds() {
      FakeBrowser browser =
          FakeBrowser.signedInWithDemoAccount(
              new Caller("demo", "Demo", EnumSet.of(Role.PROFESSIONAL), "GM0193", null));

      URI target = oidc.signOut(browser.request(), PortalSignIn.SIGNED_OUT_PATH);

      assertThat(target).isEqualTo(URI.create("https://portal.example/brug/login?afgemeld"));
      assertThat(browser.sessionInvalidated()).isTrue();
    }

    @Test
    void withoutSession_theBrowserGoesToTheSignedOutPage() {
      URI target = oidc.signOut(new FakeBrowser().request(), PortalSignIn.SIGNED_OUT_PATH);

      assertThat(target).isEqualTo(URI.create("https://portal.example/brug/login?afgemeld"));
    }
  }

  @Test
  void onlyPathsInsideThePortal_areReturnedTo() {
    assertThat(PortalOidc.safeReturn("/toolkit/12?x=1")).isEqualTo("/toolkit/12?x=1");
    assertThat(PortalOidc.safeReturn("/")).isEqualTo("/");
    assertThat(PortalOidc.safeReturn("//evil.example")).isEqualTo("/");
    assertThat(PortalOidc.safeReturn("//evil.example/toolkit")).isEqualTo("/");
    assertThat(PortalOidc.safeReturn("https://evil.example")).isEqualTo("/");
    assertThat(PortalOidc.safeReturn("/\\evil.example")).isEqualTo("/");
    assertThat(PortalOidc.safeReturn("/toolkit\r\nSet-Cookie: x=1")).isEqualTo("/");
    assertThat(PortalOidc.safeReturn(null)).isEqualTo("/");
    assertThat(PortalOidc.safeReturn("toolkit")).isEqualTo("/");
    assertThat(PortalOidc.safeReturn("")).isEqualTo("/");
  }

  @Test
  void aReturnToOutsideThePortal_isForgottenAtTheStart() {
    FakeBrowser browser = new FakeBrowser();
    Login login = idp.login(oidc.startSignIn(browser.request(), "https://evil.example/"), SANNE);

    assertThat(oidc.finishSignIn(browser.request("state", login.state(), "code", login.code())))
        .isEqualTo("/");
  }

  // --- helpers ------------------------------------------------------------------------------

  private PortalOidc portal(OidcProvider provider, String publicUrl) {
    return new PortalOidc(provider, publicUrl, new EndedSessions(clock), events(), clock);
  }

  @SuppressWarnings("unchecked")
  private Event<CallerSignedIn> events() {
    return (Event<CallerSignedIn>)
        Proxy.newProxyInstance(
            Event.class.getClassLoader(),
            new Class<?>[] {Event.class},
            (proxy, method, args) -> {
              if (method.getName().equals("fire")) {
                fired.add((CallerSignedIn) args[0]);
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** Start, sign in at the stand-in's login page, come back: the browser is signed in. */
  private Login signIn(FakeBrowser browser, Account account) {
    Login login = idp.login(oidc.startSignIn(browser.request(), "/"), account);
    oidc.finishSignIn(browser.request("state", login.state(), "code", login.code()));
    assertThat(browser.caller()).isNotNull();
    return login;
  }

  /** What the authentication mechanism asks on every request of a signed-in portal session. */
  private Optional<Caller> stillSignedIn(FakeBrowser browser) {
    return oidc.stillSignedIn(browser.session(), browser.caller());
  }

  private void assertNobodySignedIn(FakeBrowser browser) {
    HttpSession session = browser.session();
    if (session != null) {
      assertThat(session.getAttribute(BrugAuthenticationMechanism.SESSION_CALLER)).isNull();
      assertThat(session.getAttribute(PortalOidc.SESSION_OIDC)).isNull();
    }
    assertThat(fired).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static PendingSignIn pendingOf(FakeBrowser browser, String state) {
    return ((Map<String, PendingSignIn>) browser.session().getAttribute(PortalOidc.SESSION_PENDING))
        .get(state);
  }

  private static String withoutQuery(URI uri) {
    String text = uri.toString();
    return text.substring(0, text.indexOf('?'));
  }

  private static RSAKey keyOfTheRealm() {
    return StandInProvider.realmKey();
  }

  /** A clock the test moves forward; tokens themselves carry real time (nimbus checks it). */
  static final class TestClock extends Clock {
    private volatile Instant now;

    TestClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
