package nl.brug.platform.api.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.CurrentCaller;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.ActionPointService;
import nl.brug.content.assessment.ActionStatus;
import nl.brug.platform.api.ApiValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A team's action points after its rounds (written down under {@code
 * /assessment-rounds/{id}/action-points}): the team and its coordinator read them, the team lead
 * changes them, the owner moves their status. Changes need the ETag in If-Match. Another team's
 * action point is 404.
 */
@Path("/action-points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Zelfevaluatie", description = "Rondes van de diversiteitsscan van een team")
@SecurityRequirement(name = "basic")
public class ActionPointsResource {

  static final String ACTION_POINT = "action-point";

  @Inject CurrentCaller currentCaller;
  @Inject ActionPointService actionPoints;

  @GET
  @Operation(
      operationId = "listActionPoints",
      summary = "De actiepunten van je team (coördinator: ?team= van je gemeente)",
      description = "Eerst wat nog moet gebeuren, op streefdatum; overdue zegt of het te laat is.")
  public List<ActionPointJson> ofTeam(@QueryParam("team") String team) {
    Caller caller = currentCaller.require();
    return actionPoints.ofTeam(caller, ApiValues.teamOrOwn(caller, team, "team")).stream()
        .map(ActionPointJson::of)
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getActionPoint",
      summary = "Eén actiepunt, met ETag",
      description =
          "Een actiepunt van een team dat je mag zien. De ETag is de versie die je bij wijzigen in If-Match meestuurt.")
  @APIResponse(
      responseCode = "200",
      description = "Het actiepunt; de ETag is de versie voor If-Match",
      content = @Content(schema = @Schema(ref = "ActionPoint")))
  public Response actionPoint(@PathParam("id") String id) {
    return withEtag(actionPoints.actionPoint(currentCaller.require(), actionPointId(id)));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeActionPoint",
      summary = "Een actiepunt wijzigen (teamleider), met If-Match",
      description =
          "Vervangt dimensie, stelling, beschrijving, eigenaar, streefdatum en toolkit-items. Zonder If-Match 428, met een oude versie 412.")
  @APIResponse(
      responseCode = "200",
      description = "Gewijzigd, met de nieuwe ETag",
      content = @Content(schema = @Schema(ref = "ActionPoint")))
  public Response change(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "Stuur het actiepunt als JSON.") @Valid ActionPointJson.Input input) {
    long basedOn = ApiValues.expectedVersion(ifMatch);
    return withEtag(
        actionPoints.change(currentCaller.require(), actionPointId(id), input.parsed(), basedOn));
  }

  @PUT
  @Path("/{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeActionPointStatus",
      summary = "De status van een actiepunt (eigenaar of teamleider), met If-Match",
      description =
          "Zet de status op open, bezig of afgerond. Alleen de eigenaar en de teamleider mogen dit.")
  @APIResponse(
      responseCode = "200",
      description = "De status is gewijzigd, met de nieuwe ETag",
      content = @Content(schema = @Schema(ref = "ActionPoint")))
  public Response changeStatus(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "Stuur {\"status\": \"bezig\"}.") @Valid
          ActionPointJson.StatusChange change) {
    long basedOn = ApiValues.expectedVersion(ifMatch);
    return withEtag(
        actionPoints.changeStatus(
            currentCaller.require(),
            actionPointId(id),
            ActionStatus.ofCode(change.status()),
            basedOn));
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "removeActionPoint",
      summary = "Een actiepunt schrappen (teamleider)",
      description = "Haalt het actiepunt weg; alleen de teamleider van het team mag dit.")
  @APIResponse(responseCode = "204", description = "Geschrapt")
  public Response remove(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    long basedOn = ApiValues.expectedVersion(ifMatch);
    actionPoints.remove(currentCaller.require(), actionPointId(id), basedOn);
    return Response.noContent().build();
  }

  private static UUID actionPointId(String id) {
    return ApiValues.uuid(id, ACTION_POINT);
  }

  static Response withEtag(ActionPoint point) {
    return Response.ok(ActionPointJson.of(point))
        .tag(new EntityTag(String.valueOf(point.version())))
        .build();
  }
}
