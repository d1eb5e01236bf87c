package nl.brug.platform.api.toolkit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.CurrentCaller;
import nl.brug.content.attachment.Attachment;
import nl.brug.content.attachment.AttachmentRefusedException;
import nl.brug.content.attachment.AttachmentService;
import nl.brug.content.attachment.AttachmentType;
import nl.brug.platform.api.ApiValues;
import nl.brug.platform.api.problem.InvalidParameterException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Files of a toolkit item: PDF, images and Office documents up to 20 MB. */
@Path("/toolkit-items/{id}/attachments")
@RequestScoped
@Tag(name = "Toolkit")
@SecurityRequirement(name = "basic")
public class AttachmentsResource {

  @Inject CurrentCaller currentCaller;
  @Inject AttachmentService attachments;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listAttachments",
      summary = "De bestanden bij een item",
      description =
          "Naam, soort, grootte en wie het bestand toevoegde, zonder de inhoud. De bestanden van de gepubliceerde versie. Met draft=true (vakgroep) die van het"
              + " concept: een bestand dat je toevoegt of verwijdert, hoort bij het concept en"
              + " gaat met de volgende goedgekeurde versie mee.")
  public List<AttachmentJson> list(@PathParam("id") String id, @QueryParam("draft") boolean draft) {
    Caller caller = currentCaller.require();
    UUID itemId = ApiValues.uuid(id, "toolkit-item");
    return (draft ? attachments.ofDraft(caller, itemId) : attachments.of(caller, itemId))
        .stream().map(AttachmentJson::of).toList();
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addAttachment",
      summary = "Een bestand toevoegen (vakgroep)",
      description =
          "De inhoud als body, de naam in ?filename=. Het soort bestand wordt uit de"
              + " inhoud gelezen; de extensie moet daarbij passen.")
  @APIResponse(
      responseCode = "201",
      description = "Het bestand is toegevoegd",
      content = @Content(schema = @Schema(ref = "Attachment")))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.WILDCARD,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response add(
      @PathParam("id") String id,
      @QueryParam("filename") String filename,
      InputStream body,
      @Context UriInfo uriInfo) {
    if (filename == null || filename.isBlank()) {
      throw new InvalidParameterException(
          "filename", "Geef de naam van het bestand, bijvoorbeeld werkblad.pdf.");
    }
    Attachment added =
        attachments.add(
            currentCaller.require(), ApiValues.uuid(id, "toolkit-item"), filename, read(body));
    return Response.created(
            uriInfo
                .getAbsolutePathBuilder()
                .replaceQuery(null)
                .path(added.getId().toString())
                .build())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(AttachmentJson.of(added))
        .build();
  }

  @GET
  @Path("/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      operationId = "downloadAttachment",
      summary = "Een bestand downloaden",
      description = "De inhoud van het bestand, met zijn eigen mediatype.")
  @APIResponse(
      responseCode = "200",
      description = "De inhoud van het bestand",
      content =
          @Content(
              mediaType = MediaType.WILDCARD,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response download(
      @PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
    Attachment attachment =
        attachments.get(
            currentCaller.require(),
            ApiValues.uuid(id, "toolkit-item"),
            ApiValues.uuid(attachmentId, "attachment"));
    return Response.ok(attachment.content(), attachment.getType().mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(attachment.getFilename(), StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @DELETE
  @Path("/{attachmentId}")
  @Operation(
      operationId = "removeAttachment",
      summary = "Een bestand verwijderen (vakgroep)",
      description = "Alleen experts van de vakgroep mogen een bestand verwijderen.")
  @APIResponse(responseCode = "204", description = "Verwijderd")
  public Response remove(
      @PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
    attachments.remove(
        currentCaller.require(),
        ApiValues.uuid(id, "toolkit-item"),
        ApiValues.uuid(attachmentId, "attachment"));
    return Response.noContent().build();
  }

  private static byte[] read(InputStream body) {
    try (InputStream in = body) {
      byte[] bytes = in.readNBytes(AttachmentType.MAX_BYTES + 1);
      if (bytes.length > AttachmentType.MAX_BYTES) {
        throw new AttachmentRefusedException(
            "Het bestand is groter dan 20 MB. Maak het kleiner of deel een link.");
      }
      return bytes;
    } catch (IOException e) {
      throw new AttachmentRefusedException("Het bestand kwam niet goed over. Probeer het opnieuw.");
    }
  }
}
