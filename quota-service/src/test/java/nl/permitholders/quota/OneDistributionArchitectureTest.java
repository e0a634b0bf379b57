package nl.permitholders.quota;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import nl.permitholders.platform.distribution.NationalDistribution;
import nl.permitholders.platform.distribution.QuotaDistribution;
import nl.permitholders.platform.distribution.Reorganisations;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.distribution.NationalQuotaService;

/**
 * R1 is calculated in one place: the Rijk's national total is distributed by platform's {@link NationalDistribution},
 * the code supervision-service's scenarios call too (its own {@code OneDistributionArchitectureTest}), and no class of
 * this service shares a total out itself.
 */
@AnalyzeClasses(packagesOf = {NationalQuotaService.class, NationalDistribution.class}, importOptions = ImportOption.DoNotIncludeTests.class)
class OneDistributionArchitectureTest {

    @ArchTest
    static final ArchRule theNationalTotalIsDistributedByPlatformsR1 = classes().that().belongToAnyOf(NationalQuotaService.class)
            .should().callMethod(NationalDistribution.class, "of", Period.class, int.class, Collection.class, LocalDate.class, Map.class,
                    Reorganisations.class);

    @ArchTest
    static final ArchRule noShareIsCalculatedBesideIt = noClasses().that().resideOutsideOfPackage("nl.permitholders.platform.distribution..")
            .should().callMethod(QuotaDistribution.class, "distribute", int.class, Map.class);
}
