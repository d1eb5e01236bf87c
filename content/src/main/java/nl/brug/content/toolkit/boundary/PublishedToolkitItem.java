package nl.brug.content.toolkit.boundary;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ItemRevision;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;

/**
 * What readers see of an item: its published version, frozen. This is what content hands to search
 * for indexing, so search never reads entities.
 *
 * @param municipalityCode the CBS code of the one municipality the item is for, or {@code null} for
 *     a national item
 */
public record PublishedToolkitItem(
    UUID id,
    String slug,
    ToolkitKind kind,
    String municipalityCode,
    int versionNumber,
    Instant publishedAt,
    ItemContent content) {

  /** The item as readers see it now, or empty when nothing of it is published (or archived). */
  public static Optional<PublishedToolkitItem> of(ToolkitItem item) {
    return item.publishedVersion()
        .map(
            (ItemRevision version) ->
                new PublishedToolkitItem(
                    item.getId(),
                    item.getSlug(),
                    item.getKind(),
                    item.getMunicipalityCode().orElse(null),
                    version.getNumber(),
                    version.getPublishedAt().orElseThrow(),
                    version.content()));
  }
}
