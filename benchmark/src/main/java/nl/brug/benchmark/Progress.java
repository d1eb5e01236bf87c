package nl.brug.benchmark;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/** Prints how far a phase is, every tenth of the way, with the seconds since it started. */
final class Progress {

  private Progress() {}

  static LongConsumer of(String phase, long total) {
    long started = System.nanoTime();
    long step = Math.max(1, total / 10);
    AtomicLong next = new AtomicLong(step);
    return done -> {
      long due = next.get();
      if ((done >= due || done == total) && next.compareAndSet(due, done + step)) {
        say(
            String.format(
                "  %s: %,d / %,d (%.0f s)",
                phase, done, total, (System.nanoTime() - started) / 1e9));
      }
    };
  }

  static synchronized void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
