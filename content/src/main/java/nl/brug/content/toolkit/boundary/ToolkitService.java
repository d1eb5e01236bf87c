package nl.brug.content.toolkit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.access.UnknownResourceException;
import nl.brug.auth.caller.Caller;
import nl.brug.content.audit.AuditEntry;
import nl.brug.content.audit.AuditTrail;
import nl.brug.content.concurrency.ConflictException;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ItemRevision;
import nl.brug.content.toolkit.entity.ItemStatus;
import nl.brug.content.toolkit.entity.ItemView;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;

/**
 * The toolkit's public face: experts write and review items, everyone reads what is published in
 * their scope. Every step that changes what readers see is written to the audit trail.
 */
@ApplicationScoped
@Transactional
public class ToolkitService {

  static final String SUBJECT = "toolkit-item";

  @PersistenceContext(unitName = "brug")
  private EntityManager em;

  private Clock clock;
  private AuditTrail audit;
  private Event<PublicationChanged> publications;
  private Event<DraftDiscarded> discardedDrafts;

  protected ToolkitService() {
    // for CDI proxies
  }

  @Inject
  public ToolkitService(
      Clock clock,
      AuditTrail audit,
      Event<PublicationChanged> publications,
      Event<DraftDiscarded> discardedDrafts) {
    this.clock = clock;
    this.audit = audit;
    this.publications = publications;
    this.discardedDrafts = discardedDrafts;
  }

  /** Filters for the list of published items; {@code null} means any. */
  public record Filter(ToolkitKind kind, LifeDomain domain, String theme, Language language) {
    public static final Filter ANY = new Filter(null, null, null, null);

    public Filter(ToolkitKind kind, LifeDomain domain, String theme) {
      this(kind, domain, theme, null);
    }
  }

