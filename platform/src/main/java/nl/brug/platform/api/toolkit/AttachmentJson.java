package nl.brug.platform.api.toolkit;

import java.time.Instant;
import java.util.UUID;
import nl.brug.content.attachment.Attachment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file of an item, without its content. */
@Schema(name = "Attachment")
public record AttachmentJson(
    UUID id, String filename, String mediaType, long size, String uploadedBy, Instant uploadedAt) {

  static AttachmentJson of(Attachment attachment) {
    return new AttachmentJson(
        attachment.getId(),
        attachment.getFilename(),
        attachment.getType().mediaType(),
        attachment.getSize(),
        attachment.getUploadedBy(),
        attachment.getUploadedAt());
  }
}
