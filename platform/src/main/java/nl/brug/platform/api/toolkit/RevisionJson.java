package nl.brug.platform.api.toolkit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.brug.content.rendering.SafeMarkdown;
import nl.brug.content.toolkit.entity.ItemRevision;
import nl.brug.content.toolkit.entity.Language;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One revision: the draft being written, or a published version.
 *
 * @param publishedAt left out for a draft
 * @param reviewer the second expert who approved it; left out for a draft
 */
@Schema(name = "ItemRevision")
public record RevisionJson(
    int number,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Talen waarin deze versie te lezen is (nl altijd)")
        List<String> languages,
    ContentJson content,
    @Schema(description = "De tekst als veilige HTML (Markdown weergegeven en opgeschoond)")
        String bodyHtml,
    @Schema(description = "De vertaalde teksten als veilige HTML, per taalcode")
        Map<String, String> translatedBodyHtml,
    String lastEditor,
    Instant updatedAt,
    Instant publishedAt,
    String reviewer) {

  private static Map<String, String> translatedHtml(ItemRevision revision) {
    Map<String, String> html = new TreeMap<>();
    revision
        .content()
        .translations()
        .forEach((language, t) -> html.put(language.code(), SafeMarkdown.toHtml(t.body())));
    return html;
  }

  static RevisionJson of(ItemRevision revision) {
    return new RevisionJson(
        revision.getNumber(),
        revision.languages().stream().map(Language::code).sorted().toList(),
        ContentJson.of(revision.content()),
        SafeMarkdown.toHtml(revision.content().body()),
        translatedHtml(revision),
        revision.getLastEditor(),
        revision.getUpdatedAt(),
        revision.getPublishedAt().orElse(null),
        revision.getReviewer().orElse(null));
  }
}
