package nl.brug.platform.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.brug.platform.api.ApiVersionHeader;
import nl.brug.platform.api.BrugApi;
import nl.brug.platform.api.problem.Problem;
import nl.brug.platform.api.problem.ProblemType;
import nl.brug.platform.config.PublicAddress;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the generated OpenAPI document follow the NL API Design Rules: the server URL carries the
 * major version and paths are relative to it; every 2xx/3xx response documents the {@code
 * API-Version} header; every operation documents its errors as {@code application/problem+json}.
 */
public class DesignRulesFilter implements OASFilter {

  private static final String API_VERSION_REF = "#/components/headers/API-Version";
  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  /**
   * Payara writes every unset constraint of an annotated schema as a value ({@code maxProperties:
   * 0}, {@code exclusiveMaximum: false}, …), which makes the document invalid and would even forbid
   * properties. Unset them again.
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    return schema;
  }

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    openApi.setServers(
        List.of(
            OASFactory.createServer().url(PublicAddress.get() + BrugApi.PATH).description("Brug")));
    openApi.getInfo().setVersion(BrugApi.VERSION);
    ensureComponents(openApi);
    Paths relative = OASFactory.createPaths();
    Map<String, PathItem> items =
        openApi.getPaths() == null ? Map.of() : openApi.getPaths().getPathItems();
    items.forEach(
        (path, item) -> {
          if (path.startsWith(BrugApi.PATH)) {
            String stripped = path.substring(BrugApi.PATH.length());
            relative.addPathItem(stripped.isEmpty() ? "/" : stripped, item);
            item.getOperations().values().forEach(DesignRulesFilter::document);
          }
        });
    openApi.setPaths(relative);
  }

  private static void ensureComponents(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    openApi
        .getComponents()
        .addHeader(
            ApiVersionHeader.NAME,
            OASFactory.createHeader()
                .description("De volledige versie van de API (semver).")
                .required(true)
                .schema(
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.STRING)
                        .example(BrugApi.VERSION)));
    openApi.getComponents().addSchema("InvalidParam", invalidParamSchema());
    openApi.getComponents().addSchema("Problem", problemSchema());
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
  }

  private static Schema invalidParamSchema() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("Een veld dat niet goed is ingevuld")
        .addProperty("name", string("Naam van het veld"))
        .addProperty("reason", string("Wat er mis is, in het Nederlands"));
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("Foutmelding volgens RFC 9457")
        .addProperty("type", string("Soort fout (URI)").format("uri"))
        .addProperty("title", string("Korte omschrijving, in het Nederlands"))
        .addProperty(
            "status",
            OASFactory.createSchema().type(Schema.SchemaType.INTEGER).description("HTTP-status"))
        .addProperty("detail", string("Uitleg voor deze keer, in het Nederlands"))
        .addProperty("instance", string("Het pad van het verzoek").format("uri-reference"))
        .addProperty(
            "invalidParams",
            OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref("#/components/schemas/InvalidParam")));
  }

  private static void document(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    Map<String, APIResponse> existing =
        new LinkedHashMap<>(
            responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses());
    APIResponse fallback = existing.remove("default");
    if (existing.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
      APIResponse ok = fallback != null ? fallback : OASFactory.createAPIResponse();
      if (ok.getDescription() == null || ok.getDescription().isBlank()) {
        ok.setDescription("Gelukt");
      }
      existing.put("200", ok);
    }
    existing.forEach(
        (code, response) -> {
          if (code.startsWith("2") || code.startsWith("3")) {
            Header ref = OASFactory.createHeader().ref(API_VERSION_REF);
            response.addHeader(ApiVersionHeader.NAME, ref);
          }
        });
    for (ProblemType type : errorsOf(operation)) {
      String code = String.valueOf(type.statusCode());
      existing.putIfAbsent(code, problemResponse(type));
    }
    APIResponses rebuilt = OASFactory.createAPIResponses();
    existing.forEach(rebuilt::addAPIResponse);
    operation.setResponses(rebuilt);
  }

  private static List<ProblemType> errorsOf(Operation operation) {
    boolean writes = operation.getRequestBody() != null;
    return writes
        ? List.of(
            ProblemType.BAD_REQUEST,
            ProblemType.UNAUTHENTICATED,
            ProblemType.FORBIDDEN,
            ProblemType.NOT_FOUND,
            ProblemType.NOT_ACCEPTABLE,
            ProblemType.CONFLICT,
            ProblemType.UNSUPPORTED_MEDIA_TYPE,
            ProblemType.INTERNAL)
        : List.of(
            ProblemType.BAD_REQUEST,
            ProblemType.UNAUTHENTICATED,
            ProblemType.NOT_FOUND,
            ProblemType.NOT_ACCEPTABLE,
            ProblemType.INTERNAL);
  }

  private static APIResponse problemResponse(ProblemType type) {
    return OASFactory.createAPIResponse()
        .description(type.title())
        .content(
            OASFactory.createContent()
                .addMediaType(
                    Problem.MEDIA_TYPE,
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
  }
}
