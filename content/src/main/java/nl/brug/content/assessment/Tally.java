package nl.brug.content.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Collects the answers to an item or a dimension and sums them up as a {@link ScoreSummary}. */
final class Tally {

  private final Map<AnswerScale, int[]> stepCounts = new EnumMap<>(AnswerScale.class);
  private final List<Double> normalised = new ArrayList<>();
  private int notApplicable;
  private int dontKnow;

  /** A tally that lists every step of these scales, even when nobody chooses them. */
  Tally(Collection<AnswerScale> scales) {
    scales.forEach(this::countsOf);
  }

  /**
   * Adds one answer to an item on the given scale.
   *
   * @throws IllegalArgumentException when the answer's step is not on the scale
   */
  void add(AnswerScale scale, Answer answer) {
    switch (answer.kind()) {
      case NOT_APPLICABLE -> notApplicable++;
      case DONT_KNOW -> dontKnow++;
      case STEP -> {
        normalised.add(scale.normalise(answer.step()));
        countsOf(scale)[answer.step() - scale.min()]++;
      }
    }
  }

  ScoreSummary summary() {
    if (normalised.isEmpty()) {
      return new ScoreSummary(OptionalDouble.empty(), OptionalDouble.empty(), distribution());
    }
    double mean = normalised.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double variance =
        normalised.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / normalised.size();
    return new ScoreSummary(
        OptionalDouble.of(mean), OptionalDouble.of(Math.sqrt(variance)), distribution());
  }

  private Distribution distribution() {
    List<Distribution.StepCount> steps = new ArrayList<>();
    stepCounts.forEach(
        (scale, counts) ->
            scale
                .steps()
                .forEach(
                    step ->
                        steps.add(
                            new Distribution.StepCount(
                                scale, step, counts[step.value() - scale.min()]))));
    return new Distribution(steps, notApplicable, dontKnow);
  }

  private int[] countsOf(AnswerScale scale) {
    return stepCounts.computeIfAbsent(scale, s -> new int[s.steps().size()]);
  }
}
