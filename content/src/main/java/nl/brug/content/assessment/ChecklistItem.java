package nl.brug.content.assessment;

/**
 * A statement of a checklist template version, as scoring needs it.
 *
 * @param key stable key that survives template versions; an item keeps its key only while it asks
 *     the same thing, which is what makes it comparable across versions (see {@link Trend})
 * @param dimensionCode the code of the {@link ChecklistDimension} the item belongs to
 * @param statement the Dutch statement members answer
 * @param scale the scale members answer on
 */
public record ChecklistItem(String key, String dimensionCode, String statement, AnswerScale scale) {

  public ChecklistItem {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("An item needs a key");
    }
    if (dimensionCode == null || dimensionCode.isBlank()) {
      throw new IllegalArgumentException("Item " + key + " needs a dimension");
    }
    if (statement == null || statement.isBlank()) {
      throw new IllegalArgumentException("Item " + key + " needs a statement");
    }
    if (scale == null) {
      throw new IllegalArgumentException("Item " + key + " needs an answer scale");
    }
  }
}
