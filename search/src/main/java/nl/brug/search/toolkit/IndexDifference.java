package nl.brug.search.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Where the index and the database disagree, item by item: published items the index lacks, items
 * it holds in another version than the published one, and items it holds that are no longer
 * published. Counting alone misses a lost update of an item (same count, older version).
 *
 * @param published how many items the database publishes
 * @param missing published items the index does not hold
 * @param outdated items the index holds in another version than the published one
 * @param withdrawn items the index holds that are no longer published
 */
record IndexDifference(
    int published, List<UUID> missing, List<UUID> outdated, List<UUID> withdrawn) {

  /**
   * Compares the published version of every item (by id) with the version the index holds.
   *
   * @param published the database's published items and the numbers of their published versions
   * @param indexed the index's items and the version numbers it holds
   */
  static IndexDifference between(Map<UUID, Integer> published, Map<UUID, Integer> indexed) {
    List<UUID> missing = new ArrayList<>();
    List<UUID> outdated = new ArrayList<>();
    List<UUID> withdrawn = new ArrayList<>();
    published.forEach(
        (id, version) -> {
          if (!indexed.containsKey(id)) {
            missing.add(id);
          } else if (!Objects.equals(indexed.get(id), version)) {
            outdated.add(id);
          }
        });
    indexed.keySet().stream().filter(id -> !published.containsKey(id)).forEach(withdrawn::add);
    return new IndexDifference(
        published.size(), sorted(missing), sorted(outdated), sorted(withdrawn));
  }

  private static List<UUID> sorted(List<UUID> ids) {
    return ids.stream().sorted().toList();
  }

  boolean isEmpty() {
    return missing.isEmpty() && outdated.isEmpty() && withdrawn.isEmpty();
  }

  /** Every item to index again (or to remove): missing, outdated and withdrawn ones. */
  List<UUID> ids() {
    List<UUID> all = new ArrayList<>(missing);
    all.addAll(outdated);
    all.addAll(withdrawn);
    return all;
  }

  @Override
  public String toString() {
    return "lacks "
        + missing.size()
        + ", holds an older or other version of "
        + outdated.size()
        + " and "
        + withdrawn.size()
        + " no longer published, of "
        + published
        + " published items";
  }
}
