package nl.permitholders.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.permitholders.infrastructure.EventSchemas;
import org.junit.jupiter.api.Test;

/** A filter may name exactly the event types docs/events describes. */
class EventCatalogueTest {

    @Test
    void theTypesAreThoseOfDocsEvents() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(EventSchemas.directory())) {
            assertThat(EventCatalogue.TYPES).isEqualTo(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json")).map(name -> name.replace(".schema.json", ""))
                    .collect(Collectors.toSet()));
        }
    }
}
