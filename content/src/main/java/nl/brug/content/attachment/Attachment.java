package nl.brug.content.attachment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A file that goes with a toolkit item: a PDF, an image or an Office document. */
@Entity
@Table(name = "attachment")
public class Attachment {

  public static final int MAX_FILENAME_LENGTH = 200;

  @Id private UUID id;

  @Column(name = "item_id", nullable = false)
  private UUID itemId;

  @Column(nullable = false, length = MAX_FILENAME_LENGTH)
  private String filename;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AttachmentType type;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected Attachment() {
    // for JPA
  }

  /** A stored file; {@link AttachmentService} checks the type before it creates one. */
  public Attachment(
      UUID itemId, String filename, AttachmentType type, byte[] content, String by, Instant now) {
    this.id = UUID.randomUUID();
    this.itemId = itemId;
    this.filename = filename;
    this.type = type;
    this.content = content.clone();
    this.size = content.length;
    this.uploadedBy = by;
    this.uploadedAt = now.atOffset(ZoneOffset.UTC);
  }

  public UUID getId() {
    return id;
  }

  public UUID getItemId() {
    return itemId;
  }

  public String getFilename() {
    return filename;
  }

  public AttachmentType getType() {
    return type;
  }

  public long getSize() {
    return size;
  }

  public byte[] content() {
    return content.clone();
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt.toInstant();
  }
}
