package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.permitholders.infrastructure.EventSchemas;
import org.junit.jupiter.api.Test;

/** The event contracts in docs/events: complete, listed in the AsyncAPI document, and free of personal data (R9). */
class EventCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Property names that could hold a personal identifier of a permit holder (R9). */
    private static final Pattern PERSONAL = Pattern.compile("(?i).*(bsn|burgerservice|vnumber|v_number|vnummer|firstname|"
            + "lastname|surname|givenname|fullname|birth|geboorte|nationality|email|phone|address|street|initials).*");
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

    @Test
    void noEventCarriesAPersonalIdentifier() throws IOException {
        for (Path schema : schemas()) {
            JsonNode properties = JSON.readTree(schema.toFile()).path("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                assertThat(name).as(type(schema)).doesNotMatch(PERSONAL);
                if (name.equalsIgnoreCase("name")) {
                    assertThat(MAY_CARRY_A_NAME).as(type(schema) + " has a name").contains(type(schema));
                }
            }
        }
    }
}
