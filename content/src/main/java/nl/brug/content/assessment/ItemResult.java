package nl.brug.content.assessment;

/** The scores of one item in one round. */
public record ItemResult(ChecklistItem item, ScoreSummary score) {}
