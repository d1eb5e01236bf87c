package nl.brug.platform.api.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.CurrentCaller;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.platform.api.municipalities.MunicipalityJson;
import nl.brug.platform.api.municipalities.TeamJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller: who the API thinks you are. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ik", description = "De aangemelde gebruiker")
@SecurityRequirement(name = "basic")
public class MeResource {

  @Inject CurrentCaller currentCaller;
  @Inject OrganisationService organisation;

  @GET
  @Operation(
      operationId = "getMe",
      summary = "Wie ben ik",
      description = "Naam, rollen, gemeente en team van de aangemelde gebruiker.")
  public MeJson me() {
    Caller caller = currentCaller.require();
    MunicipalityJson municipality =
        caller
            .municipality()
            .flatMap(organisation::findMunicipality)
            .map(MunicipalityJson::of)
            .orElse(null);
    TeamJson team = caller.team().flatMap(organisation::findTeam).map(TeamJson::of).orElse(null);
    List<String> roles = caller.roleIds().stream().sorted().toList();
    return new MeJson(caller.username(), caller.displayName(), roles, municipality, team);
  }
}
