package nl.brug.platform.api.toolkit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new item: its short name, kind, scope and first content. */
@Schema(
    name = "NewToolkitItem",
    requiredProperties = {"slug", "kind", "content"})
public record NewToolkitItemJson(
    @Schema(required = true, pattern = ToolkitItem.SLUG_PATTERN, example = "werken-met-een-tolk")
        @NotBlank(message = "Geef een korte naam, bijvoorbeeld werken-met-een-tolk.")
        @Pattern(
            regexp = ToolkitItem.SLUG_PATTERN,
            message = "Een korte naam heeft 2 tot 100 kleine letters, cijfers of streepjes.")
        String slug,
    @NotNull(message = "Kies de soort van het item.") ToolkitKind kind,
    @Schema(nullable = true, description = "Gemeentecode; leeg voor de landelijke toolkit")
        String municipalityCode,
    @Schema(required = true) @NotNull(message = "Geef de inhoud van het item.") @Valid
        ContentJson content) {}
