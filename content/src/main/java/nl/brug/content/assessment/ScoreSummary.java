package nl.brug.content.assessment;

import java.util.OptionalDouble;

/**
 * The scores of an item or a dimension in one round. Mean and spread are on the common 0–100 range
 * (see {@link AnswerScale#normalise(int)}) and taken over every counted answer, so in a dimension
 * each answer weighs the same, whichever item it belongs to. Both are absent when nothing was
 * counted, for example when every member answered "niet van toepassing". Values are not rounded;
 * see {@link ScoreFormat} for presentation.
 *
 * @param mean the mean of the normalised answers
 * @param spread the population standard deviation of the normalised answers
 * @param distribution the answers per step, plus the answers outside the scale
 */
public record ScoreSummary(OptionalDouble mean, OptionalDouble spread, Distribution distribution) {

  /** The answers that count in mean and spread: those on a step of the scale. */
  public int countedAnswers() {
    return distribution.countedAnswers();
  }
}
