package nl.brug.content.synonym;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.caller.Caller;
import nl.brug.content.audit.AuditTrail;
import nl.brug.content.concurrency.StaleVersionException;

/**
 * Keeps the synonym list of the field that experts manage in the portal. The list's syntax is
 * search's business: save only text that search has parsed (search's own service does).
 */
@ApplicationScoped
@Transactional
public class SynonymListService {

  /** The version to name when saving over the built-in list (nothing saved yet). */
  public static final long NOTHING_SAVED = 0;

  static final String SUBJECT = "synonym-list";

  @PersistenceContext(unitName = "brug")
  private EntityManager em;

  private Clock clock;
  private AuditTrail audit;
  private Event<SynonymListChanged> changes;

  protected SynonymListService() {
    // for CDI proxies
  }

  @Inject
  public SynonymListService(Clock clock, AuditTrail audit, Event<SynonymListChanged> changes) {
    this.clock = clock;
    this.audit = audit;
    this.changes = changes;
  }

  /** The list as last saved, or empty while the built-in list applies. */
  public Optional<SavedSynonymList> current() {
    return Optional.ofNullable(em.find(StoredSynonymList.class, StoredSynonymList.THE_LIST))
        .map(StoredSynonymList::saved);
  }

  /**
   * Saves a new list (experts only).
   *
   * @param basedOnVersion the version the expert edited, {@link #NOTHING_SAVED} for the built-in
   *     list
   * @throws StaleVersionException when someone else saved since; nothing is saved
   */
  public SavedSynonymList save(Caller caller, String text, long basedOnVersion) {
    AccessPolicy.requireSynonymEditor(caller);
    StoredSynonymList stored = em.find(StoredSynonymList.class, StoredSynonymList.THE_LIST);
    long current = stored == null ? NOTHING_SAVED : stored.version();
    if (current != basedOnVersion) {
      throw staleVersion();
    }
    if (stored == null) {
      stored = new StoredSynonymList(text, caller.username(), clock.instant());
      em.persist(stored);
    } else {
      stored.change(text, caller.username(), clock.instant());
    }
    audit.record(
        caller.username(),
        "synonyms-changed",
        SUBJECT,
        String.valueOf(StoredSynonymList.THE_LIST),
        null,
        text.lines().count() + " regels");
    try {
      em.flush();
    } catch (PersistenceException concurrent) {
      // a concurrent save bumped the version, or inserted the first list, before us
      throw staleVersion();
    }
    SavedSynonymList saved = stored.saved();
    changes.fire(new SynonymListChanged(saved));
    return saved;
  }

  private static StaleVersionException staleVersion() {
    return new StaleVersionException(
        "refusal.synonyms.changedElsewhere",
        "Iemand anders heeft de synoniemenlijst intussen opgeslagen. Jouw versie is niet"
            + " opgeslagen: kopieer je tekst, laad de lijst opnieuw en voeg je wijzigingen samen.");
  }
}
