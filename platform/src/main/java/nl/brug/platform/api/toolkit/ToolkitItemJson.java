package nl.brug.platform.api.toolkit;

import java.util.UUID;
import nl.brug.auth.access.AccessPolicy;
import nl.brug.auth.caller.Caller;
import nl.brug.content.toolkit.entity.ItemStatus;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A toolkit item. Readers get its published version; experts also its status, draft and the
 * reviewer's comment. Fields without a value are left out.
 *
 * @param municipalityCode left out for the national toolkit
 */
@Schema(name = "ToolkitItem")
public record ToolkitItemJson(
    UUID id,
    String slug,
    ToolkitKind kind,
    @Schema(nullable = true, description = "Gemeentecode; leeg voor de landelijke toolkit")
        String municipalityCode,
    ItemStatus status,
    String owner,
    String reviewComment,
    RevisionJson published,
    RevisionJson draft) {

  static ToolkitItemJson of(ToolkitItem item, Caller caller) {
    RevisionJson published = item.publishedVersion().map(RevisionJson::of).orElse(null);
    if (!AccessPolicy.maySeeUnpublished(caller)) {
      return new ToolkitItemJson(
          item.getId(),
          item.getSlug(),
          item.getKind(),
          item.getMunicipalityCode().orElse(null),
          null,
          null,
          null,
          published,
          null);
    }
    return new ToolkitItemJson(
        item.getId(),
        item.getSlug(),
        item.getKind(),
        item.getMunicipalityCode().orElse(null),
        item.getStatus(),
        item.getOwner(),
        item.getReviewComment().orElse(null),
        published,
        item.workingRevision().map(RevisionJson::of).orElse(null));
  }
}
