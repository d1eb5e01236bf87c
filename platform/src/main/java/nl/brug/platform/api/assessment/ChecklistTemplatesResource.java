package nl.brug.platform.api.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import nl.brug.auth.caller.CurrentCaller;
import nl.brug.content.assessment.ChecklistTemplates;
import nl.brug.content.assessment.TemplateDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Checklist templates of the self-assessment: everyone reads the newest published version; experts
 * publish a new one. Published versions never change; rounds keep theirs.
 */
@Path("/checklist-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Zelfevaluatie", description = "Rondes van de diversiteitsscan van een team")
@SecurityRequirement(name = "basic")
public class ChecklistTemplatesResource {

  @Inject CurrentCaller currentCaller;
  @Inject ChecklistTemplates templates;
  @Context UriInfo uriInfo;

  @GET
  @Path("/{code}")
  @Operation(
      operationId = "getChecklistTemplate",
      summary = "De nieuwste gepubliceerde versie van een sjabloon",
      description =
          "Het sjabloon als JSON, zoals de vakgroep het publiceert; gepubliceerde versies veranderen nooit.")
  @APIResponse(
      responseCode = "200",
      description = "Het sjabloon",
      content = @Content(schema = @Schema(ref = "ChecklistTemplate")))
  public TemplateDocument newest(@PathParam("code") String code) {
    currentCaller.require();
    return templates.newestTemplate(code);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "publishChecklistTemplate",
      summary = "Een nieuwe versie publiceren (vakgroep)",
      description =
          "Het document zoals GET het geeft, met het volgende versienummer. Een fout noemt de"
              + " dimensie of stelling; lopende rondes houden hun versie.")
  @APIResponse(
      responseCode = "201",
      description = "Gepubliceerd; Location wijst naar het sjabloon",
      content = @Content(schema = @Schema(ref = "ChecklistTemplate")))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ChecklistTemplate")))
  public Response publish(String document) {
    TemplateDocument published =
        templates.publishTemplate(currentCaller.require(), document == null ? "" : document);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(published.code()).build())
        .entity(published)
        .build();
  }
}
