package nl.brug.ui.real;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The one clock of the real services in the browserless tests: stands still until moved. */
public final class MovableClock extends Clock {

  private volatile Instant now;
  private final ZoneId zone;

  public MovableClock(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  public void moveTo(Instant instant) {
    now = instant;
  }

  public void moveBy(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return Clock.fixed(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
