package nl.brug.search.toolkit;

import java.util.List;
import java.util.UUID;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;

/** Where a rebuild reads what readers can see; called from the indexer's own threads. */
public interface PublishedItems {

  /** The ids of every published item. */
  List<UUID> ids();

  /** How many items are published. */
  default long count() {
    return ids().size();
  }

  /** The published form of these items; withdrawn ones are left out. */
  List<PublishedToolkitItem> read(List<UUID> ids);
}
