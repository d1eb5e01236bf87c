package nl.brug.platform.api.search;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.CurrentCaller;
import nl.brug.content.gap.ContentGapLog;
import nl.brug.content.synonym.SavedSynonymList;
import nl.brug.platform.api.ApiValues;
import nl.brug.platform.api.problem.InvalidParameterException;
import nl.brug.search.toolkit.ToolkitSearchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Looking after search: the synonym list experts keep (with ETag and If-Match), the content-gap
 * report per month, and rebuilding the index (admins).
 */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Zoeken beheren", description = "Synoniemen, ontbrekende onderwerpen en de zoekindex")
@SecurityRequirement(name = "basic")
public class SearchCareResource {

  static final int GAP_TOPICS = 50;

  @Inject CurrentCaller currentCaller;
  @Inject ToolkitSearchService search;
  @Inject ContentGapLog gaps;

  @GET
  @Path("/synonyms")
  @Operation(
      operationId = "getSynonymList",
      summary = "De synoniemenlijst (vakgroep), met ETag",
      description = "Versie 0 is de ingebouwde lijst: de vakgroep heeft nog niets opgeslagen.")
  @APIResponse(
      responseCode = "200",
      description = "De lijst; de ETag is de versie voor If-Match",
      content = @Content(schema = @Schema(ref = "SynonymList")))
  public Response synonyms() {
    return withEtag(search.synonymsToEdit(currentCaller.require()));
  }

  @PUT
  @Path("/synonyms")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "saveSynonymList",
      summary = "Een nieuwe synoniemenlijst opslaan (vakgroep)",
      description =
          "Met If-Match: de ETag van de lijst waarop je wijziging is gebaseerd. Een regel die niet"
              + " bruikbaar is geeft 400 met het regelnummer; het zoeken gebruikt een opgeslagen"
              + " lijst meteen.")
  @APIResponse(
      responseCode = "200",
      description = "Opgeslagen, met de nieuwe ETag",
      content = @Content(schema = @Schema(ref = "SynonymList")))
  public Response saveSynonyms(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "Stuur de lijst als JSON: {\"text\": \"…\"}.") @Valid
          SynonymTextJson list) {
    Caller caller = currentCaller.require();
    long basedOn = ApiValues.expectedVersion(ifMatch);
    return withEtag(search.saveSynonyms(caller, list.text(), basedOn));
  }

  private static Response withEtag(SavedSynonymList list) {
    return Response.ok(SynonymListJson.of(list))
        .tag(new EntityTag(String.valueOf(list.version())))
        .build();
  }

  @GET
  @Path("/content-gaps")
  @Operation(
      operationId = "getContentGaps",
      summary = "Wat professionals zoeken en niet vinden, per maand (vakgroep)",
      description =
          "Zoekvragen zonder resultaat en zoekvragen waarvan niemand een resultaat opende, zonder"
              + " gegevens over wie zocht, uit de gemeenten waarvoor je werkt (opgeteld)."
              + " month als JJJJ-MM; standaard de huidige maand. municipality (CBS-code, bijv."
              + " GM0193): alleen die van je gemeenten; een andere gemeente geeft 404.")
  public ContentGapReportJson contentGaps(
      @QueryParam("month") String month, @QueryParam("municipality") String municipality) {
    Caller caller = currentCaller.require();
    String only = municipality == null || municipality.isBlank() ? null : municipality.strip();
    return ContentGapReportJson.of(gaps.report(caller, month(month), only, GAP_TOPICS));
  }

  private YearMonth month(String value) {
    if (value == null || value.isBlank()) {
      return gaps.thisMonth();
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("month", "Geef de maand als JJJJ-MM, bijv. 2026-11.");
    }
  }

  @GET
  @Path("/index")
  @Operation(
      operationId = "getSearchIndexStatus",
      summary = "Hoe de laatste herindexering ging (beheerder)",
      description =
          "Of de herindexering loopt, hoe ver ze is, wanneer ze begon en eindigde en wat er eventueel misging.")
  public ReindexStatusJson indexStatus() {
    return ReindexStatusJson.of(search.reindexStatus(currentCaller.require()));
  }

  @POST
  @Path("/index/rebuild")
  @Operation(
      operationId = "rebuildSearchIndex",
      summary = "De zoekindex opnieuw opbouwen uit de database (beheerder)",
      description =
          "Start op de achtergrond; zoeken blijft werken. Loopt er al een, dan gaat die door."
              + " Volg de voortgang met GET /search/index.")
  @APIResponse(
      responseCode = "202",
      description = "De herindexering is begonnen en loopt op de achtergrond",
      content = @Content(schema = @Schema(ref = "SearchIndexStatus")))
  public Response rebuildIndex() {
    return Response.accepted(ReindexStatusJson.of(search.startReindex(currentCaller.require())))
        .build();
  }
}
