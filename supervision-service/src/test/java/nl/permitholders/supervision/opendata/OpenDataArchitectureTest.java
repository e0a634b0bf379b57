package nl.permitholders.supervision.opendata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;

/**
 * What anyone may call without a token stays narrow: {@code @PermitAll} only on the open data's read resource, whose
 * methods only read (GET) and which cannot reach the service that publishes. The rest of the service declares roles
 * (AuthorisationTest asserts it as served).
 */
@AnalyzeClasses(packages = "nl.permitholders.supervision", importOptions = ImportOption.DoNotIncludeTests.class)
class OpenDataArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheOpenDataReadsArePublic = classes().that().areAnnotatedWith(PermitAll.class)
            .should().haveSimpleName("OpenDataResource")
            .andShould().resideInAPackage("..opendata..");

    /** Besides the dashboard's page that says one has signed out, which shows nothing of the data. */
    @ArchTest
    static final ArchRule noPublicMethodElsewhere = methods().that().areAnnotatedWith(PermitAll.class)
            .should().beDeclaredInClassesThat().haveSimpleName("SignedOutPageResource")
            .orShould().beDeclaredIn(OpenDataResource.class);

    @ArchTest
    static final ArchRule thePublicResourceOnlyReads = methods().that().areDeclaredIn(OpenDataResource.class).and().arePublic()
            .should().beAnnotatedWith(GET.class);

    @ArchTest
    static final ArchRule thePublicResourceCannotPublish = noClasses().that().haveSimpleName("OpenDataResource")
            .should().dependOnClassesThat().haveSimpleName("OpenDataPublishingService");

    /**
     * The open data takes the schedule colour (R6) from its rule, as the dashboard does, not from the dashboard (whose
     * CSV writer, TableExport, it shares so that both files read alike).
     */
    @ArchTest
    static final ArchRule theOpenDataTakesTheScheduleColourFromItsRule = noClasses().that().resideInAPackage("..opendata..")
            .should().dependOnClassesThat().haveFullyQualifiedName("nl.permitholders.supervision.dashboard.ScheduleColour");
}
