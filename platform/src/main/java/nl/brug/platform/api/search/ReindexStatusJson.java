package nl.brug.platform.api.search;

import java.time.Instant;
import nl.brug.search.toolkit.ReindexStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the latest rebuild of the search index went, or is going. */
@Schema(name = "SearchIndexStatus")
public record ReindexStatusJson(
    boolean running, long done, long total, Instant startedAt, Instant finishedAt, String failure) {
  static ReindexStatusJson of(ReindexStatus status) {
    return new ReindexStatusJson(
        status.running(),
        status.done(),
        status.total(),
        status.startedAt(),
        status.finishedAt(),
        status.failure());
  }
}
