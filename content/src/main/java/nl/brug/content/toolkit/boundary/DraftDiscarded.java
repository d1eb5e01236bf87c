package nl.brug.content.toolkit.boundary;

import java.util.UUID;

/**
 * Fired inside the transaction that threw an item's draft away, after the draft is gone: what only
 * the draft referred to (its added files) can go too.
 */
public record DraftDiscarded(UUID itemId) {}
