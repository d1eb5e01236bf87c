package nl.brug.platform.api.openapi;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.brug.content.assessment.AnswerScale;
import nl.brug.content.toolkit.entity.EvidenceLevel;
import nl.brug.content.toolkit.entity.ItemStatus;
import nl.brug.content.toolkit.entity.LifeDomain;
import nl.brug.content.toolkit.entity.ToolkitKind;
import nl.brug.content.toolkit.entity.TranslationStatus;
import nl.brug.platform.api.ApiVersionHeader;
import nl.brug.platform.api.BrugApi;
import nl.brug.platform.api.problem.Problem;
import nl.brug.platform.api.problem.ProblemType;
import nl.brug.platform.config.PublicAddress;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the generated OpenAPI document follow the NL API Design Rules: the server URL carries the
 * major version and paths are relative to it; every 2xx/3xx response documents the {@code
 * API-Version} header; every operation documents its errors as {@code application/problem+json};
 * enums carry their values and a tag is listed once.
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
    describeJavaTypes(openApi.getComponents());
    openApi.setTags(withoutDuplicates(openApi.getTags()));
    Paths relative = OASFactory.createPaths();
    Map<String, PathItem> items =
        openApi.getPaths() == null ? Map.of() : openApi.getPaths().getPathItems();
    items.forEach(
        (path, item) -> {
          if (path.startsWith(BrugApi.PATH)) {
            String stripped = path.substring(BrugApi.PATH.length());
            relative.addPathItem(stripped.isEmpty() ? "/" : stripped, item);
            item.getOperations().forEach(DesignRulesFilter::document);
          }
        });
    openApi.setPaths(relative);
  }

  /**
   * The enums the API writes, by their schema name (see {@code mp.openapi.schema.*} in
   * microprofile-config.properties, which makes fields of these types refer to that name). JSON-B
   * writes an enum as its constant name, so those are the values.
   */
  static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          ToolkitKind.class,
          ItemStatus.class,
          LifeDomain.class,
          EvidenceLevel.class,
          TranslationStatus.class,
          AnswerScale.class);

  /**
   * Lists whose entries may be {@code null}: a mean per round is {@code null} where the round had
   * too few answers to show one.
   */
  static final Map<String, List<String>> LISTS_WITH_NULLS =
      Map.of("Series", List.of("means"), "Trend", List.of("overall"));

  private static void describeJavaTypes(Components components) {
    for (Class<? extends Enum<?>> type : ENUMS) {
      Schema schema = components.getSchemas().get(type.getSimpleName());
      if (schema == null) {
        schema = OASFactory.createSchema();
        components.addSchema(type.getSimpleName(), schema);
      }
      schema
          .type(Schema.SchemaType.STRING)
          .enumeration(Arrays.stream(type.getEnumConstants()).map(c -> (Object) c.name()).toList());
    }
    LISTS_WITH_NULLS.forEach(
        (name, properties) -> {
          Schema schema = components.getSchemas().get(name);
          if (schema != null) {
            properties.forEach(
                property -> {
                  Schema list = schema.getProperties().get(property);
                  if (list != null && list.getItems() != null) {
                    list.getItems().setNullable(true);
                  }
                });
          }
        });
    components.addSchema("ChecklistTemplate", checklistTemplateSchema());
  }

  /**
   * A checklist template version ({@code content.assessment.TemplateDocument}), which lives outside
   * the scanned WAR classes and so is described here.
   */
  private static Schema checklistTemplateSchema() {
    Schema item =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .description("Een stelling die teamleden beantwoorden")
            .addProperty("key", string("Vaste sleutel van de stelling"))
            .addProperty("statement", string("De stelling"))
            .addProperty("explanation", string("Toelichting"))
            .addProperty("scale", OASFactory.createSchema().ref("#/components/schemas/AnswerScale"))
            .addProperty("toolkitSlugs", strings("Toolkit-items die helpen"));
    Schema dimension =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .description("Een dimensie met haar stellingen, op volgorde")
            .addProperty("code", string("Vaste code van de dimensie"))
            .addProperty("name", string("Naam"))
            .addProperty("description", string("Omschrijving"))
            .addProperty(
                "items", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(item));
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("Een versie van een checklist-sjabloon")
        .addProperty("code", string("Vaste code van het sjabloon, gelijk voor alle versies"))
        .addProperty(
            "version",
            OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER)
                .minimum(java.math.BigDecimal.ONE)
                .description("Versienummer, vanaf 1"))
        .addProperty("title", string("Titel"))
        .addProperty("introduction", string("Tekst voor de eerste dimensie"))
        .addProperty(
            "dimensions", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(dimension));
  }

  private static Schema strings(String description) {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.ARRAY)
        .description(description)
        .items(OASFactory.createSchema().type(Schema.SchemaType.STRING));
  }

  /** Payara lists a tag once per resource class that uses it; a tag name may occur only once. */
  private static List<Tag> withoutDuplicates(List<Tag> tags) {
    if (tags == null) {
      return null;
    }
    Map<String, Tag> byName = new LinkedHashMap<>();
    tags.forEach(
        tag ->
            byName.merge(
                tag.getName(),
                tag,
                (first, later) -> first.getDescription() == null ? later : first));
    return new ArrayList<>(byName.values());
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

  private static void document(PathItem.HttpMethod method, Operation operation) {
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
    for (ProblemType type : errorsOf(method, operation)) {
      String code = String.valueOf(type.statusCode());
      existing.putIfAbsent(code, problemResponse(type));
    }
    APIResponses rebuilt = OASFactory.createAPIResponses();
    existing.forEach(rebuilt::addAPIResponse);
    operation.setResponses(rebuilt);
  }

  /**
   * The errors an operation can answer: every one can be refused (bad input, not signed in, not
   * allowed, not found, a format it cannot give, an error of ours); a change can conflict; a body
   * can come in a format it cannot read; a change that needs {@code If-Match} answers 428 without
   * it and 412 when someone else changed it first.
   */
  private static List<ProblemType> errorsOf(PathItem.HttpMethod method, Operation operation) {
    List<ProblemType> errors =
        new ArrayList<>(
            List.of(
                ProblemType.BAD_REQUEST,
                ProblemType.UNAUTHENTICATED,
                ProblemType.FORBIDDEN,
                ProblemType.NOT_FOUND,
                ProblemType.NOT_ACCEPTABLE));
    if (method != PathItem.HttpMethod.GET) {
      errors.add(ProblemType.CONFLICT);
    }
    if (operation.getRequestBody() != null) {
      errors.add(ProblemType.UNSUPPORTED_MEDIA_TYPE);
    }
    boolean needsVersion =
        operation.getParameters() != null
            && operation.getParameters().stream()
                .anyMatch(p -> HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()));
    if (needsVersion) {
      errors.add(ProblemType.PRECONDITION_FAILED);
      errors.add(ProblemType.PRECONDITION_REQUIRED);
    }
    errors.add(ProblemType.INTERNAL);
    return errors;
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
