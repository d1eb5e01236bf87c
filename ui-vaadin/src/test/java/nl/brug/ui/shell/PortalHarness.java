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
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.BrugPrincipal;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.development.DemoAccount;
import nl.brug.auth.development.DemoAccounts;
import nl.brug.auth.signin.PortalSignIn;
import nl.brug.auth.signin.RunMode;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Member;
import nl.brug.content.organisation.entity.Municipality;
import nl.brug.content.organisation.entity.Team;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.EvidenceLevel;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.ui.admin.AdminView;
import nl.brug.ui.editorial.EditorialView;
import nl.brug.ui.editorial.ItemEditorView;
import nl.brug.ui.signin.LoginView;
import nl.brug.ui.toolkit.ToolkitItemPrintView;
import nl.brug.ui.toolkit.ToolkitItemView;
import nl.brug.ui.toolkit.ToolkitView;

/**
 * The portal in Karibu-Testing, without a server or CDI: views get stand-ins for the organisation
 * service (fixed demo municipalities) and the sign-in (demo accounts), and the same navigation
 * access control as the real portal.
 */
public final class PortalHarness {

  static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  final StandInOrganisation organisation = new StandInOrganisation();
  final StandInSignIn signIn = new StandInSignIn(true);
  final StandInToolkit toolkit = new StandInToolkit();
  final StandInAttachments attachments = new StandInAttachments(toolkit);
  final nl.brug.search.toolkit.SearchIndex searchIndex =
      nl.brug.search.toolkit.SearchIndex.inMemory();
  final StandInSynonyms synonyms = new StandInSynonyms();
  final nl.brug.content.gap.ContentGapLog gaps =
      new nl.brug.content.gap.ContentGapLog(migratedH2(), Clock.systemUTC());

  /** The self-assessment's today: Monday 1 March 2027, 14:32 in Amsterdam. */
  static final Clock ASSESSMENT_CLOCK =
      Clock.fixed(Instant.parse("2027-03-01T13:32:00Z"), java.time.ZoneOffset.UTC);

  final StandInAssessment assessment = new StandInAssessment(ASSESSMENT_CLOCK, organisation);
  final StandInActionPoints actionPoints =
      new StandInActionPoints(organisation, toolkit, assessment);
  final StandInAssessment.StandInTemplates templates =
      new StandInAssessment.StandInTemplates(ASSESSMENT_CLOCK);

  /** Rebuilds an admin starts wait here until a test runs them. */
  final List<Runnable> background = new java.util.concurrent.CopyOnWriteArrayList<>();

  final nl.brug.search.toolkit.ToolkitSearchService search =
      new nl.brug.search.toolkit.ToolkitSearchService(
          searchIndex, publishedOf(toolkit), synonyms, gaps, background::add);

  {
    synonyms.observer = search::onSynonymListChanged;
  }

  private static javax.sql.DataSource migratedH2() {
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    nl.brug.content.schema.SchemaMigration.migrate(h2);
    return h2;
  }

