package nl.brug.platform.api.municipalities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.brug.content.organisation.entity.Team;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team to add to a municipality. */
@Schema(name = "NewTeam")
public record NewTeamJson(
    @Schema(required = true, pattern = Team.CODE_PATTERN, example = "zwolle-noord")
        @NotBlank(message = "Geef de code van het team, bijvoorbeeld zwolle-noord.")
        @Pattern(
            regexp = Team.CODE_PATTERN,
            message = "Een teamcode heeft 2 tot 64 kleine letters, cijfers of streepjes.")
        String code,
    @Schema(
            required = true,
            maxLength = Team.MAX_NAME_LENGTH,
            example = "Sociaal wijkteam Zwolle-Noord")
        @NotBlank(message = "Geef de naam van het team.")
        @Size(
            max = Team.MAX_NAME_LENGTH,
            message = "De naam is te lang: hoogstens " + Team.MAX_NAME_LENGTH + " tekens.")
        String name) {}
