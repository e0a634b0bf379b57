package nl.permitholders.supervision;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.permitholders.infrastructure.LayerRules;

/**
 * supervision's packages read one way ({@link LayerRules}; docs/architecture.md, "Inside supervision-service"): no two
 * packages import each other, directly or round about; a resource or a dashboard page reads through an application
 * service, never the store (unit tier: starts nothing).
 */
@AnalyzeClasses(packages = "nl.permitholders.supervision", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersArchitectureTest {

    @ArchTest
    static final ArchRule packagesFreeOfCycles = LayerRules.packagesFreeOfCycles("nl.permitholders.supervision");

    /** The dashboard's pages are web: their resources and the classes that build what they show. */
    @ArchTest
    static final ArchRule layers = LayerRules.layers("..supervision.store..", "..supervision.dashboard..");

    @ArchTest
    static final ArchRule resourcesDoNotQueryTheDatabase = LayerRules.resourcesDoNotQueryTheDatabase();
}
