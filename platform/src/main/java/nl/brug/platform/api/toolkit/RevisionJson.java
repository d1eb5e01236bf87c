package nl.brug.platform.api.toolkit;

import java.time.Instant;
import java.util.List;
import nl.brug.content.rendering.SafeMarkdown;
import nl.brug.content.toolkit.entity.ItemRevision;
import nl.brug.content.toolkit.entity.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision: the draft being written, or a published version. */
@Schema(name = "ItemRevision")
public record RevisionJson(
    int number,
    @Schema(description = "Talen waarin deze versie te lezen is (nl altijd)")
        List<String> languages,
    ContentJson content,
    @Schema(description = "De tekst als veilige HTML (Markdown weergegeven en opgeschoond)")
        String bodyHtml,
    String lastEditor,
    @Schema(format = "date-time") Instant updatedAt,
    @Schema(format = "date-time", nullable = true) Instant publishedAt,
    @Schema(nullable = true) String reviewer) {

  static RevisionJson of(ItemRevision revision) {
    return new RevisionJson(
        revision.getNumber(),
        revision.languages().stream().map(Language::code).sorted().toList(),
        ContentJson.of(revision.content()),
        SafeMarkdown.toHtml(revision.content().body()),
        revision.getLastEditor(),
        revision.getUpdatedAt(),
        revision.getPublishedAt().orElse(null),
        revision.getReviewer().orElse(null));
  }
}
