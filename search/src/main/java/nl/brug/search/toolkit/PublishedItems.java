package nl.brug.search.toolkit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.brug.content.toolkit.boundary.PublishedToolkitItem;

/** Where a rebuild reads what readers can see; called from the indexer's own threads. */
public interface PublishedItems {

  /** The ids of every published item. */
  List<UUID> ids();

  /** How many items are published. */
  default long count() {
    return ids().size();
  }

  /**
   * The number of the published version of every published item, by id: what the start-up check
   * compares with the index. Reads every item unless overridden with something cheaper.
   */
  default Map<UUID, Integer> publishedVersions() {
    return read(ids()).stream()
        .collect(Collectors.toMap(PublishedToolkitItem::id, PublishedToolkitItem::versionNumber));
  }

  /** The published form of these items; withdrawn ones are left out. */
  List<PublishedToolkitItem> read(List<UUID> ids);
}
