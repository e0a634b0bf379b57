package nl.permitholders.supervision.opendata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;

/**
 * What anyone may call without a token stays narrow: {@code @PermitAll} only on the open data's read resource (on the
 * class, never on a method), whose methods only read (GET) and which cannot reach the service that publishes. The rest
 * of the service declares roles (AuthorisationTest asserts it as served).
 */
@AnalyzeClasses(packages = "nl.permitholders.supervision", importOptions = ImportOption.DoNotIncludeTests.class)
class OpenDataArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheOpenDataReadsArePublic = classes().that().areAnnotatedWith(PermitAll.class)
            .should().haveSimpleName("OpenDataResource")
            .andShould().resideInAPackage("..opendata..");

    /** Opening one method would pass unseen beside a class that declares roles; the open data is opened as a class. */
    @ArchTest
    static final ArchRule noPublicMethodElsewhere = noMethods().should().beAnnotatedWith(PermitAll.class);

    @ArchTest
    static final ArchRule thePublicResourceOnlyReads = methods().that().areDeclaredIn(OpenDataResource.class).and().arePublic()
            .should().beAnnotatedWith(GET.class);

    @ArchTest
    static final ArchRule thePublicResourceCannotPublish = noClasses().that().haveSimpleName("OpenDataResource")
            .should().dependOnClassesThat().haveSimpleName("OpenDataPublishingService");
}
