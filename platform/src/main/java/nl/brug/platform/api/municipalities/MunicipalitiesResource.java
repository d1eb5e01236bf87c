package nl.brug.platform.api.municipalities;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.brug.auth.caller.CurrentCaller;
import nl.brug.content.organisation.boundary.OrganisationService;
import nl.brug.content.organisation.entity.Team;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Municipalities on the platform and their teams. */
@Path("/municipalities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gemeenten", description = "Gemeenten en hun sociale wijkteams")
@SecurityRequirement(name = "basic")
public class MunicipalitiesResource {

  @Inject CurrentCaller currentCaller;
  @Inject OrganisationService organisation;

  @GET
  @Operation(
      operationId = "listMunicipalities",
      summary = "Alle gemeenten op het platform",
      description = "Code (CBS) en naam van elke gemeente die Brug gebruikt.")
  public List<MunicipalityJson> list() {
    return organisation.municipalities().stream().map(MunicipalityJson::of).toList();
  }

  @GET
  @Path("/{code}")
  @Operation(
      operationId = "getMunicipality",
      summary = "Eén gemeente",
      description = "Code (CBS) en naam van de gemeente.")
  public MunicipalityJson get(@PathParam("code") String code) {
    return MunicipalityJson.of(organisation.municipality(code));
  }

  @GET
  @Path("/{code}/teams")
  @Operation(
      operationId = "listTeams",
      summary = "De teams van een gemeente",
      description = "Alleen voor medewerkers van die gemeente; anders 404.")
  public List<TeamJson> teams(@PathParam("code") String code) {
    return organisation.teamsOf(currentCaller.require(), code).stream().map(TeamJson::of).toList();
  }

  @GET
  @Path("/{code}/teams/{teamCode}")
  @Operation(
      operationId = "getTeam",
      summary = "Eén team van een gemeente",
      description = "Een team van je eigen gemeente; een team van een andere gemeente geeft 404.")
  public TeamJson team(@PathParam("code") String code, @PathParam("teamCode") String teamCode) {
    return TeamJson.of(organisation.team(currentCaller.require(), code, teamCode));
  }

  @POST
  @Path("/{code}/teams")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createTeam",
      summary = "Een team toevoegen",
      description = "Voor de coördinator van de gemeente en beheerders.")
  @APIResponse(
      responseCode = "201",
      description = "Het team is toegevoegd; Location wijst naar het nieuwe team.",
      content = @Content(schema = @Schema(ref = "Team")))
  public Response addTeam(
      @PathParam("code") String code,
      @NotNull(message = "Stuur de gegevens van het team als JSON.") @Valid NewTeamJson team,
      @Context UriInfo uriInfo) {
    Team added = organisation.addTeam(currentCaller.require(), code, team.code(), team.name());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(added.getCode()).build())
        .entity(TeamJson.of(added))
        .build();
  }
}
