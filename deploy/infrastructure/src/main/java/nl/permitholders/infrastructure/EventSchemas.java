package nl.permitholders.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event contracts in {@code docs/events/}: one JSON Schema per CloudEvents type, named
 * {@code <type>.schema.json}. Producers' tests check what they publish, consumers' tests what they accept.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The directory {@code docs/events} of this repository, found from the working directory upwards. */
    public static Path directory() {
        Path current = Path.of("").toAbsolutePath();
        while (current != null) {
            Path candidate = current.resolve("docs").resolve("events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            current = current.getParent();
        }
        throw new IllegalStateException("no docs/events directory above " + Path.of("").toAbsolutePath());
    }

    public static boolean exists(String type) {
        return Files.exists(file(type));
    }

    /** The violations of {@code data} against the schema of {@code type}; empty when it conforms. */
    public static List<String> violations(String type, String data) {
        JsonSchema schema = CACHE.computeIfAbsent(type, EventSchemas::load);
        try {
            JsonNode node = JSON.readTree(data);
            return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** Fails with every violation when {@code data} does not conform to the schema of {@code type}. */
    public static void assertConforms(String type, String data) {
        List<String> violations = violations(type, data);
        if (!violations.isEmpty()) {
            throw new AssertionError("event " + type + " does not conform to its schema: " + violations + "\n" + data);
        }
    }

    private static Path file(String type) {
        return directory().resolve(type + ".schema.json");
    }

    private static JsonSchema load(String type) {
        Path file = file(type);
        if (!Files.exists(file)) {
            throw new AssertionError("no schema for event type " + type + " at " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
