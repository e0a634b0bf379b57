package nl.permitholders.dashboard;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.permitholders.infrastructure.LayerRules;

/**
 * The dashboard is an application on the services' public APIs ({@link LayerRules}; docs/architecture.md): nothing of
 * a service's code or platform's, its pages call the services through its REST clients only, and its feature packages
 * import each other without a cycle.
 */
@AnalyzeClasses(packages = "nl.permitholders.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onThePublicApisOnly = LayerRules.onThePublicApisOnly("nl.permitholders.dashboard..");

    @ArchTest
    static final ArchRule pagesCallTheServicesThroughTheirClients =
            LayerRules.pagesCallTheServicesThroughTheirClients("nl.permitholders.dashboard..", "nl.permitholders.dashboard.api..");

    @ArchTest
    static final ArchRule packagesFreeOfCycles = LayerRules.packagesFreeOfCycles("nl.permitholders.dashboard");
}
