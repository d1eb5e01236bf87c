package nl.brug.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.enterprise.context.NormalScope;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.NotSignedInException;
import nl.brug.auth.caller.Role;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.schema.StandInEntityManager;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Denied by default: every public method of every service of content (a CDI bean, found on the
 * class path, so a new service or method is covered without touching this test) refuses a signed-in
 * caller without roles, municipality or team, before it asks the database anything. What is open to
 * any such caller, or not for callers at all, is listed below with the reason.
 */
class DeniedByDefaultTest {

  /** Someone signed in whom nobody gave a role, a municipality or a team. */
  static final Caller NOBODY =
      new Caller("nobody", "Niemand", EnumSet.noneOf(Role.class), null, null);

  /**
   * Methods any signed-in caller may call, with why. A method is named {@code Service.method}; all
   * overloads share the entry.
   */
  static final Map<String, String> OPEN_TO_ANY_CALLER =
      Map.ofEntries(
          Map.entry(
              "ToolkitService.published",
              "the published national toolkit is for everyone signed in; the query filters on the"
                  + " caller's municipalities (AccessPolicy.municipalityScope)"),
          Map.entry("ToolkitService.countPublished", "counts what published() shows, same filter"),
          Map.entry(
              "ToolkitService.publishedTitles",
              "titles of published items the caller may see, filtered the same way"),
          Map.entry(
              "ToolkitService.recentlyViewed",
              "the caller's own recently opened items, filtered by AccessPolicy.maySeeScope"),
          Map.entry(
              "AssessmentService.rounds",
              "the rounds of teams the caller may see (AccessPolicy.maySeeTeam): without a"
                  + " municipality none"),
          Map.entry(
              "AssessmentService.roundsAwaiting",
              "the caller's own team's open rounds: without a team none"),
          Map.entry(
              "ContentGapLog.foundNothing",
              "counts what anyone signed in searched for and did not find; shows nothing back"),
          Map.entry("ContentGapLog.resultsShown", "counts a search of anyone; shows nothing back"),
          Map.entry(
              "ContentGapLog.resultOpened",
              "counts that anyone opened a result; shows nothing back"),
          Map.entry(
              "OrganisationService.visibleTo",
              "the municipalities the caller may see (AccessPolicy.maySee): none for nobody"),
          Map.entry(
              "OrganisationService.recordSignIn",
              "writes down the caller's own sign-in, with what the identity provider says"));

  /**
   * Public methods that take no caller, with why that is safe: used by the platform itself
   * (start-up, demo data, search indexing, retention), by other services after their own access
   * check, or public facts the same for everyone (names, published checklists).
   */
  static final Map<String, String> WITHOUT_A_CALLER =
      Map.ofEntries(
          Map.entry(
              "AuditTrail.record",
              "other services write their audit entries with it, after their access check"),
          Map.entry(
              "AuditTrail.of",
              "ToolkitService.history reads an item's entries with it after requireToolkitEditor"),
          Map.entry("ChecklistTemplates.ensureShippedTemplate", "platform start-up"),
          Map.entry(
              "ChecklistTemplates.newestTemplate",
              "published checklists are national and the same for everyone"),
          Map.entry(
              "ChecklistTemplates.nextVersionDraft",
              "the newest published checklist with the next number, as a starting text"),
          Map.entry("ContentGapLog.forgetExpiredMonths", "the platform's daily retention job"),
          Map.entry("ContentGapLog.retentionMonths", "a setting, shown on the gaps page"),
          Map.entry("ContentGapLog.thisMonth", "today's month in Amsterdam: no data"),
          Map.entry("DemoRounds.teamWithHistory", "demo data at start-up in development mode"),
          Map.entry("DemoRounds.teamWithClosedRound", "demo data at start-up in development mode"),
          Map.entry("OrganisationService.ensureMunicipality", "demo data at start-up"),
          Map.entry("OrganisationService.ensureTeam", "demo data at start-up"),
          Map.entry(
              "OrganisationService.municipalities",
              "the municipalities' names and codes are public (the API lists them)"),
          Map.entry("OrganisationService.municipality", "one municipality's name, public"),
          Map.entry("OrganisationService.findMunicipality", "one municipality's name, public"),
          Map.entry(
              "OrganisationService.findTeam",
              "a team's name for the caller's own team code (header, /me)"),
          Map.entry("PublishedToolkitReader.count", "search indexing and its start-up check"),
          Map.entry("PublishedToolkitReader.ids", "search indexing and its start-up check"),
          Map.entry("PublishedToolkitReader.read", "search indexing"),
          Map.entry(
              "PublishedToolkitReader.publishedVersions",
              "the start-up check comparing the index with the database"),
          Map.entry(
              "SynonymListService.current", "search loads the synonyms at start-up; not personal"),
          Map.entry(
              "ToolkitService.slugTaken",
              "demo data at start-up checks a slug before creating an item"));