  /** The stand-in toolkit's published items, as search reads them; indexed at once. */
  private nl.brug.search.toolkit.PublishedItems publishedOf(StandInToolkit items) {
    nl.brug.search.toolkit.PublishedItems published =
        new nl.brug.search.toolkit.PublishedItems() {
          @Override
          public List<UUID> ids() {
            return items.all().stream()
                .filter(i -> i.publishedVersion().isPresent())
                .map(ToolkitItem::getId)
                .toList();
          }

          @Override
          public List<nl.brug.content.toolkit.boundary.PublishedToolkitItem> read(List<UUID> ids) {
            return items.all().stream()
                .filter(i -> ids.contains(i.getId()))
                .flatMap(i -> nl.brug.content.toolkit.boundary.PublishedToolkitItem.of(i).stream())
                .toList();
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
                assessment, actionPoints, templates, toolkit, ASSESSMENT_CLOCK));
    views.put(
        nl.brug.ui.assessment.AnswerView.class,
        () -> new nl.brug.ui.assessment.AnswerView(assessment, toolkit, ASSESSMENT_CLOCK));
    views.put(
        nl.brug.ui.assessment.RoundView.class,
        () ->
            new nl.brug.ui.assessment.RoundView(
                assessment,
                actionPoints,
                organisation,
                toolkit,
                new nl.brug.content.assessment.report.RoundReports(
                    ASSESSMENT_CLOCK, assessment, actionPoints, organisation),
                ASSESSMENT_CLOCK));
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
                    return new StandInInstantiator(this, views);
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
  static final class StandInInstantiator extends DefaultInstantiator {
    private static final long serialVersionUID = 1L;
    private final transient Map<Class<?>, Supplier<Object>> views;

    StandInInstantiator(VaadinService service, Map<Class<?>, Supplier<Object>> views) {
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

  /**
   * The saved synonym list in memory, with the same version check as the real one; tells search of
   * a save as the CDI event after commit would.
   */
  static final class StandInSynonyms extends nl.brug.content.synonym.SynonymListService {
    private nl.brug.content.synonym.SavedSynonymList saved;
    java.util.function.Consumer<nl.brug.content.synonym.SynonymListChanged> observer;

    StandInSynonyms() {
      super(Clock.systemUTC(), null, null);
    }

    @Override
    public java.util.Optional<nl.brug.content.synonym.SavedSynonymList> current() {
      return java.util.Optional.ofNullable(saved);
    }

    @Override
    public synchronized nl.brug.content.synonym.SavedSynonymList save(
        Caller caller, String text, long basedOnVersion) {
      nl.brug.auth.access.AccessPolicy.requireSynonymEditor(caller);
      long current = saved == null ? NOTHING_SAVED : saved.version();
      if (current != basedOnVersion) {
        throw new nl.brug.content.concurrency.StaleVersionException(
            "Iemand anders heeft de synoniemenlijst intussen opgeslagen.");
      }
      saved =
          new nl.brug.content.synonym.SavedSynonymList(
              text, current + 1, caller.username(), Instant.now());
      observer.accept(new nl.brug.content.synonym.SynonymListChanged(saved));
      return saved;
    }
  }

  /** The demo municipalities and teams, without a database. */
  static final class StandInOrganisation extends OrganisationService {
    private final List<Municipality> municipalities =
        List.of(new Municipality("GM0193", "Zwolle"), new Municipality("GM0402", "Hilversum"));
    private final List<Team> teams =
        List.of(
            new Team("zwolle-zuid", "GM0193", "Sociaal wijkteam Zwolle-Zuid"),
            new Team("zwolle-holtenbroek", "GM0193", "Sociaal wijkteam Holtenbroek"),
            new Team("hilversum-noord", "GM0402", "Sociaal wijkteam Hilversum-Noord"));

    StandInOrganisation() {
      super(Clock.systemUTC());
    }

    @Override
    public List<Municipality> municipalities() {
      return municipalities;
    }

    @Override
    public Optional<Municipality> findMunicipality(String code) {
      return municipalities.stream().filter(m -> m.getCode().equals(code)).findFirst();
    }

    @Override
    public List<Team> teamsOf(Caller caller, String municipalityCode) {
      AccessPolicy.requireVisible(caller, municipalityCode, "municipality", municipalityCode);
      return teams.stream().filter(t -> t.getMunicipalityCode().equals(municipalityCode)).toList();
    }

    @Override
    public List<Member> membersOf(Caller caller, String municipalityCode) {
      AccessPolicy.requireVisible(caller, municipalityCode, "municipality", municipalityCode);
      return DemoAccounts.all().stream()
          .map(DemoAccount::caller)
          .filter(c -> municipalityCode.equals(c.municipalityCode()))
          .map(c -> Member.provision(c, Instant.parse("2026-11-23T08:00:00Z")))
          .toList();
    }
  }

  /**
   * Published items in memory, run through the real workflow: a national interview guide and
   * working method, and a Zwolle-only working method. Visibility follows the access policy.
   */
  public static final class StandInToolkit extends ToolkitService {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final nl.brug.content.toolkit.entity.InterviewGuide GUIDE =
        new nl.brug.content.toolkit.entity.InterviewGuide(
            List.of(
                new nl.brug.content.toolkit.entity.InterviewGuide.Section(
                    "Kennismaking",
                    List.of(
                        new nl.brug.content.toolkit.entity.InterviewGuide.Question(
                            "In welke taal praat u het liefst?",
                            "Afstemmen op de taal",
                            List.of(),
                            Map.of(
                                nl.brug.content.toolkit.entity.Language.AR,
                                new nl.brug.content.toolkit.entity.InterviewGuide.Translation(
                                    "ما هي اللغة التي تفضّل التحدث بها؟",
                                    nl.brug.content.toolkit.entity.TranslationStatus
                                        .DRAFT_NEEDS_NATIVE_REVIEW)))))));
    public final ToolkitItem intake =
        published("intake", ToolkitKind.INTERVIEW_GUIDE, null, "Cultuursensitief intakegesprek");
    public final ToolkitItem interpreter =
        published("tolk", ToolkitKind.WORKING_METHOD, null, "Werken met een tolk");
    public final ToolkitItem zwolle =
        published("zwolle", ToolkitKind.WORKING_METHOD, "GM0193", "Wie doet wat in Zwolle");

    StandInToolkit() {
      super(Clock.systemUTC(), null, null, null);
    }

    private static ToolkitItem published(
        String slug, ToolkitKind kind, String municipality, String title) {
      ToolkitItem item =
          ToolkitItem.draft(
              slug,
              kind,
              municipality,
              new ItemContent(
                  title,
                  "Samenvatting van " + title,
                  "## Zo werkt het\n\nVraag **altijd** naar het netwerk.",
                  Set.of(LifeDomain.TAAL),
                  List.of("tolken"),
                  List.of("statushouders"),
                  EvidenceLevel.PRACTICE_BASED,
                  List.of(),
                  java.time.LocalDate.of(2027, 11, 23),
                  kind == ToolkitKind.INTERVIEW_GUIDE ? GUIDE : null,
                  slug.equals("tolk")
                      ? Map.of(
                          nl.brug.content.toolkit.entity.Language.AR,
                          new nl.brug.content.toolkit.entity.ItemTranslation(
                              "العمل مع مترجم",
                              "ملخص",
                              "نص **مهم**",
                              nl.brug.content.toolkit.entity.TranslationStatus
                                  .DRAFT_NEEDS_NATIVE_REVIEW))
                      : Map.of()),
              "fatima",
              NOW);
      item.submitForReview("fatima");
      item.approve("noor", NOW);
      return item;
    }

    private final List<ToolkitItem> all =
        new java.util.ArrayList<>(List.of(intake, interpreter, zwolle));

    List<ToolkitItem> all() {
      return all;
    }

    private final java.util.Map<String, java.util.Deque<ToolkitItem>> viewed =
        new java.util.HashMap<>();

    @Override
    public void recordView(Caller caller, UUID itemId) {
      ToolkitItem item = item(caller, itemId);
      java.util.Deque<ToolkitItem> mine =
          viewed.computeIfAbsent(caller.username(), u -> new java.util.ArrayDeque<>());
      mine.remove(item);
      mine.addFirst(item);
    }

    @Override
    public List<ToolkitItem> recentlyViewed(Caller caller, int max) {
      return viewed.getOrDefault(caller.username(), new java.util.ArrayDeque<>()).stream()
          .limit(max)
          .toList();
    }

    @Override
    public List<ToolkitItem> forEditors(Caller caller) {
      AccessPolicy.requireToolkitEditor(caller);
      return all().stream()
          .filter(i -> AccessPolicy.maySeeScope(caller, i.getMunicipalityCode().orElse(null)))
          .toList();
    }

    @Override
    public ToolkitItem create(
        Caller caller,
        String slug,
        ToolkitKind kind,
        String municipalityCode,
        ItemContent content) {
      AccessPolicy.requireToolkitEditor(caller);
      ToolkitItem item =
          ToolkitItem.draft(slug, kind, municipalityCode, content, caller.username(), NOW);
      all.add(item);
      return item;
    }

    @Override
    public ToolkitItem edit(Caller caller, UUID id, long expectedVersion, ItemContent content) {
      ToolkitItem item = item(caller, id);
      item.edit(content, caller.username(), NOW);
      return item;
    }

    @Override
    public ToolkitItem submitForReview(Caller caller, UUID id, long expectedVersion) {
      ToolkitItem item = item(caller, id);
      item.submitForReview(caller.username());
      return item;
    }

    @Override
    public ToolkitItem approve(Caller caller, UUID id, long expectedVersion) {
      ToolkitItem item = item(caller, id);
      item.approve(caller.username(), NOW);
      return item;
    }

    @Override
    public ToolkitItem restore(Caller caller, UUID id, long expectedVersion, int versionNumber) {
      ToolkitItem item = item(caller, id);
      item.restore(versionNumber, caller.username(), NOW);
      return item;
    }

    @Override
    public List<nl.brug.content.audit.AuditEntry> history(Caller caller, UUID id) {
      item(caller, id);
      return List.of();
    }

    @Override
    public ToolkitItem sendBack(Caller caller, UUID id, long expectedVersion, String comment) {
      ToolkitItem item = item(caller, id);
      item.sendBack(caller.username(), comment);
      return item;
    }

    @Override
    public List<ToolkitItem> published(Caller caller, Filter filter, int first, int max) {
      return all().stream()
          .filter(i -> i.publishedVersion().isPresent())
          .filter(i -> AccessPolicy.maySeeScope(caller, i.getMunicipalityCode().orElse(null)))
          .filter(i -> filter.kind() == null || i.getKind() == filter.kind())
          .toList();
    }

    @Override
    public ToolkitItem item(Caller caller, UUID id) {
      return all().stream()
          .filter(i -> i.getId().equals(id))
          .filter(i -> AccessPolicy.maySeeScope(caller, i.getMunicipalityCode().orElse(null)))
          .filter(i -> AccessPolicy.maySeeUnpublished(caller) || i.publishedVersion().isPresent())
          .findFirst()
          .orElseThrow(() -> new UnknownResourceException("toolkit-item", id.toString()));
    }
  }

  /**
   * Files in memory. Adding goes through the real checks ({@link
   * nl.brug.content.attachment.AttachmentType}); visibility follows the stand-in toolkit.
   */
  public static final class StandInAttachments
      extends nl.brug.content.attachment.AttachmentService {
    private final StandInToolkit toolkit;
    public final List<nl.brug.content.attachment.Attachment> stored = new java.util.ArrayList<>();

    StandInAttachments(StandInToolkit toolkit) {
      super(toolkit, Clock.systemUTC());
      this.toolkit = toolkit;
    }

    @Override
    public nl.brug.content.attachment.Attachment add(
        Caller caller, UUID itemId, String filename, byte[] bytes) {
      AccessPolicy.requireToolkitEditor(caller);
      toolkit.item(caller, itemId);
      nl.brug.content.attachment.AttachmentType type =
          nl.brug.content.attachment.AttachmentType.of(filename, bytes)
              .orElseThrow(
                  () ->
                      new nl.brug.content.attachment.AttachmentRefusedException(
                          "Brug neemt alleen PDF's, afbeeldingen en Office-documenten aan."));
      nl.brug.content.attachment.Attachment attachment =
          new nl.brug.content.attachment.Attachment(
              itemId, filename, type, bytes, caller.username(), Instant.now());
      toolkit.item(caller, itemId).attach(attachment.getId(), caller.username(), Instant.now());
      stored.add(attachment);
      return attachment;
    }

    /** As the real service: readers see the published version's files. */
    @Override
    public List<nl.brug.content.attachment.Attachment> of(Caller caller, UUID itemId) {
      java.util.Set<UUID> published =
          toolkit
              .item(caller, itemId)
              .publishedVersion()
              .map(nl.brug.content.toolkit.entity.ItemRevision::attachmentIds)
              .orElse(java.util.Set.of());
      return stored.stream().filter(a -> published.contains(a.getId())).toList();
    }

    @Override
    public List<nl.brug.content.attachment.Attachment> ofDraft(Caller caller, UUID itemId) {
      AccessPolicy.requireToolkitEditor(caller);
      java.util.Set<UUID> draft = toolkit.item(caller, itemId).draftAttachmentIds();
      return stored.stream().filter(a -> draft.contains(a.getId())).toList();
    }

    @Override
    public void remove(Caller caller, UUID itemId, UUID attachmentId) {
      toolkit.item(caller, itemId).detach(attachmentId, caller.username(), Instant.now());
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

    StandInSignIn(boolean demoAccountsAllowed) {
      super(null, new RunMode(demoAccountsAllowed ? "development" : "production"), null);
      this.demoAccountsAllowed = demoAccountsAllowed;
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

    void actAs(Caller caller, FakeRequest request) {
      request.setUserPrincipalInt(new BrugPrincipal(caller));
      request.setUserInRole(
          (principal, role) -> caller.roles().stream().anyMatch(r -> r.id().equals(role)));
    }
  }
}
