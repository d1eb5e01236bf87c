package nl.brug.content.assessment;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The results of several rounds of one team side by side, oldest first; point {@code i} of every
 * series belongs to round {@code i}. A round whose results are not shown gives empty points, as
 * does a dimension without counted answers or missing from that round's template version.
 *
 * <p>Dimensions are followed by code, with the name and order of the newest version that has them.
 * Items are followed by key, but only when every round's template version has an item with that key
 * on the same scale: an item that changed its scale, or was missing from a version, asks something
 * else and is not compared.
 */
public final class Trend {

  /** The means of one dimension over the rounds. */
  public record DimensionSeries(ChecklistDimension dimension, List<OptionalDouble> means) {

    public DimensionSeries {
      means = List.copyOf(means);
    }
  }

  /**
   * The means of one unchanged item over the rounds, with the item as the newest version has it.
   */
  public record ItemSeries(ChecklistItem item, List<OptionalDouble> means) {

    public ItemSeries {
      means = List.copyOf(means);
    }
  }

  private final List<OptionalDouble> overall;
  private final List<DimensionSeries> dimensions;
  private final List<ItemSeries> items;

  private Trend(
      List<OptionalDouble> overall, List<DimensionSeries> dimensions, List<ItemSeries> items) {
    this.overall = overall;
    this.dimensions = dimensions;
    this.items = items;
  }

  /** The trend over these rounds of one team, given oldest first. */
  public static Trend of(List<RoundResults> roundsOldestFirst) {
    List<RoundResults> rounds = List.copyOf(roundsOldestFirst);
    Map<String, ChecklistDimension> newest = new LinkedHashMap<>();
    rounds.forEach(r -> r.checklist().dimensions().forEach(d -> newest.put(d.code(), d)));
    List<DimensionSeries> dimensions =
        newest.values().stream()
            .sorted(Comparator.comparingInt(ChecklistDimension::order))
            .map(
                d ->
                    new DimensionSeries(
                        d, rounds.stream().map(r -> r.dimensionMean(d.code())).toList()))
            .toList();
    List<ItemSeries> items =
        rounds.isEmpty()
            ? List.of()
            : rounds.get(rounds.size() - 1).checklist().items().stream()
                .filter(item -> rounds.stream().allMatch(r -> sameItem(r.checklist(), item)))
                .map(item -> new ItemSeries(item, rounds.stream().map(r -> mean(r, item)).toList()))
                .toList();
    return new Trend(rounds.stream().map(RoundResults::overallScore).toList(), dimensions, items);
  }

  private static boolean sameItem(Checklist checklist, ChecklistItem newest) {
    return checklist.item(newest.key()).map(i -> i.scale() == newest.scale()).orElse(false);
  }

  private static OptionalDouble mean(RoundResults round, ChecklistItem item) {
    return round.item(item.key()).map(i -> i.score().mean()).orElse(OptionalDouble.empty());
  }

  /** The overall score per round. */
  public List<OptionalDouble> overall() {
    return overall;
  }

  /** The series per dimension, in dimension order. */
  public List<DimensionSeries> dimensions() {
    return dimensions;
  }

  public Optional<DimensionSeries> dimension(String code) {
    return dimensions.stream().filter(s -> s.dimension().code().equals(code)).findFirst();
  }

  /** The series per item that stayed the same in every round, in the newest template order. */
  public List<ItemSeries> items() {
    return items;
  }

  public Optional<ItemSeries> item(String key) {
    return items.stream().filter(s -> s.item().key().equals(key)).findFirst();
  }
}
