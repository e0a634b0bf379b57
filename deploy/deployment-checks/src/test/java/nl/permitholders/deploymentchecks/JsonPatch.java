package nl.permitholders.deploymentchecks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 6902 operation on a YAML map, through JSON-P's {@code JsonPatch} (Eclipse Parsson): the map is patched in place,
 * and a path that does not fit the document is an error. The map goes to JSON-P and back as JSON text.
 */
final class JsonPatch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonPatch() {
    }

    static void apply(Map<String, Object> document, Map<String, Object> operation, String origin) {
        Map<String, Object> patched;
        try {
            JsonStructure result = Json.createPatch(json(List.of(operation)).asJsonArray()).apply(json(document));
            patched = JSON.readValue(result.toString(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonException e) {
            throw new AssertionError(origin + ": " + operation + ": no such member or index, or not an operation of RFC 6902: "
                    + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        document.clear();
        document.putAll(patched);
    }

    private static JsonStructure json(Object value) throws JsonProcessingException {
        try (var reader = Json.createReader(new StringReader(JSON.writeValueAsString(value)))) {
            return reader.read();
        }
    }
}
