package nl.brug.platform.api.toolkit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.brug.content.toolkit.entity.EvidenceLevel;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.LifeDomain;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The content and metadata an expert writes.
 *
 * @param guide only for interview guides
 */
@Schema(name = "ItemContent")
public record ContentJson(
    @Schema(required = true, maxLength = ItemContent.MAX_TITLE_LENGTH)
        @NotBlank(message = "Geef het item een titel.")
        @Size(
            max = ItemContent.MAX_TITLE_LENGTH,
            message = "De titel is te lang: hoogstens " + ItemContent.MAX_TITLE_LENGTH + " tekens.")
        String title,
    @Schema(maxLength = ItemContent.MAX_SUMMARY_LENGTH)
        @Size(
            max = ItemContent.MAX_SUMMARY_LENGTH,
            message =
                "De samenvatting is te lang: hoogstens "
                    + ItemContent.MAX_SUMMARY_LENGTH
                    + " tekens.")
        String summary,
    @Schema(description = "Markdown", maxLength = ItemContent.MAX_BODY_LENGTH)
        @Size(
            max = ItemContent.MAX_BODY_LENGTH,
            message = "De tekst is te lang: hoogstens " + ItemContent.MAX_BODY_LENGTH + " tekens.")
        String body,
    Set<@NotNull(message = "Een levensdomein mag niet leeg zijn.") LifeDomain> lifeDomains,
    @Size(
            max = ItemContent.MAX_THEMES,
            message = "Hoogstens " + ItemContent.MAX_THEMES + " thema's.")
        List<
                @NotNull(message = "Een thema mag niet leeg zijn.")
                @Size(
                    max = ItemContent.MAX_LABEL_LENGTH,
                    message =
                        "Een thema heeft hoogstens " + ItemContent.MAX_LABEL_LENGTH + " tekens.")
                String>
            themes,
    @Size(
            max = ItemContent.MAX_TARGET_GROUPS,
            message = "Hoogstens " + ItemContent.MAX_TARGET_GROUPS + " doelgroepen.")
        List<
                @NotNull(message = "Een doelgroep mag niet leeg zijn.")
                @Size(
                    max = ItemContent.MAX_LABEL_LENGTH,
                    message =
                        "Een doelgroep heeft hoogstens "
                            + ItemContent.MAX_LABEL_LENGTH
                            + " tekens.")
                String>
            targetGroups,
    EvidenceLevel evidenceLevel,
    @Size(
            max = ItemContent.MAX_SOURCES,
            message = "Hoogstens " + ItemContent.MAX_SOURCES + " bronnen.")
        List<
                @NotNull(message = "Een bron mag niet leeg zijn.")
                @Size(
                    max = ItemContent.MAX_SOURCE_LENGTH,
                    message =
                        "Een bron heeft hoogstens " + ItemContent.MAX_SOURCE_LENGTH + " tekens.")
                String>
            sources,
    LocalDate reviewBy,
    GuideJson guide,
    @Schema(nullable = true, description = "Vertalingen van het item, per taalcode")
        Map<String, ItemTranslationJson> translations) {

  ItemContent toContent() {
    return new ItemContent(
        title.trim(),
        summary,
        body,
        lifeDomains == null || lifeDomains.isEmpty() ? Set.of() : EnumSet.copyOf(lifeDomains),
        themes,
        targetGroups,
        evidenceLevel,
        sources,
        reviewBy,
        guide == null ? InterviewGuide.NONE : guide.toGuide(),
        ItemTranslationJson.toTranslations(translations));
  }

  static ContentJson of(ItemContent content) {
    return new ContentJson(
        content.title(),
        content.summary(),
        content.body(),
        content.lifeDomains(),
        content.themes(),
        content.targetGroups(),
        content.evidenceLevel(),
        content.sources(),
        content.reviewBy(),
        GuideJson.of(content.guide()),
        ItemTranslationJson.of(content.translations()));
  }
}
