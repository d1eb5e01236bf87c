package nl.brug.platform.api.toolkit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step in the editorial workflow. */
@Schema(name = "Transition")
public record TransitionJson(
    @Schema(
            required = true,
            enumeration = {
              "submit-for-review",
              "approve",
              "send-back",
              "archive",
              "reopen",
              "discard-draft",
              "restore"
            })
        @NotNull(message = "Kies een stap, bijvoorbeeld submit-for-review of approve.")
        String action,
    @Schema(nullable = true, description = "Verplicht bij send-back")
        @Size(max = 2000, message = "Het commentaar is te lang: hoogstens 2000 tekens.")
        String comment,
    @Schema(nullable = true, description = "Het versienummer bij restore") Integer versionNumber) {}
