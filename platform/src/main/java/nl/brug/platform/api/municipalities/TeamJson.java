package nl.brug.platform.api.municipalities;

import nl.brug.content.organisation.entity.Team;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team as the API shows it. */
@Schema(name = "Team")
public record TeamJson(String code, String name, String municipalityCode) {

  public static TeamJson of(Team team) {
    return new TeamJson(team.getCode(), team.getName(), team.getMunicipalityCode());
  }
}
