package nl.brug.search.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.brug.auth.access.ActionNotAllowedException;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.NotSignedInException;
import nl.brug.auth.caller.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Denied by default in search, as content's {@code DeniedByDefaultTest} does for content: every
 * public method of {@link ToolkitSearchService} refuses a signed-in caller without roles,
 * municipality or team, before it reads the database or starts work, unless listed below with why.
 */
class SearchDeniedByDefaultTest {

  private static final Caller NOBODY =
      new Caller("nobody", "Niemand", EnumSet.noneOf(Role.class), null, null);

  /** Open to anyone signed in, with why. */
  private static final Map<String, String> OPEN_TO_ANY_CALLER =
      Map.of(
          "search",
          "searching the toolkit is for everyone; results are filtered on the caller's"
              + " municipalities (AccessPolicy.municipalityScope) and on what is published",
          "searchInPortal",
          "the same search, counting content gaps",
          "suggest",
          "completions from the same filtered search",
          "resultOpened",
          "counts that the caller opened a result; shows nothing back");

  /** Not called with a caller's request, with why. */
  private static final Map<String, String> WITHOUT_A_CALLER =
      Map.of(
          "ensureCurrent", "the platform's start-up check of the index",
          "useSynonyms", "the service itself and tests put a checked synonym list in use",
          "onSynonymListChanged", "a CDI observer after a saved synonym list was committed");

  private final SearchIndex index = SearchIndex.inMemory();
  private final PublishedItems database =
      (PublishedItems)
          Proxy.newProxyInstance(
              PublishedItems.class.getClassLoader(),
              new Class<?>[] {PublishedItems.class},
              (self, method, args) -> {
                throw new AssertionError("Read the database before refusing: " + method);
              });
  private final Executor background =
      work -> {
        throw new AssertionError("Started work before refusing");
      };

  @AfterEach
  void closeIndex() throws Exception {
    index.close();
  }

  @TestFactory
  Stream<DynamicTest> everyMethod_refusesACallerWithoutRoles() {
    return publicMethods()
        .filter(m -> !OPEN_TO_ANY_CALLER.containsKey(m.getName()))
        .filter(m -> !WITHOUT_A_CALLER.containsKey(m.getName()))
        .map(m -> DynamicTest.dynamicTest(m.getName(), () -> assertRefused(m)));
  }

  @Test
  void theListsNameExistingMethods_andEveryMethodWithoutACallerIsListed() {
    Set<String> names = publicMethods().map(Method::getName).collect(Collectors.toSet());
    assertThat(names)
        .containsAll(OPEN_TO_ANY_CALLER.keySet())
        .containsAll(WITHOUT_A_CALLER.keySet());
    List<String> unlisted =
        publicMethods()
            .filter(m -> !Arrays.asList(m.getParameterTypes()).contains(Caller.class))
            .map(Method::getName)
            .filter(name -> !WITHOUT_A_CALLER.containsKey(name))
            .toList();
    assertThat(unlisted).isEmpty();
  }

  private void assertRefused(Method method) throws Exception {
    ToolkitSearchService service =
        new ToolkitSearchService(index, database, null, null, background);
    Object[] arguments = Arrays.stream(method.getParameterTypes()).map(this::dummy).toArray();
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
      throw new AssertionError(method.getName() + " failed otherwise: " + cause, cause);
    }
    fail(method.getName() + " answered a caller without roles: " + result);
  }

  private Object dummy(Class<?> type) {
    if (type == Caller.class) {
      return NOBODY;
    }
    if (type == String.class) {
      return "x";
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == int.class) {
      return 1;
    }
    if (type == SearchRequest.class) {
      return new SearchRequest("x", null, null, null, null, null, null, 1, 10);
    }
    return null;
  }

  private static Stream<Method> publicMethods() {
    return Arrays.stream(ToolkitSearchService.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .sorted(Comparator.comparing(Method::getName));
  }
}
