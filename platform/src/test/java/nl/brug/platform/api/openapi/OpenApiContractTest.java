package nl.brug.platform.api.openapi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the integration tests' contract check lets pass and what it fails on. */
class OpenApiContractTest {

  private static final String DOCUMENT =
      """
      {"openapi": "3.0.3", "info": {"title": "t", "version": "1.0.0"},
       "servers": [{"url": "http://localhost/api/v1"}],
       "paths": {"/things/{id}": {"get": {"parameters": [
           {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
         "responses": {
           "200": {"description": "ok", "content": {"application/json": {"schema":
             {"type": "object", "properties": {
               "id": {"type": "string", "format": "uuid"},
               "kind": {"type": "string", "enum": ["GUIDE", "CHECKLIST"]}}}}}},
           "404": {"description": "no", "content": {"application/problem+json": {"schema":
             {"type": "object", "properties": {"status": {"type": "integer"}}}}}}}}}}}
      """;

  private final OpenApiContract contract = new OpenApiContract(DOCUMENT);

  private static HttpHeaders json(String type) {
    return HttpHeaders.of(Map.of("Content-Type", List.of(type)), (name, value) -> true);
  }

  @Test
  void anAnswerAsDocumented_passes() {
    assertThatCode(
            () ->
                contract.check(
                    "GET",
                    "/api/v1/things/1",
                    200,
                    json("application/json"),
                    "{\"id\": \"0b6f3f9e-2c1a-4d43-9a57-4a1f2f0d8e11\", \"kind\": \"GUIDE\"}"))
        .doesNotThrowAnyException();
  }

  @Test
  void aValueOutsideItsSchema_failsNamingPathStatusAndError() {
    assertThatThrownBy(
            () ->
                contract.check(
                    "GET",
                    "/api/v1/things/1",
                    200,
                    json("application/json"),
                    "{\"id\": \"abc\", \"kind\": \"OTHER\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("GET /api/v1/things/1 answered 200")
        .hasMessageContaining("uuid")
        .hasMessageContaining("OTHER");
  }

  @Test
  void aStatusTheDocumentDoesNotList_fails() {
    assertThatThrownBy(
            () ->
                contract.check(
                    "GET",
                    "/api/v1/things/1",
                    409,
                    json("application/problem+json"),
                    "{\"status\": 409}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("answered 409");
  }

  @Test
  void aPathOutsideTheDocument_isLeftToTheTestThatAskedForIt() {
    assertThatCode(
            () ->
                contract.check(
                    "GET",
                    "/api/v1/bestaat-niet",
                    404,
                    json("application/problem+json"),
                    "{\"status\": 404}"))
        .doesNotThrowAnyException();
  }
}
