package nl.permitholders.supervision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import nl.permitholders.infrastructure.LayerRules;

/**
 * supervision's packages read one way ({@link LayerRules}; docs/architecture.md, "Packages one way"): no two packages
 * import each other, directly or round about; a resource or a dashboard page reads through an application service,
 * never the store; the clients (the dashboard, the round, the report) are imported by nothing else (unit tier: starts
 * nothing).
 */
@AnalyzeClasses(packages = "nl.permitholders.supervision", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersArchitectureTest {

    private static final String[] CLIENTS = {"..supervision.dashboard..", "..supervision.round..", "..supervision.report.."};
    private static final Set<String> SCOPES = Set.of("jakarta.enterprise.context.ApplicationScoped", "jakarta.inject.Singleton",
            "jakarta.enterprise.context.RequestScoped", "jakarta.enterprise.context.Dependent");

    /** supervision's own beans that are not application services, the dashboard's own helpers aside (who views, the other services' API clients). */
    private static final DescribedPredicate<JavaClass> OTHER_BEANS = DescribedPredicate.describe(
            "are supervision's beans not named *Service or *Queries (outside the dashboard)",
            type -> type.getPackageName().startsWith("nl.permitholders.supervision")
                    && !type.getPackageName().startsWith("nl.permitholders.supervision.dashboard")
                    && SCOPES.stream().anyMatch(type::isAnnotatedWith)
                    && !LayerRules.APPLICATION_SERVICES.test(type));

    @ArchTest
    static final ArchRule packagesFreeOfCycles = LayerRules.packagesFreeOfCycles("nl.permitholders.supervision");

    /** The dashboard's pages are web: their resources and the classes that build what they show. */
    @ArchTest
    static final ArchRule layers = LayerRules.layers("..supervision.store..", "..supervision.dashboard..");

    @ArchTest
    static final ArchRule resourcesDoNotQueryTheDatabase = LayerRules.resourcesDoNotQueryTheDatabase();

    /** One name for one role: what a resource or a page calls is a *Service (writes) or a *Queries (reads). */
    @ArchTest
    static final ArchRule resourcesCallApplicationServicesOnly = noClasses().that(LayerRules.RESOURCES)
            .or().resideInAPackage("..supervision.dashboard..")
            .should().dependOnClassesThat(OTHER_BEANS)
            .because("a resource reads and writes through its feature's application service, found by its name");

    @ArchTest
    static final ArchRule nothingImportsTheClients = LayerRules.nothingImportsTheClients(CLIENTS);
}
