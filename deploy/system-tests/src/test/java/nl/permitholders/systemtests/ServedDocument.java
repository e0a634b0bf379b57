package nl.permitholders.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's OpenAPI document as it serves it, and the judge of an answer against it: is the status declared for the
 * operation, the content type among the declared ones, and (for JSON) the body valid against the declared schema? The
 * document is OpenAPI 3.1, whose schemas are JSON Schema 2020-12, validated with networknt's json-schema-validator
 * (the validator of the event contracts, {@code EventSchemas}) with the formats ({@code date}, {@code uuid}, ...)
 * asserted, as a strict client would.
 */
final class ServedDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    /** A GET operation: its path below the server, path parameters in order, required query parameters. */
    record Read(String path, String operationId, List<String> pathParameters, List<String> requiredQueryParameters) {
    }

    private final String name;
    private final JsonNode document;
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    ServedDocument(String name, String json) {
        this.name = name;
        try {
            this.document = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode json() {
        return document;
    }

    /** Every GET whose successful answer is JSON (not a PDF, spreadsheet or event stream). */
    List<Read> jsonReads() {
        List<Read> reads = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || !get.at("/responses/200/content").has("application/json")) {
                return;
            }
            List<String> inPath = new ArrayList<>();
            List<String> requiredQuery = new ArrayList<>();
            List<JsonNode> parameters = new ArrayList<>();
            path.getValue().path("parameters").forEach(parameters::add);
            get.path("parameters").forEach(parameters::add);
            for (JsonNode parameter : parameters) {
                if (parameter.path("in").asText().equals("path")) {
                    inPath.add(parameter.path("name").asText());
                } else if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean()) {
                    requiredQuery.add(parameter.path("name").asText());
                }
            }
            reads.add(new Read(path.getKey(), get.path("operationId").asText(), inPath, requiredQuery));
        });
        return reads;
    }

    /**
     * What is wrong with an answer to {@code method path} (the document's path template) under the document: empty
     * when the status is declared and the body is of a declared type and conforms to its schema.
     */
    List<String> violations(String method, String path, int status, String contentType, String body) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase());
        if (operation.isMissingNode()) {
            return List.of(name + ": no operation " + method + " " + path);
        }
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            response = operation.path("responses").path("default");
        }
        if (response.isMissingNode()) {
            return List.of("status " + status + " is not declared");
        }
        response = resolve(response);
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return body == null || body.isEmpty() ? List.of() : List.of("a body where status " + status + " declares none");
        }
        if (!content.has(mediaType)) {
            List<String> declared = new ArrayList<>();
            content.fieldNames().forEachRemaining(declared::add);
            return List.of("content type '" + mediaType + "' where status " + status + " declares " + declared);
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        String pointer = "/paths/" + escape(path) + "/" + method.toLowerCase() + "/responses/" + status + "/content/"
                + escape(mediaType) + "/schema";
        JsonNode schema = content.path(mediaType).path("schema");
        try {
            return schemas.computeIfAbsent(pointer, key -> compile(schema)).validate(JSON.readTree(body)).stream()
                    .map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** The declared schema as a schema of its own, with the document's components beside it for its references. */
    private JsonSchema compile(JsonNode schema) {
        ObjectNode standalone = schema.deepCopy();
        standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        standalone.set("components", document.path("components"));
        return FACTORY.getSchema(standalone, CONFIG);
    }

    /** A response declared as {@code $ref: '#/components/responses/...'} is the one it names. */
    private JsonNode resolve(JsonNode response) {
        JsonNode current = response;
        while (current.has("$ref")) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    @Override
    public String toString() {
        return name;
    }
}
