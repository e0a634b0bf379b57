package nl.permitholders.supervision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.permitholders.infrastructure.LayerRules;
import nl.permitholders.infrastructure.NamingRules;
import nl.permitholders.supervision.projection.EventDecoder;
import nl.permitholders.supervision.projection.ProjectionChange;

/**
 * supervision's packages read one way ({@link LayerRules}; docs/architecture.md, "Packages one way"): no two packages
 * import each other, directly or round about; a resource or a dashboard page reads through an application service,
 * never the store; the clients (the dashboard, the round, the report) are imported by nothing else (unit tier: starts
 * nothing). The names of the application services, for the resources, are {@link NamingRules}' in
 * {@code WritePathArchitectureTest}, as in every service.
 */
@AnalyzeClasses(packages = "nl.permitholders.supervision", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersArchitectureTest {

    private static final String[] CLIENTS = {"..supervision.dashboard..", "..supervision.round..", "..supervision.report.."};

    @ArchTest
    static final ArchRule packagesFreeOfCycles = LayerRules.packagesFreeOfCycles("nl.permitholders.supervision");

    /** The dashboard's pages are web: their resources and the classes that build what they show. */
    @ArchTest
    static final ArchRule layers = LayerRules.layers("..supervision.store..", "..supervision.dashboard..");

    @ArchTest
    static final ArchRule resourcesDoNotQueryTheDatabase = LayerRules.resourcesDoNotQueryTheDatabase();

    /**
     * One name for one role, for the dashboard's pages as {@link NamingRules} holds it for the resources: what a page
     * uses of supervision's beans is a *Service (writes), a *Queries (reads) or the request's identity ({@code Viewer}).
     */
    @ArchTest
    static final ArchRule pagesCallApplicationServicesOnly = NamingRules.pagesCallApplicationServicesOnly("..supervision.dashboard..");

    @ArchTest
    static final ArchRule nothingImportsTheClients = LayerRules.nothingImportsTheClients(CLIENTS);

    /**
     * What an event changes its record in {@code projection/ConsumedEvents} says (docs/architecture.md, "Adding a rule
     * or a fact"): the decoder is the machinery that picks and reads the record, and builds no entry or change itself.
     */
    @ArchTest
    static final ArchRule theDecoderBuildsNoChangeOfItsOwn = noClasses().that().belongToAnyOf(EventDecoder.class)
            .should().dependOnClassesThat().resideInAPackage("..supervision.ledger..")
            .orShould().accessClassesThat().areAssignableTo(ProjectionChange.class);
}
