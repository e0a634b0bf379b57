package nl.permitholders.dashboard;

import static nl.permitholders.infrastructure.ArchitectureRules.Rule.BEANS_NAME_THEIR_ROLE;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import nl.permitholders.infrastructure.ArchitectureRules;
import nl.permitholders.infrastructure.LayerRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one rule set ({@link ArchitectureRules}, docs/architecture.md "One rule set") over the dashboard, and what holds
 * it to the services' public APIs ({@link LayerRules}): nothing of a service's code or platform's, and its pages call
 * the services through its REST clients only (unit tier: starts nothing).
 */
class ArchitectureTest {

    private static final String BASE = "nl.permitholders.dashboard";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @TestFactory
    Stream<DynamicTest> rules() {
        return ArchitectureRules.of(BASE)
                .allow(ClockProducer.class, BEANS_NAME_THEIR_ROLE, "produces the Clock the pages read today from; only CDI calls it")
                .tests();
    }

    @Test
    void onThePublicApisOnly() {
        LayerRules.onThePublicApisOnly(BASE + "..").check(CLASSES);
    }

    @Test
    void pagesCallTheServicesThroughTheirClients() {
        LayerRules.pagesCallTheServicesThroughTheirClients(BASE + "..", BASE + ".api..").check(CLASSES);
    }
}
