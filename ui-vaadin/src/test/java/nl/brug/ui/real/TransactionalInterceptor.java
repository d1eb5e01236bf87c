package nl.brug.ui.real;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import org.jboss.weld.bean.builtin.BeanManagerProxy;
import org.jboss.weld.injection.spi.JpaInjectionServices;

/** The JTA {@code @Transactional} interceptor, on {@link LocalTransactions}. */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class TransactionalInterceptor {

  @Inject BeanManager beans;

  @AroundInvoke
  Object inTransaction(InvocationContext call) throws Exception {
    Transactional declared = call.getMethod().getAnnotation(Transactional.class);
    if (declared == null) {
      declared = call.getMethod().getDeclaringClass().getAnnotation(Transactional.class);
    }
    if (declared == null) {
      declared = call.getTarget().getClass().getSuperclass().getAnnotation(Transactional.class);
    }
    Transactional.TxType type = declared == null ? Transactional.TxType.REQUIRED : declared.value();
    LocalTransactions transactions =
        (LocalTransactions)
            BeanManagerProxy.unwrap(beans).getServices().get(JpaInjectionServices.class);
    return transactions.run(type, call::proceed);
  }
}
