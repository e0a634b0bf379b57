package nl.permitholders.supervision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import nl.permitholders.infrastructure.WritePathRules;
import nl.permitholders.platform.distribution.NationalDistribution;
import nl.permitholders.platform.distribution.QuotaDistribution;
import nl.permitholders.platform.distribution.Reorganisations;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.scenario.HomeKind;
import nl.permitholders.supervision.scenario.HouseholdMix;
import nl.permitholders.supervision.scenario.ScenarioQueries;

/**
 * A scenario distributes with R1 as quota-service does: through platform's {@link NationalDistribution}, the code
 * quota-service's {@code NationalQuotaService} sets a national total with (its own {@code OneDistributionArchitectureTest}),
 * never with a calculation of its own; the scenario's plain values stay plain Java ({@link WritePathRules#frameworkFree}),
 * as platform's own architecture test holds R1's.
 */
@AnalyzeClasses(packagesOf = {ScenarioQueries.class, NationalDistribution.class}, importOptions = ImportOption.DoNotIncludeTests.class)
class OneDistributionArchitectureTest {

    @ArchTest
    static final ArchRule aScenarioIsDistributedByPlatformsR1 = classes().that().belongToAnyOf(ScenarioQueries.class)
            .should().callMethod(NationalDistribution.class, "of", Period.class, int.class, Collection.class, LocalDate.class, Map.class,
                    Reorganisations.class);

    @ArchTest
    static final ArchRule noShareIsCalculatedBesideIt = noClasses().that().resideOutsideOfPackage("nl.permitholders.platform.distribution..")
            .should().callMethod(QuotaDistribution.class, "distribute", int.class, Map.class);

    @ArchTest
    static final ArchRule plainValues = WritePathRules.frameworkFree(HouseholdMix.class, HomeKind.class);
}
