package nl.brug.content.assessment;

import java.util.List;

/**
 * How the answers to an item or a dimension are spread over the steps, plus how many members
 * answered "niet van toepassing" or "weet ik niet". Every step of every scale involved is listed,
 * also with a count of 0, lowest step first; a dimension whose items use two scales lists the steps
 * of both.
 *
 * @param steps the count per step of each scale involved
 * @param notApplicable how many answered "niet van toepassing"
 * @param dontKnow how many answered "weet ik niet"
 */
public record Distribution(List<StepCount> steps, int notApplicable, int dontKnow) {

  /** How many answers chose one step of one scale. */
  public record StepCount(AnswerScale scale, AnswerScale.Step step, int count) {}

  public Distribution {
    steps = List.copyOf(steps);
  }

  /** How many answers chose this step, 0 when the scale is not involved. */
  public int count(AnswerScale scale, int value) {
    return steps.stream()
        .filter(s -> s.scale() == scale && s.step().value() == value)
        .mapToInt(StepCount::count)
        .sum();
  }

  /** The answers on a step, those that count in means and spreads. */
  public int countedAnswers() {
    return steps.stream().mapToInt(StepCount::count).sum();
  }
}
