package nl.brug.content.assessment;

/**
 * A dimension of a checklist template version, such as team composition or accessibility and reach.
 * Its code stays the same across template versions so scores can be followed over rounds.
 *
 * @param code stable code, e.g. {@code "samenstelling"}
 * @param name Dutch name shown to users
 * @param order position among the dimensions, lowest first
 */
public record ChecklistDimension(String code, String name, int order) {

  public ChecklistDimension {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("A dimension needs a code");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Dimension " + code + " needs a name");
    }
  }
}
