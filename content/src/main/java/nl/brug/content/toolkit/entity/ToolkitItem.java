package nl.brug.content.toolkit.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A tool of the toolkit and its editorial workflow. Experts write a working revision; a second
 * expert approves it, which publishes it as an immutable numbered version. Editing a published item
 * starts a new working revision while readers keep seeing the last published version.
 */
@Entity
@Table(name = "toolkit_item")
public class ToolkitItem {

  public static final String SLUG_PATTERN = "[a-z0-9][a-z0-9-]{1,99}";

  /** The short-name scope of the national toolkit. */
  public static final String NATIONAL_SCOPE = "*";

  @Id private UUID id;

  /** Short name, unique within its scope (see {@link #slugScope}), never across municipalities. */
  @Column(nullable = false, length = 100)
  private String slug;

  /**
   * The scope the short name is unique in: the municipality's code, or {@link #NATIONAL_SCOPE}.
   * Unique per scope, so taking a name that exists only in another municipality reveals nothing.
   */
  @Column(name = "slug_scope", nullable = false, length = 16)
  private String slugScope;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ToolkitKind kind;

  /** The municipality whose guidance this is; {@code null} for the national toolkit. */
  @Column(name = "municipality_code", length = 16)
  private String municipalityCode;

  @Column(nullable = false, length = 100)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ItemStatus status;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "review_comment", length = 2000)
  private String reviewComment;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<ItemRevision> revisions = new ArrayList<>();

  @Version private long version;

  protected ToolkitItem() {
    // for JPA
  }

  /** The scope a short name is unique in, for an item of this municipality (or national). */
  public static String slugScope(String municipalityCode) {
    return municipalityCode == null ? NATIONAL_SCOPE : municipalityCode;
  }

  /** A new item: a draft with its first working revision, owned by its author. */
  public static ToolkitItem draft(
      String slug,
      ToolkitKind kind,
      String municipalityCode,
      ItemContent content,
      String author,
      Instant now) {
    ToolkitItem item = new ToolkitItem();
    item.id = UUID.randomUUID();
    item.slug = Objects.requireNonNull(slug, "slug");
    item.kind = Objects.requireNonNull(kind, "kind");
    item.municipalityCode = municipalityCode;
    item.slugScope = slugScope(municipalityCode);
    item.owner = Objects.requireNonNull(author, "author");
    item.status = ItemStatus.DRAFT;
    item.createdAt = now.atOffset(ZoneOffset.UTC);
    item.revisions.add(new ItemRevision(item, 1, content, author, now));
    return item;
  }

  /**
   * Saves new content. A published item gets a new working revision; its published version stays as
   * it is for readers.
   *
   * @throws WorkflowRuleException while the item is in review or archived
   */
  public void edit(ItemContent content, String editor, Instant now) {
    draftToChange(editor, now).write(content, editor, now);
  }

  /**
   * Adds a file to the draft; a published item gets a new draft first, so readers see the file only
   * once a second expert approves that draft.
   *
   * @throws WorkflowRuleException while the item is in review or archived
   */
  public void attach(UUID attachmentId, String editor, Instant now) {
    draftToChange(editor, now).attach(attachmentId, editor, now);
  }

  /**
   * Removes a file from the draft (starting one for a published item); published versions keep
   * their files.
   *
   * @throws WorkflowRuleException while the item is in review or archived
   */
  public void detach(UUID attachmentId, String editor, Instant now) {
    draftToChange(editor, now).detach(attachmentId, editor, now);
  }

  /** The working revision to change, started from the latest revision if there is none. */
  private ItemRevision draftToChange(String editor, Instant now) {
    switch (status) {
      case IN_REVIEW ->
          throw new WorkflowRuleException(
              "refusal.workflow.inReview",
              "Dit item ligt ter beoordeling. Wacht op de beoordeling voordat je verder schrijft.");
      case ARCHIVED ->
          throw new WorkflowRuleException(
              "refusal.workflow.archived",
              "Dit item is gearchiveerd. Haal het uit het archief om er weer aan te werken.");
      default -> {
        ItemRevision working = workingRevision().orElseGet(() -> startWorkingRevision(editor, now));
        status = ItemStatus.DRAFT;
        return working;
      }
    }
  }

  /**
   * The files a draft or new draft would have now: those of the working revision, else of the
   * latest revision.
   */
  public Set<UUID> draftAttachmentIds() {
    return workingRevision().orElse(revisions.get(revisions.size() - 1)).attachmentIds();
  }

  /** Whether any revision of this item, published or not, has this file. */
  public boolean hasFileInAnyRevision(UUID attachmentId) {
    return revisions.stream().anyMatch(r -> r.attachmentIds().contains(attachmentId));
  }

  /**
   * Offers the working revision to a second expert.
   *
   * @throws WorkflowRuleException when there is no draft to review
   */
  public void submitForReview(String by) {
    if (status != ItemStatus.DRAFT || workingRevision().isEmpty()) {
      throw new WorkflowRuleException(
          "refusal.workflow.submitOnlyDraft",
          "Alleen een concept kan ter beoordeling worden aangeboden.");
    }
    status = ItemStatus.IN_REVIEW;
    submittedBy = by;
  }

  /**
   * A second expert approves: the working revision becomes the published version.
   *
   * @throws WorkflowRuleException when the item is not in review, or the reviewer wrote the
   *     revision themselves (four eyes)
   */
  public ItemRevision approve(String reviewer, Instant now) {
    ItemRevision working = requireInReviewBy(reviewer);
    working.publish(reviewer, now);
    status = ItemStatus.PUBLISHED;
    reviewComment = null;
    submittedBy = null;
    return working;
  }

  /**
   * A second expert sends the revision back with a comment; it is a draft again.
   *
   * @throws WorkflowRuleException without a comment, outside review, or for its own editor
   */
  public void sendBack(String reviewer, String comment) {
    if (comment == null || comment.isBlank()) {
      throw new WorkflowRuleException(
          "refusal.workflow.commentNeeded", "Schrijf erbij wat er nog moet gebeuren.");
    }
    requireInReviewBy(reviewer);
    status = ItemStatus.DRAFT;
    reviewComment = comment.trim();
  }

  /**
   * Takes the item out of the toolkit; readers no longer see it. Versions and an open draft are
   * kept.
   *
   * @throws WorkflowRuleException when it is already archived or in review
   */
  public void archive() {
    if (status == ItemStatus.ARCHIVED) {
      throw new WorkflowRuleException(
          "refusal.workflow.alreadyArchived", "Dit item is al gearchiveerd.");
    }
    if (status == ItemStatus.IN_REVIEW) {
      throw new WorkflowRuleException(
          "refusal.workflow.archiveInReview",
          "Dit item ligt ter beoordeling. Laat het eerst beoordelen of terugsturen.");
    }
    status = ItemStatus.ARCHIVED;
  }

  /**
   * Brings an archived item back: readers see its last published version again, and an open draft
   * stays a draft.
   *
   * @throws WorkflowRuleException when it is not archived
   */
  public void reopen() {
    if (status != ItemStatus.ARCHIVED) {
      throw new WorkflowRuleException(
          "refusal.workflow.notArchived", "Dit item is niet gearchiveerd.");
    }
    status = workingRevision().isPresent() ? ItemStatus.DRAFT : ItemStatus.PUBLISHED;
  }

  /**
   * Throws the open draft away; the last published version stays as it is.
   *
   * @throws WorkflowRuleException when there is no draft, it is in review, or nothing was published
   *     yet (then the draft is all there is: archive the item instead)
   */
  public void discardDraft() {
    ItemRevision working =
        workingRevision()
            .orElseThrow(
                () ->
                    new WorkflowRuleException(
                        "refusal.workflow.noDraft", "Er is geen concept om weg te gooien."));
    if (status == ItemStatus.IN_REVIEW) {
      throw new WorkflowRuleException(
          "refusal.workflow.draftInReviewKept",
          "Een concept dat ter beoordeling ligt, blijft bewaard.");
    }
    if (latestPublished().isEmpty()) {
      throw new WorkflowRuleException(
          "refusal.workflow.neverPublished",
          "Dit item is nog nooit gepubliceerd; het concept is alles wat er is. Archiveer het item.");
    }
    revisions.remove(working);
    if (status == ItemStatus.DRAFT) {
      status = ItemStatus.PUBLISHED;
    }
  }

  /**
   * Starts a new draft with the content of an earlier published version.
   *
   * @throws WorkflowRuleException when there is an unfinished draft or review, or no such version
   */
  public void restore(int versionNumber, String by, Instant now) {
    if (workingRevision().isPresent()) {
      throw new WorkflowRuleException(
          "refusal.workflow.restoreWithDraft",
          "Er ligt nog een concept van dit item. Rond dat af of gooi het weg voordat je een oude"
              + " versie terugzet.");
    }
    ItemRevision old =
        version(versionNumber)
            .orElseThrow(
                () ->
                    new WorkflowRuleException(
                        "refusal.workflow.noSuchVersion",
                        "Versie " + versionNumber + " bestaat niet.",
                        versionNumber));
    ItemRevision restored = startWorkingRevision(by, now);
    restored.write(old.content(), by, now);
    restored.takeFilesOf(old);
    status = ItemStatus.DRAFT;
  }

  /** Whether this expert may approve or send back the item now: it is in review, not by them. */
  public boolean awaitsReviewBy(String reviewer) {
    return status == ItemStatus.IN_REVIEW
        && workingRevision().map(r -> !r.getLastEditor().equals(reviewer)).orElse(false);
  }

  private ItemRevision requireInReviewBy(String reviewer) {
    if (status != ItemStatus.IN_REVIEW) {
      throw new WorkflowRuleException(
          "refusal.workflow.notInReview", "Dit item ligt niet ter beoordeling.");
    }
    ItemRevision working = workingRevision().orElseThrow();
    if (!awaitsReviewBy(reviewer)) {
      throw new WorkflowRuleException(
          "refusal.workflow.fourEyes",
          "Je hebt deze versie zelf bewerkt. Een ander vakgroeplid moet haar beoordelen.");
    }
    return working;
  }

  private ItemRevision startWorkingRevision(String by, Instant now) {
    int next = revisions.stream().mapToInt(ItemRevision::getNumber).max().orElse(0) + 1;
    ItemRevision latest = revisions.get(revisions.size() - 1);
    ItemRevision working = new ItemRevision(this, next, latest.content(), by, now);
    working.takeFilesOf(latest);
    revisions.add(working);
    return working;
  }

  /** The revision being written, if any. */
  public Optional<ItemRevision> workingRevision() {
    return revisions.stream().filter(r -> !r.isPublished()).findFirst();
  }

  /** The version readers see: the latest published one, unless the item is archived. */
  public Optional<ItemRevision> publishedVersion() {
    if (status == ItemStatus.ARCHIVED) {
      return Optional.empty();
    }
    return latestPublished();
  }

  private Optional<ItemRevision> latestPublished() {
    return revisions.stream()
        .filter(ItemRevision::isPublished)
        .max(Comparator.comparingInt(ItemRevision::getNumber));
  }

  public Optional<ItemRevision> version(int number) {
    return revisions.stream().filter(r -> r.isPublished() && r.getNumber() == number).findFirst();
  }

  /** Every published version, oldest first. */
  public List<ItemRevision> versions() {
    return revisions.stream().filter(ItemRevision::isPublished).toList();
  }

  public List<ItemRevision> revisions() {
    return Collections.unmodifiableList(revisions);
  }

  public UUID getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public ToolkitKind getKind() {
    return kind;
  }

  public Optional<String> getMunicipalityCode() {
    return Optional.ofNullable(municipalityCode);
  }

  public boolean isNational() {
    return municipalityCode == null;
  }

  public String getOwner() {
    return owner;
  }

  public ItemStatus getStatus() {
    return status;
  }

  public Optional<String> getReviewComment() {
    return Optional.ofNullable(reviewComment);
  }

  public Optional<String> getSubmittedBy() {
    return Optional.ofNullable(submittedBy);
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ToolkitItem item && id.equals(item.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
