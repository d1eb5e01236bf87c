package nl.brug.platform.api.assessment;

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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.CurrentCaller;
import nl.brug.content.assessment.ActionPoint;
import nl.brug.content.assessment.ActionPointService;
import nl.brug.content.assessment.AssessmentService;
import nl.brug.content.assessment.MyAnswers;
import nl.brug.content.assessment.RoundSummary;
import nl.brug.content.assessment.TemplateDocument;
import nl.brug.content.assessment.report.RoundReports;
import nl.brug.platform.api.ApiValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Diversity self-assessment rounds of teams: a team lead starts one, members answer on their own
 * (with ETag/If-Match, so two tabs never overwrite each other) and hand in, and the team and its
 * coordinator read the results from three responses on. Another team's round is 404.
 */
@Path("/assessment-rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Zelfevaluatie", description = "Rondes van de diversiteitsscan van een team")
@SecurityRequirement(name = "basic")
public class AssessmentRoundsResource {

  static final String ROUND = "assessment-round";
  static final String CSV = "text/csv";

  @Inject CurrentCaller currentCaller;
  @Inject AssessmentService assessments;
  @Inject ActionPointService actionPoints;
  @Inject RoundReports reports;
  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "startAssessmentRound",
      summary = "Een ronde starten voor je eigen team (teamleider)",
      description =
          "Op de nieuwste gepubliceerde versie van het sjabloon (standaard"
              + " brug-diversiteitsscan); de ronde houdt die versie.")
  @APIResponse(
      responseCode = "201",
      description = "De ronde is gestart; Location wijst naar de ronde",
      content = @Content(schema = @Schema(ref = "AssessmentRound")))
  public Response start(
      @NotNull(message = "Stuur de ronde als JSON: {\"period\": …, \"closesOn\": …}.") @Valid
          AssessmentJson.NewRound round) {
    RoundSummary started =
        assessments.startRound(
            currentCaller.require(), round.templateOrDefault(), round.period(), round.closesOn());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(started.id().toString()).build())
        .entity(AssessmentJson.Round.of(started))
        .build();
  }

  @GET
  @Operation(
      operationId = "listAssessmentRounds",
      summary = "De rondes van je team (coördinator: van alle teams van je gemeente)",
      description =
          "Een teamlid ziet de rondes van het eigen team, een coördinator die van alle teams van de gemeente.")
  public List<AssessmentJson.Round> rounds() {
    return assessments.rounds(currentCaller.require()).stream()
        .map(AssessmentJson.Round::of)
        .toList();
  }

  @GET
  @Path("/trend")
  @Operation(
      operationId = "getAssessmentTrend",
      summary = "Het verloop over de rondes van je team (coördinator: ?team= van je gemeente)",
      description =
          "Per dimensie één gemiddelde per ronde; stellingen alleen als ze in elke"
              + " versie hetzelfde bleven.")
  public AssessmentJson.TrendJson trend(@QueryParam("team") String team) {
    Caller caller = currentCaller.require();
    return AssessmentJson.TrendJson.of(
        assessments.trend(caller, ApiValues.teamOrOwn(caller, team, "team")));
  }

  @GET
  @Path("/awaiting")
  @Operation(
      operationId = "listRoundsAwaitingMe",
      summary = "Open rondes van je team waarvoor je nog niet hebt ingeleverd",
      description = "Wat het portaal je meldt als je binnenkomt; de eerst sluitende eerst.")
  public List<AssessmentJson.Round> awaiting() {
    return assessments.roundsAwaiting(currentCaller.require()).stream()
        .map(AssessmentJson.Round::of)
        .toList();
  }

  @GET
  @Path("/team-standings")
  @Operation(
      operationId = "listTeamStandings",
      summary = "Alle teams van je gemeente: nieuwste ronde, deelname, score (coördinator)",
      description =
          "Voor coördinatoren: per team de nieuwste ronde, hoeveel leden inleverden, de laatste totaalscore en open en te late actiepunten.")
  public List<AssessmentJson.Standing> teamStandings() {
    return assessments.teamStandings(currentCaller.require()).stream()
        .map(AssessmentJson.Standing::of)
        .toList();
  }

  @GET
  @Path("/municipality-benchmark")
  @Operation(
      operationId = "getMunicipalityBenchmark",
      summary =
          "De teams van je gemeente naast het anonieme gemiddelde van de andere teams"
              + " (coördinator)",
      description =
          "Per team de laatste gesloten ronde op de nieuwste versie van het sjabloon (?template=,"
              + " standaard brug-diversiteitsscan), elk team even zwaar; alleen vanaf 5 andere"
              + " teams, anders zegt hiddenReason waarom niet.")
  public AssessmentJson.BenchmarkJson municipalityBenchmark(
      @QueryParam("template") String template) {
    return AssessmentJson.BenchmarkJson.of(
        assessments.municipalityBenchmark(
            currentCaller.require(),
            template == null || template.isBlank() ? AssessmentJson.DEFAULT_TEMPLATE : template));
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getAssessmentRound",
      summary = "Eén ronde",
      description =
          "Een ronde van je eigen team (of, voor een coördinator, van je gemeente). Een andere ronde geeft 404.")
  public AssessmentJson.Round round(@PathParam("id") String id) {
    return AssessmentJson.Round.of(assessments.round(currentCaller.require(), roundId(id)));
  }

  @GET
  @Path("/{id}/checklist")
  @Operation(
      operationId = "getRoundChecklist",
      summary = "De stellingen van de ronde, in de sjabloonversie waarmee de ronde begon",
      description =
          "Dimensies en stellingen met hun antwoordschaal, precies zoals in de sjabloonversie van de ronde.")
  @APIResponse(
      responseCode = "200",
      description = "Het sjabloon",
      content = @Content(schema = @Schema(ref = "ChecklistTemplate")))
  public TemplateDocument checklist(@PathParam("id") String id) {
    return assessments.checklist(currentCaller.require(), roundId(id));
  }

  @GET
  @Path("/{id}/my-answers")
  @Operation(
      operationId = "getMyAnswers",
      summary = "Je eigen antwoorden (alleen voor jou), met ETag",
      description =
          "Alleen jij ziet je antwoorden; de teamleider en de coördinator niet. De ETag is de versie voor If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Je antwoorden; de ETag is de versie voor If-Match",
      content = @Content(schema = @Schema(ref = "MyAnswers")))
  public Response myAnswers(@PathParam("id") String id) {
    return withEtag(assessments.myAnswers(currentCaller.require(), roundId(id)));
  }

  @PUT
  @Path("/{id}/my-answers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "saveMyAnswers",
      summary = "Antwoorden opslaan (aangevuld bij wat er al stond), met If-Match",
      description =
          "Per stelling een stap van de schaal, nvt of weet-niet. Wat je stuurt komt bij wat er al stond.")
  @APIResponse(
      responseCode = "200",
      description = "Opgeslagen, met de nieuwe ETag",
      content = @Content(schema = @Schema(ref = "MyAnswers")))
  public Response saveAnswers(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "Stuur je antwoorden als {\"answers\": {\"stelling\": \"3\"}}.") @Valid
          AssessmentJson.Answers answers) {
    long basedOn = ApiValues.expectedVersion(ifMatch);
    return withEtag(
        assessments.saveAnswers(currentCaller.require(), roundId(id), answers.parsed(), basedOn));
  }

  @POST
  @Path("/{id}/my-answers/submission")
  @Operation(
      operationId = "submitMyAnswers",
      summary = "Je antwoorden inleveren, met If-Match; daarna tellen ze mee en veranderen ze niet",
      description =
          "Na inleveren tellen je antwoorden mee in de uitslag en kun je ze niet meer veranderen.")
  @APIResponse(
      responseCode = "200",
      description = "Ingeleverd",
      content = @Content(schema = @Schema(ref = "MyAnswers")))
  public Response submit(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    long basedOn = ApiValues.expectedVersion(ifMatch);
    return withEtag(assessments.submit(currentCaller.require(), roundId(id), basedOn));
  }

  @GET
  @Path("/{id}/results")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @Operation(
      operationId = "getAssessmentResults",
      summary = "De uitkomsten van de ronde, vanaf 3 ingeleverde lijsten, zonder namen",
      description =
          "Als JSON, of met Accept: text/csv als CSV voor Excel (puntkomma's, decimale komma,"
              + " UTF-8 met BOM). Alleen samengevoegde cijfers, nooit iemands eigen antwoorden.")
  @APIResponse(
      responseCode = "200",
      description = "De uitkomsten",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoundResults")),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
      })
  public Response results(@PathParam("id") String id, @Context Request request) {
    Variant chosen =
        request.selectVariant(
            Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(CSV)).build());
    if (chosen != null && chosen.getMediaType().isCompatible(MediaType.valueOf(CSV))) {
      return download(id, "csv", CSV + "; charset=UTF-8", reports::csv);
    }
    return Response.ok(
            AssessmentJson.Results.of(assessments.results(currentCaller.require(), roundId(id))),
            MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  @GET
  @Path("/{id}/report")
  @Produces("application/pdf")
  @Operation(
      operationId = "getAssessmentReport",
      summary = "Het rapport van de ronde als PDF, met dezelfde grafieken als het portaal",
      description =
          "Een getagde PDF met de uitslag, de trend, de benchmark en de actiepunten van de ronde.")
  @APIResponse(
      responseCode = "200",
      description = "Het rapport als PDF",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response report(@PathParam("id") String id) {
    return download(id, "pdf", "application/pdf", reports::pdf);
  }

  @POST
  @Path("/{id}/closing")
  @Operation(
      operationId = "closeAssessmentRound",
      summary = "De ronde nu sluiten (teamleider van het team)",
      description =
          "Sluit de ronde voor de sluitingsdatum; daarna kan niemand meer antwoorden of inleveren.")
  public AssessmentJson.Round close(@PathParam("id") String id) {
    return AssessmentJson.Round.of(assessments.closeRound(currentCaller.require(), roundId(id)));
  }

  @GET
  @Path("/{id}/benchmark")
  @Operation(
      operationId = "getAssessmentBenchmark",
      summary = "Het team naast het anonieme gemiddelde van de andere teams",
      description =
          "Alleen als minstens 5 andere teams een gesloten ronde op dezelfde"
              + " sjabloonversie hebben; anders zegt hiddenReason waarom niet.")
  public AssessmentJson.BenchmarkJson benchmark(@PathParam("id") String id) {
    return AssessmentJson.BenchmarkJson.of(
        assessments.benchmark(currentCaller.require(), roundId(id)));
  }

  @GET
  @Path("/{id}/action-points")
  @Operation(
      operationId = "listRoundActionPoints",
      summary = "De actiepunten die uit de ronde volgen",
      description =
          "De actiepunten van de ronde, met wie ze oppakt, de streefdatum en of ze te laat zijn.")
  public List<ActionPointJson> actionPoints(@PathParam("id") String id) {
    return actionPoints.ofRound(currentCaller.require(), roundId(id)).stream()
        .map(ActionPointJson::of)
        .toList();
  }

  @POST
  @Path("/{id}/action-points")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addActionPoint",
      summary = "Een actiepunt vastleggen bij een dimensie of stelling (teamleider)",
      description =
          "De teamleider legt een actiepunt vast, met eigenaar uit het team, streefdatum en toolkit-items die helpen.")
  @APIResponse(
      responseCode = "201",
      description = "Vastgelegd; Location en ETag van het actiepunt",
      content = @Content(schema = @Schema(ref = "ActionPoint")))
  public Response addActionPoint(
      @PathParam("id") String id,
      @NotNull(message = "Stuur het actiepunt als JSON.") @Valid ActionPointJson.Input input) {
    ActionPoint added = actionPoints.add(currentCaller.require(), roundId(id), input.parsed());
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path(ActionPointsResource.class)
                .path(added.id().toString())
                .build())
        .tag(new EntityTag(String.valueOf(added.version())))
        .entity(ActionPointJson.of(added))
        .build();
  }

  private Response download(
      String id, String extension, String type, BiFunction<Caller, UUID, byte[]> export) {
    Caller caller = currentCaller.require();
    UUID round = roundId(id);
    byte[] bytes = export.apply(caller, round);
    return Response.ok(bytes, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + reports.fileName(caller, round, extension) + "\"")
        .build();
  }

  private static UUID roundId(String id) {
    return ApiValues.uuid(id, ROUND);
  }

  private static Response withEtag(MyAnswers mine) {
    return Response.ok(AssessmentJson.Mine.of(mine))
        .tag(new EntityTag(String.valueOf(mine.version())))
        .build();
  }
}
