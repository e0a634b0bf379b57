package nl.permitholders.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.permitholders.infrastructure.ArchitectureRules.Rule;
import nl.permitholders.infrastructure.clinic.bed.AdmittedBeds;
import nl.permitholders.infrastructure.clinic.bed.AssignmentRule;
import nl.permitholders.infrastructure.clinic.bed.Bed;
import nl.permitholders.infrastructure.clinic.bed.BedLedger;
import nl.permitholders.infrastructure.clinic.bed.BedQueries;
import nl.permitholders.infrastructure.clinic.bed.BedResource;
import nl.permitholders.infrastructure.clinic.bed.BedService;
import nl.permitholders.infrastructure.clinic.bed.BedStore;
import nl.permitholders.infrastructure.clinic.bed.FreeBedResource;
import nl.permitholders.infrastructure.clinic.bed.OccupancyReport;
import nl.permitholders.infrastructure.clinic.intake.Admission;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/**
 * The one rule set against a small module written well (it passes every rule) and with each broken shape added in
 * turn: a package cycle, a bean named for no role, SQL outside a store, a resource that queries an entity. An
 * allowance lets its class's violation of its rule pass, and fails when it lets nothing pass.
 */
class ArchitectureRulesTest {

    private static final String CLINIC = "nl.permitholders.infrastructure.clinic";
    private static final Class<?>[] WELL_WRITTEN = {Bed.class, BedResource.class, BedQueries.class, BedService.class,
            BedStore.class, AssignmentRule.class, Admission.class};

    @Test
    void aModuleWrittenByTheRulesPassesEveryOne() {
        List<String> failed = failedTests(ArchitectureRules.of(CLINIC, classes()));

        assertThat(failed).isEmpty();
    }

    @Test
    void everyRuleOfTheSetIsATestOfItsOwn() {
        ArchitectureRules set = ArchitectureRules.of(CLINIC, classes()).domainClasses(AssignmentRule.class);
        List<String> names = set.tests().map(DynamicTest::getDisplayName).toList();

        assertThat(names).hasSize(Rule.values().length - 2) // the pages' rule and the clients' need them named
                .anySatisfy(name -> assertThat(name).startsWith("packages_free_of_cycles"))
                .anySatisfy(name -> assertThat(name).startsWith("beans_name_their_role"))
                .anySatisfy(name -> assertThat(name).startsWith("queries_live_in_stores"))
                .anySatisfy(name -> assertThat(name).startsWith("resources_do_not_query_entities"))
                .anySatisfy(name -> assertThat(name).startsWith("domain_classes_are_framework_free"));
        assertThat(set.pages("..clinic.ward..").clients("..clinic.ward..").tests()).hasSize(Rule.values().length);
    }

    @Test
    void aPackageCycleFails() {
        assertThat(ArchitectureRules.of(CLINIC, classes(AdmittedBeds.class)).failures(Rule.PACKAGES_FREE_OF_CYCLES))
                .singleElement().asString().contains("package bed").contains("package intake").contains(AdmittedBeds.class.getName());
    }

    @Test
    void aBeanNamedForNoRoleFails() {
        assertThat(failures(Rule.BEANS_NAME_THEIR_ROLE, BedLedger.class))
                .singleElement().asString().contains(BedLedger.class.getName()).contains("says no role");
    }

    @Test
    void sqlOutsideAStoreFails() {
        assertThat(failures(Rule.QUERIES_LIVE_IN_STORES, OccupancyReport.class))
                .singleElement().asString().contains("OccupancyReport.occupied()").contains("sends SQL outside a *Store");
    }

    @Test
    void aResourceThatQueriesAnEntityFails() {
        assertThat(failures(Rule.RESOURCES_DO_NOT_QUERY_ENTITIES, FreeBedResource.class))
                .singleElement().asString().contains("FreeBedResource.count(").contains("Bed.freeIn(").contains("queries an entity");
    }

    @Test
    void eachBrokenShapeFailsTheWholeSetToo() {
        for (Class<?> broken : List.of(AdmittedBeds.class, BedLedger.class, OccupancyReport.class, FreeBedResource.class)) {
            assertThat(failedTests(ArchitectureRules.of(CLINIC, classes(broken)))).as(broken.getSimpleName()).isNotEmpty();
        }
    }

    @Test
    void anAllowanceLetsItsClassBreakItsRuleOnly() {
        JavaClasses classes = classes(BedLedger.class, OccupancyReport.class);
        ArchitectureRules set = ArchitectureRules.of(CLINIC, classes)
                .allow(BedLedger.class, Rule.BEANS_NAME_THEIR_ROLE, "the fixture's ledger keeps its name");

        assertThat(set.failures(Rule.BEANS_NAME_THEIR_ROLE)).isEmpty();
        assertThat(set.failures(Rule.QUERIES_LIVE_IN_STORES)).hasSize(1);
    }

    @Test
    void anAllowanceOfAnImportLeavesItOutOfTheCycleSearch() {
        JavaClasses classes = classes(AdmittedBeds.class);

        assertThat(ArchitectureRules.of(CLINIC, classes)
                .allow(AdmittedBeds.class, Rule.PACKAGES_FREE_OF_CYCLES, "the fixture counts admissions in the bed package")
                .failures(Rule.PACKAGES_FREE_OF_CYCLES)).isEmpty();
    }

    @Test
    void anAllowanceThatLetsNothingPassFails() {
        JavaClasses classes = classes(BedLedger.class);
        ArchitectureRules set = ArchitectureRules.of(CLINIC, classes)
                .allow(BedLedger.class, Rule.BEANS_NAME_THEIR_ROLE, "the fixture's ledger keeps its name")
                .allow(BedStore.class, Rule.QUERIES_LIVE_IN_STORES, "no longer needed")
                .allow(Bed.class, Rule.PACKAGES_FREE_OF_CYCLES, "never needed");

        assertThat(set.failures(Rule.BEANS_NAME_THEIR_ROLE)).isEmpty();
        assertThat(set.failures(Rule.QUERIES_LIVE_IN_STORES)).singleElement().asString()
                .contains("Allowance of " + BedStore.class.getName()).contains("lets no violation pass").contains("no longer needed");
        assertThat(set.failures(Rule.PACKAGES_FREE_OF_CYCLES)).singleElement().asString()
                .contains("Allowance of " + Bed.class.getName());
    }

    @Test
    void anAllowanceSaysWhy() {
        ArchitectureRules set = ArchitectureRules.of(CLINIC, classes());

        assertThatThrownBy(() -> set.allow(BedLedger.class, Rule.BEANS_NAME_THEIR_ROLE, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("says why");
    }

    private static List<String> failures(Rule rule, Class<?> broken) {
        return ArchitectureRules.of(CLINIC, classes(broken)).failures(rule);
    }

    /** The names of the set's tests that fail. */
    private static List<String> failedTests(ArchitectureRules set) {
        List<String> failed = new ArrayList<>();
        set.tests().forEach(test -> {
            try {
                test.getExecutable().execute();
            } catch (Throwable failure) {
                failed.add(test.getDisplayName() + ": " + failure.getMessage());
            }
        });
        return failed;
    }

    private static JavaClasses classes(Class<?>... broken) {
        return new ClassFileImporter().importClasses(Stream.concat(Arrays.stream(WELL_WRITTEN), Arrays.stream(broken)).toList());
    }
}
