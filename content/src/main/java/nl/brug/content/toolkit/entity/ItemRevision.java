package nl.brug.content.toolkit.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One revision of a toolkit item's content. The working revision is edited by experts; publishing
 * freezes it as a numbered version that never changes again.
 */
@Entity
@Table(name = "item_revision")
public class ItemRevision {

  /** The column size of the guide's and the translations' JSON documents. */
  static final int MAX_JSON_LENGTH = 400_000;

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id")
  private ToolkitItem item;

  @Column(name = "revision_number", nullable = false)
  private int number;

  @Column(nullable = false, length = ItemContent.MAX_TITLE_LENGTH)
  private String title;

  @Column(nullable = false, length = ItemContent.MAX_SUMMARY_LENGTH)
  private String summary;

  @Column(nullable = false, length = ItemContent.MAX_BODY_LENGTH)
  private String body;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "revision_life_domain", joinColumns = @JoinColumn(name = "revision_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "life_domain", length = 32)
  private Set<LifeDomain> lifeDomains = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "revision_theme", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "theme", length = ItemContent.MAX_LABEL_LENGTH)
  private List<String> themes = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "revision_target_group", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "target_group", length = ItemContent.MAX_LABEL_LENGTH)
  private List<String> targetGroups = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "revision_source", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "source", length = ItemContent.MAX_SOURCE_LENGTH)
  private List<String> sources = new ArrayList<>();

  /** The item's own translations as JSON; {@code null} when there are none. */
  @Column(name = "translations_json", length = MAX_JSON_LENGTH)
  private String translationsJson;

  /** Derived from the content on every write: Dutch plus the guide's complete translations. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "revision_language", joinColumns = @JoinColumn(name = "revision_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "language", length = 8)
  private Set<Language> languages = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "evidence_level", length = 32)
  private EvidenceLevel evidenceLevel;

  @Column(name = "review_by")
  private LocalDate reviewBy;

  /** The interview-guide structure as JSON; {@code null} for other kinds. */
  @Column(name = "guide_json", length = MAX_JSON_LENGTH)
  private String guideJson;

  /**
   * The files of this revision (ids of attachments). A new draft starts with the files of the
   * version it starts from, so files pass the same four eyes as the text.
   */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "revision_attachment", joinColumns = @JoinColumn(name = "revision_id"))
  @Column(name = "attachment_id")
  private Set<UUID> attachmentIds = new HashSet<>();

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "last_editor", nullable = false, length = 100)
  private String lastEditor;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "reviewer", length = 100)
  private String reviewer;

  protected ItemRevision() {
    // for JPA
  }

  ItemRevision(ToolkitItem item, int number, ItemContent content, String author, Instant now) {
    this.id = UUID.randomUUID();
    this.item = item;
    this.number = number;
    this.createdBy = author;
    write(content, author, now);
  }

  /** Changes the content; only a working revision can change. */
  void write(ItemContent content, String editor, Instant now) {
    requireWorking();
    this.title = content.title();
    this.summary = content.summary();
    this.body = content.body();
    this.lifeDomains.clear();
    this.lifeDomains.addAll(content.lifeDomains());
    this.themes.clear();
    this.themes.addAll(content.themes());
    this.targetGroups.clear();
    this.targetGroups.addAll(content.targetGroups());
    this.sources.clear();
    this.sources.addAll(content.sources());
    this.evidenceLevel = content.evidenceLevel();
    this.reviewBy = content.reviewBy();
    this.guideJson = fitting(GuideJson.write(content.guide()), "guide", "De gespreksleidraad");
    this.translationsJson =
        fitting(
            GuideJson.writeTranslations(content.translations()), "translations", "De vertalingen");
    this.languages.clear();
    this.languages.addAll(content.languages());
    touched(editor, now);
  }

  private static String fitting(String json, String field, String what) {
    if (json != null && json.length() > MAX_JSON_LENGTH) {
      throw new InvalidContentException(
          field,
          what
              + " is samen te lang om te bewaren (hoogstens "
              + MAX_JSON_LENGTH
              + " tekens). Maak de teksten korter.");
    }
    return json;
  }

  /** Takes the files of another revision over, as a new draft does from its starting version. */
  void takeFilesOf(ItemRevision other) {
    requireWorking();
    attachmentIds.clear();
    attachmentIds.addAll(other.attachmentIds);
  }

  void attach(UUID attachmentId, String editor, Instant now) {
    requireWorking();
    attachmentIds.add(attachmentId);
    touched(editor, now);
  }

  void detach(UUID attachmentId, String editor, Instant now) {
    requireWorking();
    attachmentIds.remove(attachmentId);
    touched(editor, now);
  }

  private void touched(String editor, Instant now) {
    this.lastEditor = editor;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  private void requireWorking() {
    if (isPublished()) {
      throw new IllegalStateException("Published version " + number + " is immutable");
    }
  }

  /** The ids of this revision's files. */
  public Set<UUID> attachmentIds() {
    return Set.copyOf(attachmentIds);
  }

  void publish(String approvedBy, Instant now) {
    this.reviewer = approvedBy;
    this.publishedAt = now.atOffset(ZoneOffset.UTC);
  }

  public ItemContent content() {
    return new ItemContent(
        title,
        summary,
        body,
        lifeDomains.isEmpty() ? Set.of() : EnumSet.copyOf(lifeDomains),
        themes,
        targetGroups,
        evidenceLevel,
        sources,
        reviewBy,
        GuideJson.read(guideJson),
        GuideJson.readTranslations(translationsJson));
  }

  /** The languages this revision can be read in. */
  public Set<Language> languages() {
    return EnumSet.copyOf(languages);
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  public UUID getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getLastEditor() {
    return lastEditor;
  }

  public Instant getUpdatedAt() {
    return updatedAt.toInstant();
  }

  public Optional<Instant> getPublishedAt() {
    return Optional.ofNullable(publishedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<String> getReviewer() {
    return Optional.ofNullable(reviewer);
  }
}
