package nl.brug.ui.shell;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.brug.auth.caller.BrugPrincipal;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.development.DemoAccount;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.auth.signin.PortalSignIn;
import nl.brug.auth.signin.RunMode;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.ui.admin.AdminView;
import nl.brug.ui.editorial.EditorialView;
import nl.brug.ui.editorial.ItemEditorView;
import nl.brug.ui.real.MovableClock;
import nl.brug.ui.real.RealServices;
import nl.brug.ui.signin.LoginView;
import nl.brug.ui.toolkit.ToolkitItemPrintView;
import nl.brug.ui.toolkit.ToolkitItemView;
import nl.brug.ui.toolkit.ToolkitView;

/**
 * The portal in Karibu-Testing, without a server: views get the real services ({@link
 * RealServices}, on an in-memory H2 with the real migrations, starting from {@link SeededPortal}),
 * and the same navigation access control as the real portal. Only the sign-in is a stand-in (it
 * checks the demo accounts and puts the caller on the request, as the container's security and the
 * identity provider would).
 */
public final class PortalHarness {

  static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  /** The self-assessment's today: Monday 1 March 2027, 14:32 in Amsterdam. */
  static final Instant ASSESSMENT_NOW = Instant.parse("2027-03-01T13:32:00Z");

  /** The one clock of the services and the assessment views; tests may move it. */
  final MovableClock clock =
      new MovableClock(SeededPortal.AT, java.time.ZoneId.of("Europe/Amsterdam"));

  final RealServices services = new RealServices(clock);
  final SeededPortal seeded = SeededPortal.plant(services);

  {
    clock.moveTo(ASSESSMENT_NOW);
  }

  final OrganisationService organisation = services.get(OrganisationService.class);
  final StandInSignIn signIn = new StandInSignIn(true, services);
  final ToolkitService toolkit = services.get(ToolkitService.class);
  final nl.brug.content.attachment.AttachmentService attachments =
      services.get(nl.brug.content.attachment.AttachmentService.class);
  final nl.brug.search.toolkit.SearchIndex searchIndex =
      nl.brug.search.toolkit.SearchIndex.inMemory();
  final nl.brug.content.synonym.SynonymListService synonyms =
      services.get(nl.brug.content.synonym.SynonymListService.class);
  final nl.brug.content.gap.ContentGapLog gaps =
      new nl.brug.content.gap.ContentGapLog(services.dataSource(), clock);

  final nl.brug.content.assessment.AssessmentService assessment =
      services.get(nl.brug.content.assessment.AssessmentService.class);
  final nl.brug.content.assessment.ActionPointService actionPoints =
      services.get(nl.brug.content.assessment.ActionPointService.class);
  final nl.brug.content.assessment.ChecklistTemplates templates =
      services.get(nl.brug.content.assessment.ChecklistTemplates.class);
  final Rounds rounds = new Rounds(services);

  /** Rebuilds an admin starts wait here until a test runs them. */
  final List<Runnable> background = new java.util.concurrent.CopyOnWriteArrayList<>();

  final nl.brug.search.toolkit.ToolkitSearchService search =
      new nl.brug.search.toolkit.ToolkitSearchService(
          searchIndex, publishedItems(), synonyms, gaps, background::add);

  {
    services.afterCommit(
        change -> {
          if (change instanceof nl.brug.content.synonym.SynonymListChanged synonymsChanged) {
            search.onSynonymListChanged(synonymsChanged);
          } else if (change
              instanceof nl.brug.content.toolkit.boundary.PublicationChanged publication) {
            indexAfterCommit(publication);
          }
        });
  }

