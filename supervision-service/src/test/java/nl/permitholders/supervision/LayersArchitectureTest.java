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
 * import each other, directly or round about; a resource reads through an application service, never the store; the
 * clients (the round's letters, the report) are imported by nothing else (unit tier: starts nothing). The names of the
 * application services, for the resources, are {@link NamingRules}' in {@code WritePathArchitectureTest}, as in every
 * service. The pages are an application of their own (dashboard/).
 */
@AnalyzeClasses(packages = "nl.permitholders.supervision", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersArchitectureTest {

    private static final String[] CLIENTS = {"..supervision.round..", "..supervision.report.."};

    @ArchTest
    static final ArchRule packagesFreeOfCycles = LayerRules.packagesFreeOfCycles("nl.permitholders.supervision");

    @ArchTest
    static final ArchRule layers = LayerRules.layers("..supervision.store..");

    @ArchTest
    static final ArchRule resourcesDoNotQueryTheDatabase = LayerRules.resourcesDoNotQueryTheDatabase();

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
