package nl.brug.search.toolkit;

import java.time.Instant;

/**
 * How the latest rebuild of the search index went, or is going. Searches keep answering while it
 * runs.
 *
 * @param done items indexed so far
 * @param total items to index ({@code 0} while counting)
 * @param startedAt {@code null} when no rebuild ran since start
 * @param finishedAt {@code null} while running or when none ran
 * @param failure a Dutch message when the latest rebuild failed, otherwise {@code null}
 */
public record ReindexStatus(
    boolean running, long done, long total, Instant startedAt, Instant finishedAt, String failure) {

  static final ReindexStatus NONE = new ReindexStatus(false, 0, 0, null, null, null);

  /** Share done, from 0 to 1. */
  public double fraction() {
    return total == 0 ? (running ? 0 : 1) : Math.min(1.0, (double) done / total);
  }

  ReindexStatus progressed(long indexed) {
    return new ReindexStatus(true, indexed, total, startedAt, null, null);
  }

  ReindexStatus finished(Instant at, String failed) {
    return new ReindexStatus(false, done, total, startedAt, at, failed);
  }
}
