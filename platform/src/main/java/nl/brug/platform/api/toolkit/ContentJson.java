package nl.brug.platform.api.toolkit;

import jakarta.validation.constraints.NotBlank;
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
    Set<LifeDomain> lifeDomains,
    List<@Size(max = 80, message = "Een thema heeft hoogstens 80 tekens.") String> themes,
    List<@Size(max = 80, message = "Een doelgroep heeft hoogstens 80 tekens.") String> targetGroups,
    EvidenceLevel evidenceLevel,
    List<@Size(max = 500, message = "Een bron heeft hoogstens 500 tekens.") String> sources,
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
