package nl.brug.content.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A published version of a checklist template. Published versions are never changed: the entity has
 * no way to alter its document, and a new version gets a new row. Rounds point at the version they
 * started with.
 */
@Entity
@Table(name = "checklist_template")
class ChecklistTemplate {

  @Id private UUID id;

  @Column(nullable = false, length = 64)
  private String code;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 200_000)
  private String document;

  @Column(name = "published_at", nullable = false)
  private OffsetDateTime publishedAt;

  @Version private long version;

  protected ChecklistTemplate() {
    // for JPA
  }

  /** Publishes a checked document as its own, immutable version. */
  static ChecklistTemplate publish(String json, Instant now) {
    TemplateDocument checked = TemplateDocument.read(new StringReader(json));
    ChecklistTemplate template = new ChecklistTemplate();
    template.id = UUID.randomUUID();
    template.code = checked.code();
    template.versionNumber = checked.version();
    template.title = checked.title();
    template.document = json;
    template.publishedAt = now.atOffset(ZoneOffset.UTC);
    return template;
  }

  UUID id() {
    return id;
  }

  String code() {
    return code;
  }

  int versionNumber() {
    return versionNumber;
  }

  String title() {
    return title;
  }

  TemplateDocument document() {
    return TemplateDocument.read(new StringReader(document));
  }

  /** The document as the expert published it. */
  String json() {
    return document;
  }
}
