package nl.brug.content.synonym;

/**
 * Fired inside the transaction that saved a new synonym list. Search observes it after commit
 * ({@code TransactionPhase.AFTER_SUCCESS}) and uses the new list from the next query on.
 */
public record SynonymListChanged(SavedSynonymList list) {}