  /**
   * Published items the caller may read, most recently published first.
   *
   * @param first index of the first item (paging)
   * @param max the most items to return
   */
  public List<ToolkitItem> published(Caller caller, Filter filter, int first, int max) {
    return publishedQuery(caller, filter, ToolkitItem.class, "select i")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many published items the caller may read with this filter. */
  public long countPublished(Caller caller, Filter filter) {
    return publishedQuery(caller, filter, Long.class, "select count(i)").getSingleResult();
  }

  private <T> TypedQuery<T> publishedQuery(
      Caller caller, Filter filter, Class<T> type, String select) {
    StringBuilder jpql =
        new StringBuilder(select)
            .append(" from ToolkitItem i join i.revisions r")
            .append(" where i.status <> :archived")
            .append(" and r.number = (select max(p.number) from ItemRevision p")
            .append(" where p.item = i and p.publishedAt is not null)");
    AccessPolicy.MunicipalityScope scope = AccessPolicy.municipalityScope(caller);
    jpql.append(scopeCondition(scope));
    if (filter.kind() != null) {
      jpql.append(" and i.kind = :kind");
    }
    if (filter.domain() != null) {
      jpql.append(" and :domain member of r.lifeDomains");
    }
    if (filter.theme() != null) {
      jpql.append(" and :theme member of r.themes");
    }
    if (filter.language() != null) {
      jpql.append(" and :language member of r.languages");
    }
    if (type == ToolkitItem.class) {
      jpql.append(" order by r.publishedAt desc");
    }
    TypedQuery<T> query =
        em.createQuery(jpql.toString(), type).setParameter("archived", ItemStatus.ARCHIVED);
    bindScope(query, scope);
    Optional.ofNullable(filter.kind()).ifPresent(kind -> query.setParameter("kind", kind));
    Optional.ofNullable(filter.domain()).ifPresent(d -> query.setParameter("domain", d));
    Optional.ofNullable(filter.theme()).ifPresent(t -> query.setParameter("theme", t));
    Optional.ofNullable(filter.language()).ifPresent(l -> query.setParameter("language", l));
    return query;
  }

  /** The access policy's municipality scope as a JPQL condition on item {@code i}. */
  private static String scopeCondition(AccessPolicy.MunicipalityScope scope) {
    if (scope.every()) {
      return "";
    }
    return scope.codes().isEmpty()
        ? " and i.municipalityCode is null"
        : " and (i.municipalityCode is null or i.municipalityCode in :visible)";
  }

  private static void bindScope(TypedQuery<?> query, AccessPolicy.MunicipalityScope scope) {
    if (!scope.every() && !scope.codes().isEmpty()) {
      query.setParameter("visible", scope.codes());
    }
  }

  /**
   * An item as the caller may see it: experts see every item of their scope in any state; others
   * only published ones.
   *
   * @throws UnknownResourceException when it does not exist or the caller may not see it
   */
  public ToolkitItem item(Caller caller, UUID id) {
    ToolkitItem item = em.find(ToolkitItem.class, id);
    if (item == null
        || !AccessPolicy.maySeeScope(caller, item.getMunicipalityCode().orElse(null))
        || (!AccessPolicy.maySeeUnpublished(caller) && item.publishedVersion().isEmpty())) {
      throw new UnknownResourceException("toolkit-item", String.valueOf(id));
    }
    return item;
  }

  /**
   * Every item an expert may work on, in any state but archived, most recently created first.
   *
   * @throws nl.brug.auth.access.ActionNotAllowedException for anyone but experts
   */
  public List<ToolkitItem> forEditors(Caller caller) {
    AccessPolicy.requireToolkitEditor(caller);
    AccessPolicy.MunicipalityScope scope = AccessPolicy.municipalityScope(caller);
    TypedQuery<ToolkitItem> query =
        em.createQuery(
                "select i from ToolkitItem i where i.status <> :archived"
                    + scopeCondition(scope)
                    + " order by i.createdAt desc",
                ToolkitItem.class)
            .setParameter("archived", ItemStatus.ARCHIVED);
    bindScope(query, scope);
    return query.getResultList();
  }

  /**
   * What happened to an item (created, saved, submitted, published, …), newest first: experts only.
   */
  public List<AuditEntry> history(Caller caller, UUID id) {
    ToolkitItem item = item(caller, id);
    AccessPolicy.requireToolkitEditor(caller);
    return audit.of(SUBJECT, item.getId().toString());
  }

  /** The items of the caller's scope in one workflow state, of one kind if given: experts only. */
  public List<ToolkitItem> inStatus(Caller caller, ItemStatus status, ToolkitKind kind) {
    AccessPolicy.requireToolkitEditor(caller);
    AccessPolicy.MunicipalityScope scope = AccessPolicy.municipalityScope(caller);
    TypedQuery<ToolkitItem> query =
        em.createQuery(
                "select i from ToolkitItem i where i.status = :status"
                    + (kind == null ? "" : " and i.kind = :kind")
                    + scopeCondition(scope)
                    + " order by i.createdAt desc",
                ToolkitItem.class)
            .setParameter("status", status);
    if (kind != null) {
      query.setParameter("kind", kind);
    }
    bindScope(query, scope);
    return query.getResultList();
  }

  /** Remembers that the caller opened the item, keeping their {@value ItemView#KEPT} latest. */
  public void recordView(Caller caller, UUID itemId) {
    ToolkitItem item = item(caller, itemId);
    List<ItemView> views =
        em.createQuery(
                "select v from ItemView v where v.username = :user order by v.viewedAt desc",
                ItemView.class)
            .setParameter("user", caller.username())
            .getResultList();
    views.stream()
        .filter(v -> v.getItemId().equals(item.getId()))
        .findFirst()
        .ifPresentOrElse(
            v -> v.seen(clock.instant()),
            () -> {
              em.persist(new ItemView(caller.username(), item.getId(), clock.instant()));
              views.stream().skip(ItemView.KEPT - 1L).forEach(em::remove);
            });
  }

  /** The published items the caller opened lately, most recent first. */
  public List<ToolkitItem> recentlyViewed(Caller caller, int max) {
    return em
        .createQuery(
            "select v.itemId from ItemView v where v.username = :user order by v.viewedAt desc",
            UUID.class)
        .setParameter("user", caller.username())
        .getResultList()
        .stream()
        .map(id -> em.find(ToolkitItem.class, id))
        .filter(i -> i != null && i.publishedVersion().isPresent())
        .filter(i -> AccessPolicy.maySeeScope(caller, i.getMunicipalityCode().orElse(null)))
        .limit(max)
        .toList();
  }

  /**
   * Of these short names, those of published items the caller may see, each with its title, in the
   * order given. A name of an item elsewhere, unpublished or archived is left out as if it did not
   * exist. When a municipality's own item shares its name with a national one, the own one wins.
   */
  public java.util.Map<String, String> publishedTitles(
      Caller caller, java.util.Collection<String> slugs) {
    if (slugs == null || slugs.isEmpty()) {
      return java.util.Map.of();
    }
    AccessPolicy.MunicipalityScope scope = AccessPolicy.municipalityScope(caller);
    TypedQuery<ToolkitItem> query =
        em.createQuery(
                "select i from ToolkitItem i where i.slug in :slugs and i.status <> :archived"
                    + scopeCondition(scope)
                    + " order by i.municipalityCode nulls first",
                ToolkitItem.class)
            .setParameter("slugs", List.copyOf(slugs))
            .setParameter("archived", ItemStatus.ARCHIVED);
    bindScope(query, scope);
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    for (ToolkitItem item : query.getResultList()) {
      item.publishedVersion().ifPresent(r -> titles.put(item.getSlug(), r.content().title()));
    }
    java.util.Map<String, String> inOrder = new java.util.LinkedHashMap<>();
    slugs.stream().filter(titles::containsKey).forEach(s -> inOrder.put(s, titles.get(s)));
    return inOrder;
  }

  /**
   * Whether an item of this scope (a municipality, or {@code null} for the national toolkit)
   * already has this short name. Names are unique per scope only: whether another municipality uses
   * a name is nobody else's business.
   */
  public boolean slugTaken(String slug, String municipalityCode) {
    return !em.createQuery(
            "select i.id from ToolkitItem i where i.slug = :slug and i.slugScope = :scope")
        .setParameter("slug", slug)
        .setParameter("scope", ToolkitItem.slugScope(municipalityCode))
        .getResultList()
        .isEmpty();
  }

  /** Starts a new item as a draft: experts only, national or in their own municipality. */
  public ToolkitItem create(
      Caller caller, String slug, ToolkitKind kind, String municipalityCode, ItemContent content) {
    AccessPolicy.requireToolkitEditor(caller);
    if (municipalityCode != null) {
      AccessPolicy.requireVisible(caller, municipalityCode, "municipality", municipalityCode);
    }
    if (slugTaken(slug, municipalityCode)) {
      throw new ConflictException(
          "refusal.item.slugTaken",
          "Er is al een item met de korte naam '" + slug + "'. Kies een andere korte naam.",
          slug);
    }
    ToolkitItem item =
        ToolkitItem.draft(
            slug, kind, municipalityCode, content, caller.username(), clock.instant());
    em.persist(item);
    record(caller, "create", item, null);
    return item;
  }

  /** Saves a draft, if nobody changed the item since {@code expectedVersion}. */
  public ToolkitItem edit(Caller caller, UUID id, long expectedVersion, ItemContent content) {
    return change(
        caller,
        id,
        expectedVersion,
        item -> item.edit(content, caller.username(), clock.instant()),
        "edit",
        null);
  }

  public ToolkitItem submitForReview(Caller caller, UUID id, long expectedVersion) {
    return change(
        caller,
        id,
        expectedVersion,
        item -> item.submitForReview(caller.username()),
        "submit",
        null);
  }

  /** A second expert approves: the item is published as a new version. */
  public ToolkitItem approve(Caller caller, UUID id, long expectedVersion) {
    return change(
        caller,
        id,
        expectedVersion,
        item -> item.approve(caller.username(), clock.instant()),
        "publish",
        null);
  }

  public ToolkitItem sendBack(Caller caller, UUID id, long expectedVersion, String comment) {
    return change(
        caller,
        id,
        expectedVersion,
        item -> item.sendBack(caller.username(), comment),
        "send-back",
        comment);
  }

  public ToolkitItem archive(Caller caller, UUID id, long expectedVersion) {
    return change(caller, id, expectedVersion, ToolkitItem::archive, "archive", null);
  }

  public ToolkitItem reopen(Caller caller, UUID id, long expectedVersion) {
    return change(caller, id, expectedVersion, ToolkitItem::reopen, "reopen", null);
  }

  /** Throws the draft away, and with it the files only the draft had. */
  public ToolkitItem discardDraft(Caller caller, UUID id, long expectedVersion) {
    ToolkitItem item =
        change(caller, id, expectedVersion, ToolkitItem::discardDraft, "discard-draft", null);
    discardedDrafts.fire(new DraftDiscarded(item.getId()));
    return item;
  }

  /**
   * Adds a stored file to the item's draft, starting a draft for a published item: readers get the
   * file with the next approved version. Experts only; not while in review or archived.
   */
  public ToolkitItem attach(Caller caller, UUID id, UUID attachmentId, String filename) {
    return change(
        caller,
        id,
        item(caller, id).getVersion(),
        item -> item.attach(attachmentId, caller.username(), clock.instant()),
        "attach",
        filename);
  }

  /**
   * Removes a file from the item's draft, starting a draft for a published item: readers keep the
   * file until the next version is approved. Experts only; not while in review or archived.
   */
  public ToolkitItem detach(Caller caller, UUID id, UUID attachmentId, String filename) {
    return change(
        caller,
        id,
        item(caller, id).getVersion(),
        item -> item.detach(attachmentId, caller.username(), clock.instant()),
        "detach",
        filename);
  }

  /** Starts a new draft with the content of an earlier version. */
  public ToolkitItem restore(Caller caller, UUID id, long expectedVersion, int versionNumber) {
    return change(
        caller,
        id,
        expectedVersion,
        item -> item.restore(versionNumber, caller.username(), clock.instant()),
        "restore",
        "versie " + versionNumber);
  }

  private ToolkitItem change(
      Caller caller,
      UUID id,
      long expectedVersion,
      Consumer<ToolkitItem> step,
      String action,
      String detail) {
    // Whether the item is there for the caller first: what they may not see is not found (404),
    // whatever their role; only what they do see can be refused for their role (403).
    ToolkitItem item = item(caller, id);
    AccessPolicy.requireToolkitEditor(caller);
    if (item.getVersion() != expectedVersion) {
      throw staleVersion();
    }
    Optional<Integer> publishedBefore = item.publishedVersion().map(ItemRevision::getNumber);
    step.accept(item);
    // A change of a revision alone would not touch the item's version: force it, so the next
    // If-Match based on the old version is refused.
    em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    record(caller, action, item, detail);
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw staleVersion();
    }
    if (!publishedBefore.equals(item.publishedVersion().map(ItemRevision::getNumber))) {
      publications.fire(
          new PublicationChanged(item.getId(), PublishedToolkitItem.of(item).orElse(null)));
    }
    return item;
  }

  private static StaleVersionException staleVersion() {
    return new StaleVersionException(
        "refusal.item.changedElsewhere",
        "Iemand anders heeft dit item intussen gewijzigd. Je tekst is niet opgeslagen: kopieer hem,"
            + " laad het item opnieuw en voeg je wijzigingen samen.");
  }

  private void record(Caller caller, String action, ToolkitItem item, String detail) {
    audit.record(
        caller.username(),
        action,
        SUBJECT,
        item.getId().toString(),
        item.getMunicipalityCode().orElse(null),
        detail);
  }
}
