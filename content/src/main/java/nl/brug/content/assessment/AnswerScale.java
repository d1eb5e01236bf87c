package nl.brug.content.assessment;

import java.util.List;

/**
 * The answer scales a checklist item can use. Every scale is a run of whole-numbered steps with a
 * Dutch label, and normalises a step to a score from 0 (lowest step) to 100 (highest step) so that
 * items on different scales can be combined in one dimension: {@code (step - min) / (max - min) *
 * 100}. "Niet van toepassing" and "weet ik niet" are no steps of any scale; see {@link Answer}.
 */
public enum AnswerScale {
  /** Four steps of development, from not started to embedded in the way the team works. */
  DEVELOPMENT_4("nog niet gestart", "in ontwikkeling", "grotendeels gerealiseerd", "verankerd"),

  /** Five steps of agreement with a statement. */
  AGREEMENT_5("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens");

  /** One step of a scale: its value (starting at 1) and its Dutch label. */
  public record Step(int value, String label) {}

  private final List<Step> steps;

  AnswerScale(String... labels) {
    Step[] numbered = new Step[labels.length];
    for (int i = 0; i < labels.length; i++) {
      numbered[i] = new Step(i + 1, labels[i]);
    }
    this.steps = List.of(numbered);
  }

  /** The steps from lowest to highest. */
  public List<Step> steps() {
    return steps;
  }

  public int min() {
    return steps.get(0).value();
  }

  public int max() {
    return steps.get(steps.size() - 1).value();
  }

  public boolean contains(int value) {
    return value >= min() && value <= max();
  }

  /**
   * The step with this value.
   *
   * @throws IllegalArgumentException when the value is no step of this scale
   */
  public Step step(int value) {
    requireStep(value);
    return steps.get(value - min());
  }

  /**
   * The step's score on the common 0–100 range: the lowest step is 0, the highest 100, the others
   * evenly between (on the four-step scale 0, 33.3, 66.7, 100).
   *
   * @throws IllegalArgumentException when the value is no step of this scale
   */
  public double normalise(int value) {
    requireStep(value);
    return (value - min()) * 100.0 / (max() - min());
  }

  private void requireStep(int value) {
    if (!contains(value)) {
      throw new IllegalArgumentException(
          "Step " + value + " is not on scale " + this + " (" + min() + "–" + max() + ")");
    }
  }
}
