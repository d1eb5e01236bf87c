package nl.brug.platform.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Brug as professionals of several municipalities meet it: signing in and out, isolation between
 * municipalities, and a whole self-assessment round of a team. Headless Debian chromium, the real
 * Keycloak login page, the real WAR on Payara Micro. A failing journey leaves a screenshot in
 * {@code platform/target/journey-screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalJourneysIT {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final String ZWOLLE_ITEM = "Zwolle: wie doet wat bij de ondersteuning";
  private static final LocatorAssertions.IsVisibleOptions PATIENTLY =
      new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
  private static final LocatorAssertions.ContainsTextOptions PATIENTLY_TEXT =
      new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
  private static final Locator.FilterOptions PDF = new Locator.FilterOptions().setHasText("PDF");

  private static BrugStack stack;
  private static Playwright playwright;
  private static Browser browser;

  private BrowserContext context;
  private Page page;

  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure = this::screenshotOnFailure;

  @BeforeAll
  static void startEverything() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "The browser journeys need Debian's chromium at "
              + CHROMIUM
              + ": install it with `apt-get install chromium` (.ci/run does)");
    }
    stack = new BrugStack().start();
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try {
      if (playwright != null) {
        playwright.close();
      }
    } finally {
      if (stack != null) {
        stack.close();
      }
    }
  }

  @BeforeEach
  void freshBrowser() {
    context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
    context.setDefaultTimeout(30_000);
    page = context.newPage();
  }

  @AfterEach
  void closeBrowser() {
    context.close();
  }

  @Test
  @Order(1)
  void aZwolleProfessional_signsInAtKeycloak_readsAnItem_searches_andSignsOut() {
    page.navigate(stack.portal() + "/toolkit");
    signInAtKeycloak("sanne");

    assertThat(page.locator("#signed-in-name")).hasText("Sanne de Vries");
    assertThat(page.locator("#signed-in-detail")).containsText("Zwolle");
    assertThat(page).hasURL(stack.portal() + "/toolkit");

    Locator box = page.locator("#search-box input");
    box.fill("statushouders zwolle");
    box.press("Enter");
    page.waitForURL(Pattern.compile(".*/zoeken\\?q=.*"));
    Locator hit = page.locator("#search-hits a", new Page.LocatorOptions().setHasText(ZWOLLE_ITEM));
    assertThat(hit).isVisible(PATIENTLY);
    hit.click();
    page.waitForURL(Pattern.compile(".*/toolkit/[0-9a-f-]{36}"));
    assertThat(page.locator("h1")).containsText(ZWOLLE_ITEM);

    page.locator("#sign-out").click();
    page.waitForURL(Pattern.compile(".*/login\\?afgemeld.*"));
    assertThat(page.locator("#signed-out")).containsText("Je bent afgemeld");

    page.navigate(stack.portal() + "/");
    page.waitForURL(Pattern.compile(Pattern.quote(BrugStack.KEYCLOAK) + ".*"));
    assertThat(page.locator("#username")).isVisible(PATIENTLY);
  }

  @Test
  @Order(2)
  void aHilversumProfessional_neverSeesZwollesLocalItem_notInSearch_notByAddress()
      throws Exception {
    String zwolleItem = zwolleItemIdAsSanneFindsIt();

    page.navigate(stack.portal() + "/");
    signInAtKeycloak("youssef");
    assertThat(page.locator("#signed-in-detail")).containsText("Hilversum");

    page.navigate(
        stack.portal()
            + "/zoeken?q="
            + URLEncoder.encode("statushouders zwolle", StandardCharsets.UTF_8));
    assertThat(page.locator("#search-count")).isVisible(PATIENTLY);
    assertThat(page.locator("#search-hits")).not().containsText(ZWOLLE_ITEM);

    page.navigate(stack.portal() + "/toolkit/" + zwolleItem);
    assertThat(page.locator("body")).containsText("niet gevonden");
    assertThat(page.locator("body")).not().containsText(ZWOLLE_ITEM);

    HttpResponse<String> overRest =
        stack.get("/api/v1/toolkit-items/" + zwolleItem, stack.accessToken("youssef"));
    assertThat(overRest.statusCode()).isEqualTo(404);
    assertThat(overRest.body()).doesNotContain("Zwolle");
  }

  @Test
  @Order(3)
  void theRegionalExpert_switchesMunicipality_andThePortalFollows() {
    page.navigate(stack.portal() + "/");
    signInAtKeycloak("rachida");
    assertThat(page.locator("#signed-in-name")).hasText("Rachida Bouzid");
    Locator choice = page.locator("#municipality-switch");
    assertThat(choice).isVisible(PATIENTLY);
    String before = page.locator("#signed-in-detail").textContent();

    choice.click();
    page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Ermelo")).click();

    assertThat(page.locator("#signed-in-detail")).containsText("Ermelo");
    assertThat(before).doesNotContain("Ermelo");
    page.reload();
    assertThat(page.locator("#signed-in-detail")).containsText("Ermelo");
  }

  @Test
  @Order(4)
  void whenKeycloakEndsTheSession_theOpenTabGoesToTheSignInPage_atTheNextClick() throws Exception {
    page.navigate(stack.portal() + "/");
    signInAtKeycloak("sanne");
    assertThat(page.locator("#signed-in-name")).hasText("Sanne de Vries");

    stack.revokeSessionsOf("sanne");
    page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Toolkit"))
        .first()
        .click();

    page.waitForURL(Pattern.compile(Pattern.quote(BrugStack.KEYCLOAK) + ".*"));
    assertThat(page.locator("#username")).isVisible(PATIENTLY);
  }

  @Test
  @Order(5)
  void aWholeRound_theTeamLeadStartsIt_threeMembersHandIn_andTheTeamAndCoordinatorSeeTheResults()
      throws Exception {
    String period = "Reis " + System.currentTimeMillis() % 100_000;
    page.navigate(stack.portal() + "/zelfevaluatie");
    signInAtKeycloak("marieke");
    page.locator("#round-period input").fill(period);
    page.locator("#start-round").click();
    Locator started = page.locator("#rounds a", new Page.LocatorOptions().setHasText(period));
    assertThat(started).isVisible(PATIENTLY);
    String roundPage = started.getAttribute("href");
    assertThat(roundPage).matches("zelfevaluatie/ronde/[0-9a-f-]{36}");
    String round = stack.portal() + "/" + roundPage;

    handInAs(null, round, 3); // marieke leads the team and answers too
    handInAs("kees", round, 2);
    handInAs("hatice", round, 4);

    Page sanne = signedIn("sanne", round);
    assertThat(sanne.locator("#round-summary")).containsText("3 van 4");
    assertThat(sanne.locator("#overall-score")).containsText("van 100", PATIENTLY_TEXT);
    assertThat(sanne.locator("#round-charts svg").first()).isVisible(PATIENTLY);
    sanne.setViewportSize(1280, 4000); // the whole round page at once, for a look after a run
    sanne.screenshot(new Page.ScreenshotOptions().setPath(screenshots().resolve("round-page.png")));
    Download pdf =
        sanne.waitForDownload(() -> sanne.locator("#round-exports a").filter(PDF).first().click());
    byte[] report = Files.readAllBytes(pdf.path());
    assertThat(new String(report, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.suggestedFilename()).endsWith(".pdf");
    sanne.context().close();

    page.navigate(round);
    page.locator("#action-description textarea").fill("Talenoverzicht bijhouden bij de intake");
    page.locator("#add-action-point").click();
    assertThat(page.locator("#action-points"))
        .containsText("Talenoverzicht bijhouden bij de intake", PATIENTLY_TEXT);

    Page ingrid = signedIn("ingrid", stack.portal() + "/zelfevaluatie/teams");
    Locator standings = ingrid.locator("#team-standings");
    assertThat(standings).containsText("Sociaal wijkteam Zwolle-Zuid", PATIENTLY_TEXT);
    assertThat(standings).containsText("3 van 4");
    assertThat(standings).containsText(period);
    ingrid.context().close();
  }

  /** Opens the answer page as the member (or as who is signed in already), answers and hands in. */
  private void handInAs(String username, String round, int step) {
    Page member = username == null ? page : signedIn(username, round + "/invullen");
    if (username == null) {
      page.navigate(round + "/invullen");
    }
    for (String statement : List.of("samenstelling-talen", "werkwijze-intake")) {
      member.locator("#answer-" + statement + " vaadin-radio-button").nth(step - 1).click();
      assertThat(member.locator("#save-status")).containsText("Opgeslagen", PATIENTLY_TEXT);
    }
    assertThat(member.locator("#answer-progress-text")).containsText("2 van");
    member.locator("#submit-answers").click();
    member
        .locator("[slot='confirm-button']", new Page.LocatorOptions().setHasText("Inleveren"))
        .click();
    assertThat(member.locator("#answer-state")).containsText("ingeleverd", PATIENTLY_TEXT);
    if (username != null) {
      member.context().close();
    }
  }

  /** A browser of its own, signed in as someone else at Keycloak, on this address. */
  private Page signedIn(String username, String address) {
    BrowserContext own = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
    own.setDefaultTimeout(30_000);
    Page other = own.newPage();
    other.navigate(address);
    Page before = page;
    page = other;
    try {
      signInAtKeycloak(username);
    } finally {
      page = before;
    }
    other.waitForURL(Pattern.compile(Pattern.quote(address) + ".*"));
    return other;
  }

  @Test
  @Order(99)
  void whenKeycloakIsAway_signingInSaysSoInDutch_andBrugStaysUp() throws Exception {
    assumeTrue(
        stack.startedKeycloakItself(),
        "Keycloak was already running before the tests: the journeys do not stop it");
    stack.stopKeycloak();

    page.navigate(stack.portal() + "/");

    assertThat(page.locator("#signin-problem")).hasText("Aanmelden lukt nu niet");
    assertThat(page.locator("#signin-retry")).isVisible();
    assertThat(stack.get("/health/live", null).statusCode()).isEqualTo(200);
    assertThat(stack.get("/health/ready", null).statusCode()).isEqualTo(503);
  }

  /** On Keycloak's own login page (the portal sent the browser there): user and password. */
  private void signInAtKeycloak(String username) {
    page.waitForURL(Pattern.compile(Pattern.quote(BrugStack.KEYCLOAK) + ".*"));
    page.locator("#username").fill(username);
    Locator password = page.locator("#password");
    if (!password.isVisible()) { // two steps when Keycloak organizations are on
      page.locator("#kc-login").click();
    }
    password.fill("demo");
    page.locator("#kc-login").click();
    page.waitForURL(Pattern.compile(Pattern.quote(stack.portal()) + ".*"));
    assertThat(page.locator("#signed-in-name")).isVisible(PATIENTLY);
  }

  private static String zwolleItemIdAsSanneFindsIt() throws Exception {
    HttpResponse<String> found =
        stack.get(
            "/api/v1/search?q=" + URLEncoder.encode("statushouders zwolle", StandardCharsets.UTF_8),
            stack.accessToken("sanne"));
    assertThat(found.statusCode()).isEqualTo(200);
    JsonObject first =
        BrugStack.readObject(found.body())
            .getJsonArray("hits")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(hit -> hit.getString("title").startsWith(ZWOLLE_ITEM))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("Sanne does not find Zwolle's item: " + found.body()));
    return first.getString("id");
  }

  private void screenshotOnFailure(ExtensionContext test) throws Exception {
    if (test.getExecutionException().isEmpty()
        || test.getExecutionException().get() instanceof org.opentest4j.TestAbortedException
        || page == null) {
      return;
    }
    Path folder = screenshots();
    Path shot = folder.resolve(test.getRequiredTestMethod().getName() + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
    System.err.println(
        "Screenshot of the failed journey: " + shot.toAbsolutePath() + " at " + page.url());
  }

  /** Where screenshots go: of failed journeys, and of the round page for a look after a run. */
  private static Path screenshots() throws java.io.IOException {
    Path folder =
        Path.of(System.getProperty("brug.journey.screenshots", "target/journey-screenshots"));
    Files.createDirectories(folder);
    return folder;
  }
}
