package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
}
