package nl.permitholders.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import nl.permitholders.infrastructure.naming.Bed;
import nl.permitholders.infrastructure.naming.BedIntake;
import nl.permitholders.infrastructure.naming.BedLetter;
import nl.permitholders.infrastructure.naming.BedQueries;
import nl.permitholders.infrastructure.naming.BedResource;
import nl.permitholders.infrastructure.naming.BedService;
import nl.permitholders.infrastructure.naming.BedStore;
import nl.permitholders.infrastructure.naming.BedStoreResource;
import nl.permitholders.infrastructure.naming.IntakeResource;
import nl.permitholders.infrastructure.naming.LedgerService;
import nl.permitholders.infrastructure.naming.StoreViewer;
import nl.permitholders.infrastructure.naming.StoreViewerResource;
import nl.permitholders.infrastructure.naming.ViewedWardResource;
import nl.permitholders.infrastructure.naming.WardBook;
import nl.permitholders.infrastructure.naming.WardFiguresQueries;
import nl.permitholders.infrastructure.naming.WardResource;
import nl.permitholders.infrastructure.naming.WardViewer;
import nl.permitholders.infrastructure.naming.WritingQueries;
import nl.permitholders.infrastructure.naming.page.StorePage;
import nl.permitholders.infrastructure.naming.page.WardPage;
import org.junit.jupiter.api.Test;

/** The naming rules against fixtures named well and badly: each rule must fail on the misnamed class, and only there. */
class NamingRulesTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(Bed.class, BedResource.class,
            BedService.class, BedService.AssignBed.class, BedService.Assigned.class, BedQueries.class, BedStore.class,
            BedIntake.class, IntakeResource.class, LedgerService.class, WardFiguresQueries.class, WritingQueries.class,
            WardResource.class, WardBook.class, WardViewer.class, ViewedWardResource.class, StoreViewer.class,
            StoreViewerResource.class, BedStoreResource.class, BedLetter.class);

    @Test
    void aResourceThatCallsAnApplicationServiceNamedOtherwiseFails() {
        List<String> violations = violations(NamingRules.resourcesCallApplicationServicesOnly);

        assertThat(violations).anySatisfy(line -> assertThat(line).contains(IntakeResource.class.getName())
                .contains(BedIntake.class.getName()));
        assertThat(violations).noneSatisfy(line -> assertThat(line).contains(BedResource.class.getName()));
    }

    @Test
    void aResourceMayAskTheRequestsIdentityButNotReadAStore() {
        List<String> violations = violations(NamingRules.resourcesCallApplicationServicesOnly);

        assertThat(violations)
                .anySatisfy(line -> assertThat(line).contains(BedStoreResource.class.getName() + " depends on " + BedStore.class.getName()))
                .anySatisfy(line -> assertThat(line).contains(StoreViewerResource.class.getName() + " depends on "
                        + StoreViewer.class.getName()));
        assertThat(violations).noneSatisfy(line -> assertThat(line).contains(ViewedWardResource.class.getName()));
    }

    @Test
    void aPageThatReadsAStoreFails() {
        JavaClasses client = new ClassFileImporter().importClasses(StorePage.class, WardPage.class, BedStore.class,
                BedQueries.class, WardViewer.class, Bed.class);

        List<String> violations = NamingRules.pagesCallApplicationServicesOnly("..naming.page..").evaluate(client)
                .getFailureReport().getDetails();

        assertThat(violations).anySatisfy(line -> assertThat(line).contains(StorePage.class.getName() + " depends on "
                + BedStore.class.getName()));
        assertThat(violations).noneSatisfy(line -> assertThat(line).contains(WardPage.class.getName()));
    }

    @Test
    void aStoreNamedAsAServiceAndAPlainClassNamedAsQueriesFail() {
        List<String> violations = violations(NamingRules.applicationServicesServeResources);

        assertThat(violations)
                .anySatisfy(line -> assertThat(line).contains(LedgerService.class.getName()).contains("called by no REST resource"))
                .anySatisfy(line -> assertThat(line).contains(WardFiguresQueries.class.getName()).contains("no bean"));
        assertThat(violations).noneSatisfy(line -> assertThat(line).containsAnyOf(BedService.class.getName() + " ",
                BedQueries.class.getName() + " ", WritingQueries.class.getName() + " "));
    }

    @Test
    void queriesThatWriteFail() {
        List<String> violations = violations(NamingRules.queriesDoNotWrite);

        assertThat(violations)
                .anySatisfy(line -> assertThat(line).contains("WritingQueries.status").contains("Transactional"))
                .anySatisfy(line -> assertThat(line).contains("LockModeType"))
                .anySatisfy(line -> assertThat(line).contains("Bed.status").contains("writes"));
        assertThat(violations).noneSatisfy(line -> assertThat(line).contains(BedQueries.class.getName()));
    }

    @Test
    void aHelperThatGoesThroughAWriteServiceFailsButTheResourceDoesNot() {
        List<String> violations = violations(NamingRules.writeServicesServeWrites);

        assertThat(violations).anySatisfy(line -> assertThat(line).contains(BedLetter.class.getName() + " depends on "
                + BedService.class.getName()));
        assertThat(violations).noneSatisfy(line -> assertThat(line).containsAnyOf(BedResource.class.getName() + " ",
                WritingQueries.class.getName() + " "));
    }

    @Test
    void aBeanWhoseNameSaysNoRoleFailsTheRoleRule() {
        List<String> violations = violations(NamingRules.beansNameTheirRole);

        assertThat(violations)
                .anySatisfy(line -> assertThat(line).contains(WardBook.class.getName()))
                .anySatisfy(line -> assertThat(line).contains(BedIntake.class.getName()));
        assertThat(violations).noneSatisfy(line -> assertThat(line).containsAnyOf(BedStore.class.getName() + " ",
                BedService.class.getName() + " ", BedQueries.class.getName() + " ", BedResource.class.getName() + " "));
    }

    @Test
    void aFeatureNamedByTheConventionPasses() {
        JavaClasses feature = new ClassFileImporter().importClasses(Bed.class, BedResource.class, BedService.class,
                BedService.AssignBed.class, BedService.Assigned.class, BedQueries.class, BedStore.class);

        for (ArchRule rule : List.of(NamingRules.resourcesCallApplicationServicesOnly,
                NamingRules.applicationServicesServeResources, NamingRules.queriesDoNotWrite, NamingRules.beansNameTheirRole,
                NamingRules.writeServicesServeWrites)) {
            assertThat(rule.evaluate(feature).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(FIXTURES).getFailureReport().getDetails();
    }
}
