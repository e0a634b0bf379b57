package nl.permitholders.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The filter applied the way SmallRye OpenAPI applies it, to a document shaped like a scanned service
 * ({@code openapi/as-scanned.yaml}, base path {@code /example/v1}).
 */
class DesignRulesOpenApiFilterTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static JsonNode document;

    @BeforeAll
    static void filter() throws IOException {
        String json = SmallRyeOpenAPI.builder()
                .withCustomStaticFile(() -> DesignRulesOpenApiFilterTest.class.getResourceAsStream("/openapi/as-scanned.yaml"))
                .enableAnnotationScan(false)
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableStandardFilter(false)
                .addFilter(new DesignRulesOpenApiFilter(Optional.of("/example/v1")))
                .build()
                .toJSON();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void theBasePathIsTheFolderOfTheOpenApiDocument() {
        assertThat(DesignRulesOpenApiFilter.folderOf("/quota/v1/openapi.json")).isEqualTo("/quota/v1");
    }

    @Test
    void theOnlyServerIsTheBasePathWithTheMajorVersionAndPathsAreRelativeToIt() {
        assertThat(document.at("/servers")).hasSize(1);
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/example/v1");
        assertThat(fieldNames(document.at("/paths")))
                .containsExactlyInAnyOrder("/things", "/things/{id}", "/status", "/elsewhere/ping");
    }

    @Test
    void aPathOutsideTheBasePathKeepsItsFullPathOnTheRootOfTheHost() {
        assertThat(document.at("/paths/~1elsewhere~1ping/servers/0/url").asText()).isEqualTo("/");
    }

    @Test
    void everyResponseCarriesTheApiVersionHeader() {
        List<String> responses = new ArrayList<>();
        document.at("/paths").forEach(item -> item.properties().forEach(operation -> {
            if (operation.getValue().has("responses")) {
                operation.getValue().get("responses").properties().forEach(response -> {
                    responses.add(response.getKey());
                    assertThat(resolve(response.getValue()).at("/headers").has("API-Version"))
                            .as(operation.getKey() + " " + response.getKey()).isTrue();
                });
            }
        }));
        assertThat(responses).contains("200", "204", "400", "404", "409", "413", "500");
        assertThat(document.at("/components/headers/API-Version/example").asText()).isEqualTo("1.0.0");
    }

    @Test
    void everyOperationWithInputDocumentsA400WhoseProblemListsInvalidParams() {
        assertThat(response("/things", "get", "400").path("$ref").asText()).isEqualTo("#/components/responses/BadRequest");
        JsonNode declared = response("/things/{id}", "put", "400");
        assertThat(declared.path("description").asText()).isEqualTo("Refused; invalidParams names every field at fault");
        assertThat(declared.at("/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(response("/things/{id}", "get", "400").isMissingNode()).isFalse();
        assertThat(response("/things", "post", "400").path("$ref").asText())
                .as("the scanner's bare 400 becomes the shared one").isEqualTo("#/components/responses/BadRequest");
        assertThat(response("/status", "get", "400").isMissingNode()).as("no input, so no 400").isTrue();
        assertThat(document.at("/components/schemas/Problem/properties/invalidParams/items/$ref").asText())
                .isEqualTo("#/components/schemas/InvalidParam");
        assertThat(document.at("/components/responses/BadRequest/content/application~1problem+json/example/invalidParams"))
                .hasSize(2);
    }

    @Test
    void anOperationOnANamedResourceDocumentsA404() {
        assertThat(response("/things/{id}", "get", "404").path("$ref").asText()).isEqualTo("#/components/responses/NotFound");
        assertThat(response("/things", "get", "404").isMissingNode()).isTrue();
    }

    @Test
    void everyOperationDocumentsA500() {
        document.at("/paths").forEach(item -> item.properties().stream()
                .filter(operation -> METHODS.contains(operation.getKey()))
                .forEach(operation -> assertThat(operation.getValue().at("/responses/500/$ref").asText())
                        .isEqualTo("#/components/responses/InternalServerError")));
    }

    /** ProblemMappers answers 503 with Retry-After when the database is unreachable or busy, on any operation. */
    @Test
    void everyOperationDocumentsA503ProblemWithRetryAfter() {
        document.at("/paths").forEach(item -> item.properties().stream()
                .filter(operation -> METHODS.contains(operation.getKey()))
                .forEach(operation -> assertThat(operation.getValue().at("/responses/503/$ref").asText())
                        .isEqualTo("#/components/responses/ServiceUnavailable")));
        JsonNode unavailable = document.at("/components/responses/ServiceUnavailable");
        assertThat(unavailable.at("/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(unavailable.at("/headers/Retry-After/schema/type").asText()).isEqualTo("integer");
        assertThat(unavailable.at("/headers/API-Version/$ref").asText()).isEqualTo("#/components/headers/API-Version");
    }

    @Test
    void everyErrorResponseIsAProblemDocumentWithStatusTitleAndDetail() {
        for (String status : List.of("404", "413")) {
            JsonNode declaredAsJson = response("/things/{id}", "put", status);
            assertThat(fieldNames(declaredAsJson.at("/content"))).as(status).containsExactly("application/problem+json");
            assertThat(declaredAsJson.at("/content/application~1problem+json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/Problem");
        }
        for (String name : List.of("BadRequest", "NotFound", "Conflict", "InternalServerError")) {
            assertThat(fieldNames(document.at("/components/responses/" + name + "/content")))
                    .containsExactly("application/problem+json");
        }
        JsonNode problem = document.at("/components/schemas/Problem");
        assertThat(fieldNames(problem.at("/properties"))).contains("status", "title", "detail", "type", "invalidParams");
        assertThat(problem.at("/properties/instance/format").asText()).isEqualTo("uri-reference");
        assertThat(problem.at("/additionalProperties").asBoolean()).as("RFC 9457 extension members").isTrue();
        assertThat(problem.at("/required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("status", "title", "detail");
    }

    @Test
    void aConflictIsDeclaredByTheEndpointThatCanRefuseOne() {
        assertThat(response("/things/{id}", "put", "409").path("$ref").asText()).isEqualTo("#/components/responses/Conflict");
        assertThat(response("/things", "post", "409").isMissingNode()).isTrue();
    }

    @Test
    void aUuidIsAnInlineStringSoThatEverySchemaNameIsUpperCamelCase() {
        assertThat(document.at("/components/schemas").has("UUID")).isFalse();
        assertThat(document.toString()).doesNotContain("#/components/schemas/UUID");
        JsonNode id = document.at("/paths/~1things~1{id}/get/parameters/0/schema");
        assertThat(id.path("type").asText()).isEqualTo("string");
        assertThat(id.path("format").asText()).isEqualTo("uuid");
        assertThat(document.at("/components/schemas/Thing/properties/related/items/format").asText()).isEqualTo("uuid");
    }

    /** A client generator would otherwise make models named after Java's date types, and rename them. */
    @Test
    void datesAndTimesAreInlineStringsNotSchemasNamedAfterJavaTypes() {
        for (String javaType : List.of("LocalDate", "Instant", "OffsetDateTime")) {
            assertThat(document.at("/components/schemas").has(javaType)).as(javaType).isFalse();
            assertThat(document.toString()).doesNotContain("#/components/schemas/" + javaType);
        }
        JsonNode thing = document.at("/components/schemas/Thing/properties");
        assertThat(thing.at("/due/type").asText()).isEqualTo("string");
        assertThat(thing.at("/due/format").asText()).isEqualTo("date");
        assertThat(thing.at("/recordedAt/format").asText()).isEqualTo("date-time");
        assertThat(thing.at("/changedAt/format").asText()).isEqualTo("date-time");
    }

    private static JsonNode response(String path, String method, String status) {
        return document.at("/paths").path(path).path(method).path("responses").path(status);
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#") ? document.at(ref.substring(1)) : node;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
