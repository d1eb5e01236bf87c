package nl.brug.content.toolkit.boundary;

import java.util.Optional;
import java.util.UUID;

/**
 * Fired inside the transaction that changed what readers see of an item (published a version,
 * archived, reopened). Observers that index or cache act after commit ({@code
 * TransactionPhase.AFTER_SUCCESS}), so a rolled-back change is never indexed.
 *
 * @param published the item as readers now see it, or {@code null} when it is withdrawn
 */
public record PublicationChanged(UUID itemId, PublishedToolkitItem published) {

  /** The new published form, or empty: the item must no longer be found. */
  public Optional<PublishedToolkitItem> current() {
    return Optional.ofNullable(published);
  }
}
