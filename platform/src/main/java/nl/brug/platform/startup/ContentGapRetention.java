package nl.brug.platform.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.brug.content.gap.ContentGapLog;

/**
 * Keeps the content-gap log within its retention period ({@code brug.gaps.retention-months}):
 * forgets the expired months at start, after the migration, and then once a day.
 */
@ApplicationScoped
public class ContentGapRetention {

  private static final Logger LOG = Logger.getLogger(ContentGapRetention.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject ContentGapLog gaps;

  /** Forgets now (a wrong setting or a database failure stops the start), then daily. */
  void start() {
    start(gaps, scheduler);
  }

  static ScheduledFuture<?> start(ContentGapLog gaps, ScheduledExecutorService scheduler) {
    gaps.forgetExpiredMonths();
    LOG.info(
        () -> "Content-gap log keeps " + gaps.retentionMonths() + " months; checked once a day");
    return scheduler.scheduleAtFixedRate(() -> forget(gaps), 1, 1, TimeUnit.DAYS);
  }

  private static void forget(ContentGapLog gaps) {
    try {
      gaps.forgetExpiredMonths();
    } catch (RuntimeException e) {
      // a failure must not end the daily schedule: tomorrow's run tries again
      LOG.log(Level.WARNING, "Forgetting old months of the content-gap log failed", e);
    }
  }
}
