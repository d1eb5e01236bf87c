package nl.brug.content.schema;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An entity manager for service tests without a container or JPA provider: it finds the entities it
 * holds by id, and nothing else. Any query, write, flush or lock fails the test, so a test also
 * shows that a refused request was refused before the service asked the database anything.
 */
public final class StandInEntityManager implements InvocationHandler {

  private final Map<Object, Object> byId = new HashMap<>();
  private final EntityManager proxy =
      (EntityManager)
          Proxy.newProxyInstance(
              EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, this);

  /** Holds this entity under this id, for {@code find}. */
  public StandInEntityManager holding(Object id, Object entity) {
    byId.put(id, entity);
    return this;
  }

  /** Puts this entity manager into every {@link EntityManager} field of the service. */
  public <S> S into(S service) {
    for (Class<?> type = service.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == EntityManager.class) {
          try {
            field.setAccessible(true);
            field.set(service, proxy);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return service;
  }

  @Override
  public Object invoke(Object self, Method method, Object[] args) {
    switch (method.getName()) {
      case "find":
        if (args.length == 2 && args[0] instanceof Class<?> type) {
          Object entity = byId.get(args[1]);
          return type.isInstance(entity) ? entity : null;
        }
        break;
      case "equals":
        return self == args[0];
      case "hashCode":
        return System.identityHashCode(self);
      case "toString":
        return "StandInEntityManager" + byId.keySet();
      default:
        break;
    }
    throw new AssertionError(
        "The service asked the database more than to find by id: "
            + method.getName()
            + (args == null ? "()" : Arrays.toString(args)));
  }
}
