package nl.permitholders.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import nl.permitholders.infrastructure.layers.cycle.one.One;
import nl.permitholders.infrastructure.layers.cycle.two.Two;
import nl.permitholders.infrastructure.layers.page.WardPage;
import nl.permitholders.infrastructure.layers.store.Ledgers;
import nl.permitholders.infrastructure.layers.ward.BedRule;
import nl.permitholders.infrastructure.layers.ward.PageUsingQueries;
import nl.permitholders.infrastructure.layers.ward.ServiceCallingRule;
import nl.permitholders.infrastructure.layers.ward.StoreReadingResource;
import nl.permitholders.infrastructure.layers.ward.WardQueries;
import nl.permitholders.infrastructure.layers.ward.WardResource;
import org.junit.jupiter.api.Test;

/** The layer rules against fixtures written well and badly: each rule must fail where it should. */
class LayerRulesTest {

    private static final ArchRule LAYERS = LayerRules.layers("..layers.store..", "..layers.page..");

    @Test
    void twoPackagesThatImportEachOtherAreACycle() {
        EvaluationResult result = LayerRules.packagesFreeOfCycles("nl.permitholders.infrastructure.layers.cycle")
                .evaluate(classes(One.class, Two.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("package one").contains("package two"));
    }

    @Test
    void packagesThatReadOneWayPass() {
        assertThat(LayerRules.packagesFreeOfCycles("nl.permitholders.infrastructure.layers")
                .evaluate(classes(WardResource.class, WardQueries.class, BedRule.class, Ledgers.class, WardPage.class))
                .hasViolation()).isFalse();
    }

    @Test
    void resourceToServiceToRuleAndStorePasses() {
        assertThat(LAYERS.evaluate(classes(WardResource.class, WardQueries.class, BedRule.class, Ledgers.class, WardPage.class))
                .hasViolation()).isFalse();
    }

    @Test
    void aResourceThatReadsTheStoreFails() {
        EvaluationResult result = LAYERS.evaluate(classes(StoreReadingResource.class, WardResource.class, WardQueries.class,
                BedRule.class, Ledgers.class, WardPage.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("StoreReadingResource").contains("Ledgers"));
    }

    @Test
    void aRuleThatAsksAnApplicationServiceFails() {
        EvaluationResult result = LAYERS.evaluate(classes(ServiceCallingRule.class, WardResource.class, WardQueries.class,
                BedRule.class, Ledgers.class, WardPage.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("ServiceCallingRule").contains("WardQueries"));
    }

    @Test
    void onlyTheClientsImportAClient() {
        ArchRule rule = LayerRules.nothingImportsTheClients("..layers.page..");

        assertThat(rule.evaluate(classes(WardPage.class, WardQueries.class)).hasViolation()).isFalse();
        EvaluationResult result = rule.evaluate(classes(PageUsingQueries.class, WardPage.class, WardQueries.class));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("PageUsingQueries").contains("WardPage"));
    }

    private static JavaClasses classes(Class<?>... types) {
        return new ClassFileImporter().importClasses(types);
    }
}
