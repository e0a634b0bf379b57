package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.permitholders.infrastructure.EventSchemas;
import org.junit.jupiter.api.Test;

/** The event contracts in docs/events: complete, listed in the AsyncAPI document, and free of personal data (R9). */
class EventCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** "name" is allowed only where it is the name of a province or municipality. */
    private static final Set<String> MAY_CARRY_A_NAME = Set.of(
            "nl.permitholders.quota.province-registered.v1", "nl.permitholders.quota.municipality-registered.v1");

    private static List<Path> schemas() throws IOException {
        try (Stream<Path> files = Files.list(EventSchemas.directory())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).sorted().toList();
        }
    }

    private static String type(Path schema) {
        return schema.getFileName().toString().replace(".schema.json", "");
    }

    @Test
    void everySchemaIsAClosedObjectWithADescriptionNamedAfterItsType() throws IOException {
        for (Path schema : schemas()) {
            JsonNode node = JSON.readTree(schema.toFile());
            assertThat(node.path("additionalProperties").asBoolean(true)).as(schema.toString()).isFalse();
            assertThat(node.path("description").asText()).as(schema.toString()).contains(type(schema));
            assertThat(type(schema)).matches("nl\\.permitholders\\.[a-z]+\\.[a-z-]+\\.v[0-9]+");
        }
    }

    @Test
    void theAsyncApiDocumentListsExactlyTheSchemas() throws IOException {
        String asyncApi = Files.readString(EventSchemas.directory().resolve("asyncapi.yaml"));
        Matcher listed = Pattern.compile("name: (nl\\.permitholders\\.[^\\s]+)").matcher(asyncApi);
        List<String> names = new ArrayList<>();
        while (listed.find()) {
            names.add(listed.group(1));
        }
        assertThat(names).as("run docs/events/generate-asyncapi.py after changing a schema")
                .containsExactlyInAnyOrderElementsOf(schemas().stream().map(EventCatalogueTest::type).toList());
    }

    /** R9: no property at any depth of any event could hold a personal identifier. */
    @Test
    void noEventCarriesAPersonalIdentifier() throws IOException {
        int checked = 0;
        for (Path schema : schemas()) {
            JsonNode document = JSON.readTree(schema.toFile());
            Map<String, List<String>> mayHoldAName = MAY_CARRY_A_NAME.contains(type(schema))
                    ? Map.of("", List.of("name")) : Map.of();
            assertThat(PersonalIdentifiers.suspicious(document, mayHoldAName)).as(type(schema)).isEmpty();
            checked += PersonalIdentifiers.properties(document).size();
        }
        assertThat(checked).as("properties checked").isGreaterThan(100);
    }

    /**
     * R9: events carry codes and ids only. Every string an event can hold is an enum, a pattern or a format (a date, a
     * UUID, a CBS code, a half-year); the few texts a schema allows (the name of a municipality, an organisation's own
     * identifier) say in a "$comment" starting "R9:" why they cannot be about a person. Free text a person could type
     * (a reason, a note, a title) has no place in an event: it stays in the service that owns it.
     */
    @Test
    void everyStringAnEventCanHoldIsACodeAnIdOrADateUnlessItsSchemaSaysWhyItIsNotPersonal() throws IOException {
        List<String> freeText = new ArrayList<>();
        int strings = 0;
        for (Path schema : schemas()) {
            for (Map.Entry<String, JsonNode> string : strings(JSON.readTree(schema.toFile()), "").entrySet()) {
                strings++;
                JsonNode node = string.getValue();
                boolean constrained = node.has("enum") || node.has("const") || node.has("pattern") || node.has("format");
                if (!constrained && !node.path("$comment").asText().startsWith("R9: ")) {
                    freeText.add(type(schema) + string.getKey());
                }
            }
        }
        assertThat(freeText).as("strings without enum, pattern or format, and without an R9 justification").isEmpty();
        assertThat(strings).as("strings checked").isGreaterThan(50);
    }

    /**
     * The values themselves: words about a person fit none of the codes, ids and dates an event may hold. Each string
     * constraint of every schema is applied on its own (formats asserted, not only annotated) to such a value.
     */
    @Test
    void wordsAboutAPersonFitNoStringOfAnyEvent() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig assertingFormats = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        List<TextNode> personal = List.of(TextNode.valueOf("Jan Jansen, BSN 123456789, moved out"),
                TextNode.valueOf("registered for the wrong household"), TextNode.valueOf("V-nummer 1234567890"));
        List<String> accepting = new ArrayList<>();
        for (Path schema : schemas()) {
            for (Map.Entry<String, JsonNode> string : strings(JSON.readTree(schema.toFile()), "").entrySet()) {
                if (string.getValue().path("$comment").asText().startsWith("R9: ")) {
                    continue;
                }
                JsonSchema alone = factory.getSchema(string.getValue(), assertingFormats);
                for (TextNode value : personal) {
                    if (alone.validate(value).isEmpty()) {
                        accepting.add(type(schema) + string.getKey() + " accepts " + value);
                    }
                }
            }
        }
        assertThat(accepting).isEmpty();
    }

    /** Every schema of a string value in the document, by its JSON pointer: "type": "string", or an enum of strings. */
    private static Map<String, JsonNode> strings(JsonNode node, String pointer) {
        Map<String, JsonNode> found = new java.util.TreeMap<>();
        if (node.isObject()) {
            JsonNode type = node.get("type");
            boolean string = type != null && (type.asText().equals("string")
                    || type.isArray() && type.toString().contains("\"string\""));
            boolean stringEnum = node.has("enum") && node.get("enum").isArray() && node.get("enum").size() > 0
                    && node.get("enum").get(0).isTextual();
            if (string || stringEnum) {
                found.put(pointer, node);
            }
            node.fields().forEachRemaining(field -> found.putAll(strings(field.getValue(),
                    pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.putAll(strings(node.get(i), pointer + "/" + i));
            }
        }
        return found;
    }
}
