package nl.brug.content.synonym;

import java.time.Instant;

/**
 * The synonym list as last saved by an expert.
 *
 * @param version what a later save must name as the version it was based on
 */
public record SavedSynonymList(String text, long version, String changedBy, Instant changedAt) {}
