package nl.brug.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.gap.ContentGapLog;
import nl.brug.content.schema.SchemaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The content-gap log forgets expired months at start and every day after, as time moves on. */
class ContentGapRetentionTest {

  private static final Caller SANNE =
      new Caller("sanne", "Sanne", EnumSet.of(Role.PROFESSIONAL), "GM0193", null);
  private static final Caller FATIMA =
      new Caller("fatima", "Fatima", EnumSet.of(Role.EXPERT), "GM0193", null);

  /** Runs nothing by itself: the test runs the daily task when it moved the clock a day on. */
  private final CapturingScheduler scheduler = new CapturingScheduler();

  private final MovableClock clock = new MovableClock(Instant.parse("2025-11-20T09:00:00Z"));
  private final DataSource h2 = migratedH2();
  private final ContentGapLog gaps = new ContentGapLog(h2, clock, 13);

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  private static DataSource migratedH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SchemaMigration.migrate(h2);
    return h2;
  }

  @Test
  void expiredMonthsAreForgottenAtStart_andOnTheDayTheyExpire() {
    gaps.foundNothing(SANNE, "iftar op school");
    clock.set(Instant.parse("2025-12-20T09:00:00Z"));
    gaps.foundNothing(SANNE, "iftar op school");
    clock.set(Instant.parse("2026-12-01T09:00:00Z"));

    ScheduledFuture<?> daily = ContentGapRetention.start(gaps, scheduler);

    assertThat(gaps.months(FATIMA))
        .as("at start, November 2025 is past 13 months")
        .containsExactly(YearMonth.of(2025, 12));
    assertThat(daily.getDelay(TimeUnit.HOURS)).isBetween(23L, 24L);
    assertThat(scheduler.period).isEqualTo(TimeUnit.DAYS.toMillis(1));

    clock.set(Instant.parse("2026-12-31T22:59:00Z"));
    scheduler.runDaily();
    assertThat(gaps.months(FATIMA)).as("still December in Amsterdam").hasSize(1);

    clock.set(Instant.parse("2026-12-31T23:01:00Z"));
    scheduler.runDaily();
    assertThat(gaps.months(FATIMA)).as("January 2027 in Amsterdam").isEmpty();
  }

  @Test
  void aFailingDailyRun_doesNotEndTheSchedule() {
    ContentGapRetention.start(gaps, scheduler);
    ((JdbcDataSource) h2).setURL("jdbc:h2:mem:gone;IFEXISTS=TRUE");

    assertThatCode(scheduler::runDaily)
        .as("a task that throws would end a fixed-rate schedule for good")
        .doesNotThrowAnyException();
    assertThatThrownBy(gaps::forgetExpiredMonths)
        .as("the same failure at start stops the start")
        .isInstanceOf(IllegalStateException.class);
  }

  /** Remembers the daily task instead of running it on time. */
  private static final class CapturingScheduler extends ScheduledThreadPoolExecutor {
    private Runnable daily;
    private long period;

    CapturingScheduler() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(
        Runnable command, long initialDelay, long period, TimeUnit unit) {
      this.daily = command;
      this.period = unit.toMillis(period);
      return super.schedule(() -> {}, initialDelay, unit);
    }

    void runDaily() {
      daily.run();
    }
  }

  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      MovableClock self = this;
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
          return self.withZone(other);
        }

        @Override
        public Instant instant() {
          return self.now;
        }
      };
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
