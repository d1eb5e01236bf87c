package nl.brug.content.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The audit trail. Features record permission-relevant actions in the same transaction as the
 * change itself, so a change without its audit line cannot happen.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "brug")
  private EntityManager em;

  private Clock clock;

  protected AuditTrail() {
    // for CDI proxies
  }

  @Inject
  public AuditTrail(Clock clock) {
    this.clock = clock;
  }

  /** Records an action; must run inside the transaction of the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String actor,
      String action,
      String subjectKind,
      String subjectId,
      String municipalityCode,
      String detail) {
    em.persist(
        new AuditEntry(
            clock.instant(), actor, action, subjectKind, subjectId, municipalityCode, detail));
  }

  /** What happened to one thing, newest first. */
  @Transactional
  public List<AuditEntry> of(String subjectKind, String subjectId) {
    return em.createQuery(
            "select a from AuditEntry a where a.subjectKind = :kind and a.subjectId = :id"
                + " order by a.occurredAt desc",
            AuditEntry.class)
        .setParameter("kind", subjectKind)
        .setParameter("id", subjectId)
        .getResultList();
  }
}
