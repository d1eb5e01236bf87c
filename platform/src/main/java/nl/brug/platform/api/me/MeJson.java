package nl.brug.platform.api.me;

import java.util.List;
import nl.brug.platform.api.municipalities.MunicipalityJson;
import nl.brug.platform.api.municipalities.TeamJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller as the API shows them. */
@Schema(name = "Me")
public record MeJson(
    String username,
    String name,
    @Schema(description = "professional, expert, team-lead, trainer, coordinator, admin")
        List<String> roles,
    @Schema(nullable = true) MunicipalityJson municipality,
    @Schema(nullable = true) TeamJson team) {}
