package nl.brug.content.assessment;

/** The scores of one dimension in one round, over all counted answers to its items. */
public record DimensionResult(ChecklistDimension dimension, ScoreSummary score) {}
