package nl.brug.ui.real;

import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.TransactionRequiredException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.TransactionalException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.weld.injection.spi.JpaInjectionServices;
import org.jboss.weld.injection.spi.ResourceReferenceFactory;
import org.jboss.weld.injection.spi.helpers.SimpleResourceReference;

/**
 * What Payara does for the services, outside the container: a transaction per
 * {@code @Transactional} call (RESOURCE_LOCAL on one EntityManager per transaction, committed when
 * the call returns, rolled back when it throws an unchecked exception), the
 * {@code @PersistenceContext} that follows the current transaction, and the synchronizations Weld
 * uses to notify {@code TransactionPhase.AFTER_SUCCESS} observers after the commit.
 */
final class LocalTransactions implements JpaInjectionServices {

  private final EntityManagerFactory factory;
  private final ThreadLocal<Deque<Tx>> current = ThreadLocal.withInitial(ArrayDeque::new);

  LocalTransactions(EntityManagerFactory factory) {
    this.factory = factory;
  }

  private static final class Tx {
    final EntityManager em;
    final List<Synchronization> synchronizations = new ArrayList<>();

    Tx(EntityManager em) {
      this.em = em;
    }
  }

  /** Runs work as the JTA interceptor would for a method with this transaction type. */
  Object run(TxType type, Callable<Object> work) throws Exception {
    boolean active = !current.get().isEmpty();
    switch (type) {
      case MANDATORY:
        if (!active) {
          throw new TransactionalException(
              "MANDATORY without a transaction", new TransactionRequiredException());
        }
        return work.call();
      case REQUIRED:
      case SUPPORTS:
        return active || type == TxType.SUPPORTS ? work.call() : inNew(work);
      case REQUIRES_NEW:
        return inNew(work);
      default:
        throw new UnsupportedOperationException("The tests' transactions do not do " + type);
    }
  }

  private Object inNew(Callable<Object> work) throws Exception {
    Tx tx = new Tx(factory.createEntityManager());
    EntityTransaction local = tx.em.getTransaction();
    current.get().push(tx);
    boolean committed = false;
    try {
      local.begin();
      Object result;
      Exception checked = null;
      try {
        result = work.call();
      } catch (RuntimeException | Error unchecked) {
        if (local.isActive()) {
          local.rollback();
        }
        throw unchecked;
      } catch (Exception e) {
        // as JTA's interceptor: a checked exception commits (the services declare none)
        checked = e;
        result = null;
      }
      tx.synchronizations.forEach(Synchronization::beforeCompletion);
      try {
        if (local.getRollbackOnly()) {
          local.rollback();
          throw new TransactionalException("marked for rollback", new RollbackException());
        }
        local.commit();
      } catch (jakarta.persistence.RollbackException failed) {
        RollbackException rolledBack = new RollbackException(failed.getMessage());
        rolledBack.initCause(failed);
        throw new TransactionalException("commit failed", rolledBack);
      }
      committed = true;
      if (checked != null) {
        throw checked;
      }
      return result;
    } finally {
      current.get().pop();
      tx.em.close();
      int status = committed ? Status.STATUS_COMMITTED : Status.STATUS_ROLLEDBACK;
      for (Synchronization synchronization : tx.synchronizations) {
        synchronization.afterCompletion(status);
      }
    }
  }

  /** The EntityManager of the transaction the calling thread is in, as Payara's would be. */
  EntityManager transactionScoped() {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              Tx tx = current.get().peek();
              if (tx == null) {
                if (method.getName().equals("toString")) {
                  return "EntityManager of the current transaction (none)";
                }
                throw new TransactionRequiredException(
                    "EntityManager." + method.getName() + " outside a transaction");
              }
              try {
                return method.invoke(tx.em, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** Tells {@code synchronization} of the current transaction's outcome once it is over. */
  void registerSynchronization(Synchronization synchronization) {
    Tx tx = current.get().peek();
    if (tx == null) {
      throw new IllegalStateException("no transaction");
    }
    tx.synchronizations.add(synchronization);
  }

  @Override
  public ResourceReferenceFactory<EntityManager> registerPersistenceContextInjectionPoint(
      InjectionPoint injectionPoint) {
    EntityManager em = transactionScoped();
    return () -> new SimpleResourceReference<>(em);
  }

  @Override
  public ResourceReferenceFactory<EntityManagerFactory> registerPersistenceUnitInjectionPoint(
      InjectionPoint injectionPoint) {
    return () -> new SimpleResourceReference<>(factory);
  }

  @Override
  public void cleanup() {}
}
