package nl.brug.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock every time-dependent rule uses; tests pass a fixed one instead. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
