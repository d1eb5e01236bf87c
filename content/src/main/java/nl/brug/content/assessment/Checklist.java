package nl.brug.content.assessment;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dimensions and items of one checklist template version, as scoring needs them. Dimension
 * codes and item keys are unique, every item belongs to one of the dimensions, and dimensions are
 * kept in their order.
 */
public record Checklist(List<ChecklistDimension> dimensions, List<ChecklistItem> items) {

  public Checklist {
    dimensions =
        dimensions.stream().sorted(Comparator.comparingInt(ChecklistDimension::order)).toList();
    items = List.copyOf(items);
    Set<String> codes = new HashSet<>();
    for (ChecklistDimension dimension : dimensions) {
      if (!codes.add(dimension.code())) {
        throw new IllegalArgumentException("Dimension code used twice: " + dimension.code());
      }
    }
    Set<String> keys = new HashSet<>();
    for (ChecklistItem item : items) {
      if (!keys.add(item.key())) {
        throw new IllegalArgumentException("Item key used twice: " + item.key());
      }
      if (!codes.contains(item.dimensionCode())) {
        throw new IllegalArgumentException(
            "Item " + item.key() + " belongs to unknown dimension " + item.dimensionCode());
      }
    }
  }

  public Optional<ChecklistDimension> dimension(String code) {
    return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public Optional<ChecklistItem> item(String key) {
    return items.stream().filter(i -> i.key().equals(key)).findFirst();
  }

  /** The items of one dimension, in template order. */
  public List<ChecklistItem> itemsOf(String dimensionCode) {
    return items.stream().filter(i -> i.dimensionCode().equals(dimensionCode)).toList();
  }
}
