package nl.permitholders.quota;

import java.util.stream.Stream;
import nl.permitholders.infrastructure.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The one rule set ({@link ArchitectureRules}, docs/architecture.md "One rule set") over this service (unit tier: starts nothing). */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> rules() {
        return ArchitectureRules.of("nl.permitholders.quota")
                .tests();
    }
}