  /**
   * Hands a publication to the search's after-commit observer, as CDI does in the platform (the
   * observer is package-private there, as CDI allows).
   */
  private void indexAfterCommit(nl.brug.content.toolkit.boundary.PublicationChanged publication) {
    try {
      java.lang.reflect.Method observer =
          nl.brug.search.toolkit.ToolkitSearchService.class.getDeclaredMethod(
              "onPublicationChanged", nl.brug.content.toolkit.boundary.PublicationChanged.class);
      observer.setAccessible(true);
      observer.invoke(search, publication);
    } catch (java.lang.reflect.InvocationTargetException failed) {
      throw new IllegalStateException(failed.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The published items as the platform's search reads them, from the database; indexed at once.
   */
  private nl.brug.search.toolkit.PublishedItems publishedItems() {
    nl.brug.content.toolkit.boundary.PublishedToolkitReader reader =
        new nl.brug.content.toolkit.boundary.PublishedToolkitReader(services.dataSource());
    nl.brug.search.toolkit.PublishedItems published =
        new nl.brug.search.toolkit.PublishedItems() {
          @Override
          public List<UUID> ids() {
            return reader.ids();
          }

          @Override
          public List<nl.brug.content.toolkit.boundary.PublishedToolkitItem> read(List<UUID> ids) {
            return reader.read(ids);
          }
        };
    published.read(published.ids()).forEach(searchIndex::put);
    return published;
  }

  void start() {
    Routes routes = new Routes().autoDiscoverViews("nl.brug.ui");
    Map<Class<?>, Supplier<Object>> views = new java.util.HashMap<>();
    views.put(MainLayout.class, () -> new MainLayout(organisation, signIn, search));
    views.put(nl.brug.ui.home.HomeView.class, () -> new nl.brug.ui.home.HomeView(assessment));
    views.put(
        nl.brug.ui.assessment.SelfAssessmentView.class,
        () ->
            new nl.brug.ui.assessment.SelfAssessmentView(
                assessment, actionPoints, templates, toolkit, clock));
    views.put(
        nl.brug.ui.assessment.AnswerView.class,
        () -> new nl.brug.ui.assessment.AnswerView(assessment, toolkit, clock));
    views.put(
        nl.brug.ui.assessment.RoundView.class,
        () ->
            new nl.brug.ui.assessment.RoundView(
                assessment,
                actionPoints,
                organisation,
                toolkit,
                services.get(nl.brug.content.assessment.report.RoundReports.class),
                clock));
    views.put(
        nl.brug.ui.assessment.ChecklistView.class,
        () -> new nl.brug.ui.assessment.ChecklistView(templates));
    views.put(
        nl.brug.ui.assessment.TeamsOverviewView.class,
        () -> new nl.brug.ui.assessment.TeamsOverviewView(assessment, organisation));
    views.put(nl.brug.ui.search.SearchView.class, () -> new nl.brug.ui.search.SearchView(search));
    views.put(LoginView.class, () -> new LoginView(signIn, organisation));
    views.put(AdminView.class, () -> new AdminView(organisation));
    views.put(
        nl.brug.ui.admin.SearchIndexView.class, () -> new nl.brug.ui.admin.SearchIndexView(search));
    views.put(
        nl.brug.ui.editorial.SynonymsView.class,
        () -> new nl.brug.ui.editorial.SynonymsView(search));
    views.put(
        nl.brug.ui.editorial.ContentGapsView.class,
        () -> new nl.brug.ui.editorial.ContentGapsView(gaps, organisation));
    views.put(ToolkitView.class, () -> new ToolkitView(toolkit));
    views.put(ToolkitItemView.class, () -> new ToolkitItemView(toolkit, organisation, attachments));
    views.put(ToolkitItemPrintView.class, () -> new ToolkitItemPrintView(toolkit, organisation));
    views.put(
        EditorialView.class,
        () ->
            new EditorialView(
                toolkit,
                Clock.fixed(Instant.parse("2028-01-01T10:00:00Z"), java.time.ZoneOffset.UTC)));
    views.put(ItemEditorView.class, () -> new ItemEditorView(toolkit, attachments));
    views.put(
        nl.brug.ui.editorial.ItemHistoryView.class,
        () -> new nl.brug.ui.editorial.ItemHistoryView(toolkit));
    views.put(
        nl.brug.ui.toolkit.BilingualGuidePrintView.class,
        () -> new nl.brug.ui.toolkit.BilingualGuidePrintView(toolkit, organisation));
    views.put(
        nl.brug.ui.toolkit.ConversationView.class,
        () -> new nl.brug.ui.toolkit.ConversationView(toolkit, organisation));

    MockVaadinServlet servlet =
        new MockVaadinServlet(routes) {
          private static final long serialVersionUID = 1L;

          @Override
          protected VaadinServletService createServletService(DeploymentConfiguration config)
              throws ServiceException {
            MockService service =
                new MockService(this, config, UI::new) {
                  private static final long serialVersionUID = 1L;

                  @Override
                  protected Instantiator createInstantiator() {
                    return new ViewInstantiator(this, views);
                  }
                };
            service.init();
            getRoutes().register(service.getContext());
            return service;
          }
        };
    MockVaadin.setup(UI::new, servlet);
  }

  void stop() {
    MockVaadin.tearDown();
    searchIndex.close();
    services.close();
  }

  /** Signs in without the login page, as the container would after a valid sign-in. */
  void signInAs(String username) {
    Caller caller = DemoAccounts.find(username).orElseThrow().caller();
    signIn.actAs(caller, fakeRequest());
  }

  /** The addresses the page was sent to (Page.setLocation) since the last call. */
  static List<String> locationsOpened() {
    return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
        .filter(js -> js.getInvocation().getExpression().contains("window.open"))
        .map(js -> String.valueOf(js.getInvocation().getParameters().get(0)))
        .toList();
  }

  /** Signs in a caller the demo accounts do not have, as the identity provider would. */
  void signInAs(Caller caller) {
    signIn.actAs(caller, fakeRequest());
  }

  static FakeRequest fakeRequest() {
    return (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
  }

  /** Creates the views that need collaborators; everything else as Vaadin would. */
  static final class ViewInstantiator extends DefaultInstantiator {
    private static final long serialVersionUID = 1L;
    private final transient Map<Class<?>, Supplier<Object>> views;

    ViewInstantiator(VaadinService service, Map<Class<?>, Supplier<Object>> views) {
      super(service);
      this.views = views;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
      Supplier<Object> view = views.get(type);
      return view != null ? type.cast(view.get()) : super.getOrCreate(type);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
      return Stream.concat(
          super.getServiceInitListeners(), Stream.of(AccessControlSetup::configure));
    }
  }

  /** Checks the demo accounts and puts the caller on the request, as the container does. */
  static final class StandInSignIn extends PortalSignIn {
    static final String PROVIDER_LOGOUT =
        "http://localhost:8180/realms/brug/protocol/openid-connect/logout?client_id=brug-portal";

    private boolean demoAccountsAllowed;
    boolean throughIdentityProvider;
    int signOuts;

    /** When set, sign-ins are refused unchecked, as after too many failed attempts. */
    java.time.Duration throttledFor;

    private final RealServices services;

    StandInSignIn(boolean demoAccountsAllowed, RealServices services) {
      super(null, new RunMode(demoAccountsAllowed ? "development" : "production"), null);
      this.demoAccountsAllowed = demoAccountsAllowed;
      this.services = services;
    }

    /** As with Keycloak configured: no demo accounts, sign-in through the provider. */
    void useIdentityProvider() {
      demoAccountsAllowed = false;
      throughIdentityProvider = true;
    }

    @Override
    public boolean demoAccountsAllowed() {
      return demoAccountsAllowed;
    }

    @Override
    public boolean throughIdentityProvider() {
      return throughIdentityProvider;
    }

    @Override
    public Caller switchMunicipality(HttpServletRequest request, String municipalityCode) {
      FakeRequest fake = unwrap(request);
      Caller switched =
          ((BrugPrincipal) fake.getUserPrincipal()).caller().inMunicipality(municipalityCode);
      actAs(switched, fake);
      return switched;
    }

    @Override
    public Outcome signIn(
        String username,
        String password,
        HttpServletRequest request,
        HttpServletResponse response) {
      if (throttledFor != null) {
        throw new nl.brug.auth.signin.SignInThrottledException(throttledFor);
      }
      Optional<DemoAccount> account =
          DemoAccounts.find(username).filter(a -> a.password().equals(password));
      if (account.isEmpty()) {
        return Outcome.WRONG_CREDENTIALS;
      }
      actAs(account.get().caller(), unwrap(request));
      return Outcome.SIGNED_IN;
    }

    @Override
    public String signOut(HttpServletRequest request) {
      signOuts++;
      FakeRequest fake = unwrap(request);
      fake.setUserPrincipalInt(null);
      fake.setUserInRole((principal, role) -> false);
      return throughIdentityProvider ? PROVIDER_LOGOUT : SIGNED_OUT_PATH;
    }

    private static FakeRequest unwrap(ServletRequest request) {
      ServletRequest current = request;
      while (current instanceof ServletRequestWrapper wrapper) {
        current = wrapper.getRequest();
      }
      return (FakeRequest) current;
    }

    /** Puts the caller on the request and tells the services, as a sign-in does. */
    void actAs(Caller caller, FakeRequest request) {
      services.fire(new nl.brug.auth.signin.CallerSignedIn(caller));
      request.setUserPrincipalInt(new BrugPrincipal(caller));
      request.setUserInRole(
          (principal, role) -> caller.roles().stream().anyMatch(r -> r.id().equals(role)));
    }
  }
}
