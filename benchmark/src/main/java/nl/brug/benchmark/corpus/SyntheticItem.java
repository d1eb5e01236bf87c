package nl.brug.benchmark.corpus;

import java.time.Instant;
import java.util.UUID;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;

/**
 * One generated toolkit item: what readers should see of it (exactly what {@code
 * PublishedToolkitReader} must read back) plus the row details readers do not see.
 *
 * @param published the item as published (version 1)
 * @param revisionId the id of its one revision row
 * @param createdAt when the item was created, before it was published
 */
public record SyntheticItem(PublishedToolkitItem published, UUID revisionId, Instant createdAt) {}