  private final Clock clock = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneId.of("UTC"));

  @TestFactory
  Stream<DynamicTest> everyServiceMethod_refusesACallerWithoutRoles() throws Exception {
    return services().stream()
        .flatMap(service -> publicMethods(service).stream())
        .filter(method -> !listed(method))
        .map(method -> DynamicTest.dynamicTest(signature(method), () -> assertRefused(method)));
  }

  @Test
  void theServicesAreFound() throws Exception {
    assertThat(services())
        .extracting(Class::getSimpleName)
        .contains(
            "ToolkitService",
            "AssessmentService",
            "ActionPointService",
            "OrganisationService",
            "AttachmentService",
            "ChecklistTemplates");
  }

  /** The lists stay true: each entry names a public method that exists. */
  @Test
  void everyListedMethodExists() throws Exception {
    Set<String> methods =
        services().stream()
            .flatMap(s -> publicMethods(s).stream())
            .map(DeniedByDefaultTest::name)
            .collect(Collectors.toSet());
    assertThat(methods).containsAll(OPEN_TO_ANY_CALLER.keySet());
    assertThat(methods).containsAll(WITHOUT_A_CALLER.keySet());
    assertThat(
            services().stream()
                .flatMap(s -> publicMethods(s).stream())
                .filter(m -> WITHOUT_A_CALLER.containsKey(name(m)) && takesACaller(m))
                .map(DeniedByDefaultTest::name))
        .as("listed as without a caller, but they take one")
        .isEmpty();
  }

  /** A method without a caller is not called by a request: it must be listed with why. */
  @Test
  void everyMethodWithoutACaller_isListed() throws Exception {
    List<String> unlisted =
        services().stream()
            .flatMap(s -> publicMethods(s).stream())
            .filter(m -> !takesACaller(m))
            .map(DeniedByDefaultTest::name)
            .filter(name -> !WITHOUT_A_CALLER.containsKey(name))
            .distinct()
            .sorted()
            .toList();
    assertThat(unlisted).as("public service methods without a Caller, not listed").isEmpty();
  }

  private void assertRefused(Method method) throws Exception {
    Object service =
        Modifier.isStatic(method.getModifiers()) ? null : construct(method.getDeclaringClass());
    Object[] arguments = Arrays.stream(method.getParameters()).map(this::dummy).toArray();
    Object result;
    try {
      result = method.invoke(service, arguments);
    } catch (InvocationTargetException thrown) {
      Throwable cause = thrown.getCause();
      if (cause instanceof ActionNotAllowedException
          || cause instanceof UnknownResourceException
          || cause instanceof NotSignedInException) {
        return;
      }
      throw new AssertionError(
          name(method) + " did not refuse a caller without roles but failed otherwise: " + cause,
          cause);
    }
    fail(name(method) + " answered a caller without roles: " + result);
  }

  private static boolean listed(Method method) {
    String name = name(method);
    return OPEN_TO_ANY_CALLER.containsKey(name) || WITHOUT_A_CALLER.containsKey(name);
  }

  private static boolean takesACaller(Method method) {
    return Arrays.asList(method.getParameterTypes()).contains(Caller.class);
  }

  private static String signature(Method method) {
    return name(method)
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  static String name(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }

  static List<Method> publicMethods(Class<?> service) {
    return Arrays.stream(service.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .filter(m -> !m.isSynthetic() && !m.isBridge())
        .sorted(Comparator.comparing(Method::toGenericString))
        .toList();
  }

  /** Every public CDI bean in content's own classes. */
  static List<Class<?>> services() throws IOException, URISyntaxException {
    Path classes =
        Path.of(
            OrganisationService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .map(f -> classes.relativize(f).toString())
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .map(DeniedByDefaultTest::load)
          .filter(c -> Modifier.isPublic(c.getModifiers()) && !c.isInterface())
          .filter(DeniedByDefaultTest::isBean)
          .sorted(Comparator.comparing(Class::getName))
          .toList();
    }
  }

  private static boolean isBean(Class<?> type) {
    return Arrays.stream(type.getAnnotations())
        .map(Annotation::annotationType)
        .anyMatch(a -> a.isAnnotationPresent(NormalScope.class));
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, DeniedByDefaultTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The service with its injection constructor: other services built the same way, the stand-in
   * entity manager (finds nothing, fails on any query) and stand-ins that fail on any use for
   * everything else (data sources, events).
   */
  private Object construct(Class<?> type) throws ReflectiveOperationException {
    Constructor<?> constructor =
        Arrays.stream(type.getConstructors())
            .max(
                Comparator.comparing((Constructor<?> c) -> c.isAnnotationPresent(Inject.class))
                    .thenComparing(Constructor::getParameterCount))
            .orElseThrow(() -> new AssertionError(type + " has no public constructor"));
    Object[] arguments = new Object[constructor.getParameterCount()];
    Class<?>[] types = constructor.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      arguments[i] = collaborator(types[i]);
    }
    return new StandInEntityManager().into(constructor.newInstance(arguments));
  }

  private Object collaborator(Class<?> type) throws ReflectiveOperationException {
    if (type == Clock.class) {
      return clock;
    }
    if (type == int.class) {
      return 1;
    }
    if (type.isInterface()) {
      return Proxy.newProxyInstance(
          type.getClassLoader(),
          new Class<?>[] {type},
          (self, method, args) -> {
            throw new AssertionError(
                "The service used its " + type.getSimpleName() + " before refusing: " + method);
          });
    }
    return construct(type);
  }

  /** A harmless value of the parameter's type: a fresh id, "x", today, an empty list, … */
  private Object dummy(Parameter parameter) {
    return dummy(parameter.getType());
  }

  private Object dummy(Class<?> type) {
    if (type == Caller.class) {
      return NOBODY;
    }
    if (type == UUID.class) {
      return UUID.randomUUID();
    }
    if (type == String.class) {
      return "x";
    }
    if (type == LocalDate.class) {
      return LocalDate.now(clock);
    }
    if (type == YearMonth.class) {
      return YearMonth.now(clock);
    }
    if (type == Instant.class) {
      return clock.instant();
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == long.class || type == Long.class) {
      return 0L;
    }
    if (type == boolean.class || type == Boolean.class) {
      return false;
    }
    if (type == double.class || type == Double.class) {
      return 0.5;
    }
    if (type == byte[].class) {
      return new byte[] {1};
    }
    if (type == List.class || type == Collection.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
      Object[] values = Arrays.stream(types).map(this::dummy).toArray();
      try {
        return type.getDeclaredConstructor(types).newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            "No " + type.getSimpleName() + " from " + Arrays.toString(values), e);
      }
    }
    return null;
  }
}
