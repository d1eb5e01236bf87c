package nl.brug.platform.api.toolkit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.CurrentCaller;
import nl.brug.content.toolkit.boundary.ToolkitService;
import nl.brug.content.toolkit.entity.ItemStatus;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.platform.api.ApiValues;
import nl.brug.platform.api.problem.InvalidParameterException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The toolkit over REST: read published items, and for experts write, review and publish them. A
 * change names the version it was based on ({@code If-Match}); a stale one gets 412.
 */
@Path("/toolkit-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Toolkit", description = "Instrumenten van de vakgroep en hun redactie")
@SecurityRequirement(name = "basic")
public class ToolkitItemsResource {

  @Inject CurrentCaller currentCaller;
  @Inject ToolkitService toolkit;

  @GET
  @Operation(
      operationId = "listToolkitItems",
      summary = "Gepubliceerde items, laatst gepubliceerd eerst",
      description =
          "Met status (alleen voor de vakgroep): alle items van je bereik in die status, ook"
              + " concepten en items ter beoordeling.")
  public ToolkitItemPageJson list(
      @QueryParam("kind") String kind,
      @QueryParam("domain") String domain,
      @QueryParam("theme") String theme,
      @QueryParam("language") String language,
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("pageSize") Integer pageSize) {
    Caller caller = currentCaller.require();
    ToolkitService.Filter filter =
        new ToolkitService.Filter(
            ApiValues.enumValue(ToolkitKind.class, kind, "kind"),
            ApiValues.enumValue(LifeDomain.class, domain, "domain"),
            theme == null || theme.isBlank() ? null : theme.trim(),
            ApiValues.language(language, "language"));
    int pageNumber = ApiValues.inRange(page, 1, 1, 100_000, "page");
    int size = ApiValues.inRange(pageSize, 20, 1, 100, "pageSize");
    ItemStatus wanted = ApiValues.enumValue(ItemStatus.class, status, "status");
    if (wanted != null) {
      List<ToolkitItem> inStatus = toolkit.inStatus(caller, wanted, filter.kind());
      return new ToolkitItemPageJson(
          inStatus.stream()
              .skip((long) (pageNumber - 1) * size)
              .limit(size)
              .map(item -> ToolkitItemJson.of(item, caller))
              .toList(),
          pageNumber,
          size,
          inStatus.size());
    }
    List<ToolkitItemJson> items =
        toolkit.published(caller, filter, (pageNumber - 1) * size, size).stream()
            .map(item -> ToolkitItemJson.of(item, caller))
            .toList();
    return new ToolkitItemPageJson(items, pageNumber, size, toolkit.countPublished(caller, filter));
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getToolkitItem",
      summary = "Eén item, met ETag",
      description =
          "Lezers krijgen de gepubliceerde versie; experts ook het concept, de status en het commentaar van de beoordelaar.")
  @APIResponse(
      responseCode = "200",
      description = "Het item; de ETag is de versie voor If-Match",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
      content = @Content(schema = @Schema(ref = "ToolkitItem")))
  public Response get(@PathParam("id") String id) {
    Caller caller = currentCaller.require();
    return withEtag(
        Response.ok(), toolkit.item(caller, ApiValues.uuid(id, "toolkit-item")), caller);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createToolkitItem",
      summary = "Een nieuw item als concept (vakgroep)",
      description =
          "Een expert begint een item als concept; anderen zien het pas na beoordeling en publicatie.")
  @APIResponse(
      responseCode = "201",
      description = "Het concept is aangemaakt",
      content = @Content(schema = @Schema(ref = "ToolkitItem")))
  public Response create(
      @NotNull(message = "Stuur het nieuwe item als JSON.") @Valid NewToolkitItemJson item,
      @Context UriInfo uriInfo) {
    Caller caller = currentCaller.require();
    ToolkitItem created =
        toolkit.create(
            caller,
            item.slug(),
            item.kind(),
            blankToNull(item.municipalityCode()),
            item.content().toContent());
    return withEtag(
        Response.created(uriInfo.getAbsolutePathBuilder().path(created.getId().toString()).build()),
        created,
        caller);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateToolkitItem",
      summary = "Het concept bewaren (vakgroep)",
      description = "Met If-Match: de ETag van het item waarop je wijziging is gebaseerd.")
  @APIResponse(
      responseCode = "200",
      description = "Opgeslagen, met de nieuwe ETag",
      content = @Content(schema = @Schema(ref = "ToolkitItem")))
  public Response update(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "Stuur de inhoud als JSON.") @Valid ContentJson content) {
    Caller caller = currentCaller.require();
    ToolkitItem item =
        toolkit.edit(
            caller,
            ApiValues.uuid(id, "toolkit-item"),
            ApiValues.expectedVersion(ifMatch),
            content.toContent());
    return withEtag(Response.ok(), item, caller);
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "transitionToolkitItem",
      summary = "Een stap in de redactie: indienen, goedkeuren, terugsturen, archiveren, …",
      description =
          "Met If-Match. Goedkeuren of terugsturen doet een ander vakgroeplid dan wie"
              + " het concept het laatst bewerkte.")
  @APIResponse(
      responseCode = "200",
      description = "De stap is gezet, met de nieuwe ETag",
      content = @Content(schema = @Schema(ref = "ToolkitItem")))
  public Response transition(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "Stuur de stap als JSON.") @Valid TransitionJson step) {
    Caller caller = currentCaller.require();
    UUID itemId = ApiValues.uuid(id, "toolkit-item");
    long version = ApiValues.expectedVersion(ifMatch);
    ToolkitItem item =
        switch (step.action()) {
          case "submit-for-review" -> toolkit.submitForReview(caller, itemId, version);
          case "approve" -> toolkit.approve(caller, itemId, version);
          case "send-back" -> toolkit.sendBack(caller, itemId, version, step.comment());
          case "archive" -> toolkit.archive(caller, itemId, version);
          case "reopen" -> toolkit.reopen(caller, itemId, version);
          case "discard-draft" -> toolkit.discardDraft(caller, itemId, version);
          case "restore" -> {
            if (step.versionNumber() == null) {
              throw new InvalidParameterException(
                  "versionNumber", "Geef het nummer van de versie die je terug wilt zetten.");
            }
            yield toolkit.restore(caller, itemId, version, step.versionNumber());
          }
          default ->
              throw new InvalidParameterException(
                  "action",
                  "Onbekende stap '"
                      + step.action()
                      + "'. Kies uit: submit-for-review, approve, send-back, archive, reopen,"
                      + " discard-draft, restore.");
        };
    return withEtag(Response.ok(), item, caller);
  }

  @GET
  @Path("/{id}/versions")
  @Operation(
      operationId = "listToolkitItemVersions",
      summary = "Alle gepubliceerde versies",
      description = "Elke gepubliceerde versie van het item, met nummer, tekst en beoordelaar.")
  public List<RevisionJson> versions(@PathParam("id") String id) {
    return toolkit
        .item(currentCaller.require(), ApiValues.uuid(id, "toolkit-item"))
        .versions()
        .stream()
        .map(RevisionJson::of)
        .toList();
  }

  private static Response withEtag(
      Response.ResponseBuilder builder, ToolkitItem item, Caller caller) {
    return builder
        .tag(new EntityTag(String.valueOf(item.getVersion())))
        .entity(ToolkitItemJson.of(item, caller))
        .build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
