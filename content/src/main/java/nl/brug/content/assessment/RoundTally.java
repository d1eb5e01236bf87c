package nl.brug.content.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tallies the responses of one round per item and per dimension of its checklist, refusing answers
 * the checklist cannot hold.
 */
final class RoundTally {

  private final Checklist checklist;
  private final Map<String, Tally> items = new LinkedHashMap<>();
  private final Map<String, Tally> dimensions = new LinkedHashMap<>();

  RoundTally(Checklist checklist) {
    this.checklist = checklist;
    for (ChecklistItem item : checklist.items()) {
      items.put(item.key(), new Tally(List.of(item.scale())));
    }
    for (ChecklistDimension dimension : checklist.dimensions()) {
      List<AnswerScale> scales =
          checklist.itemsOf(dimension.code()).stream().map(ChecklistItem::scale).toList();
      dimensions.put(dimension.code(), new Tally(scales));
    }
  }

  /**
   * Adds every answer of the response to its item and to the item's dimension.
   *
   * @throws IllegalArgumentException when an answer is for an unknown item or off the item's scale
   */
  void add(SubmittedResponse response) {
    response
        .answers()
        .forEach(
            (key, answer) -> {
              ChecklistItem item =
                  checklist
                      .item(key)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "No item with key " + key + " in this checklist"));
              items.get(key).add(item.scale(), answer);
              dimensions.get(item.dimensionCode()).add(item.scale(), answer);
            });
  }

  List<DimensionResult> dimensionResults() {
    return checklist.dimensions().stream()
        .map(d -> new DimensionResult(d, dimensions.get(d.code()).summary()))
        .toList();
  }

  List<ItemResult> itemResults() {
    return checklist.items().stream()
        .map(i -> new ItemResult(i, items.get(i.key()).summary()))
        .toList();
  }
}
