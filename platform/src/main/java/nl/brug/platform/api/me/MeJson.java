package nl.brug.platform.api.me;

import java.util.List;
import nl.brug.platform.api.municipalities.MunicipalityJson;
import nl.brug.platform.api.municipalities.TeamJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller as the API shows them.
 *
 * @param municipality left out for a caller without one (an admin)
 * @param team left out for a caller without a team
 */
@Schema(name = "Me")
public record MeJson(
    String username,
    String name,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "professional, expert, team-lead, trainer, coordinator, admin")
        List<String> roles,
    MunicipalityJson municipality,
    TeamJson team) {}
