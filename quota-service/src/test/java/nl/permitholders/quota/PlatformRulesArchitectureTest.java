package nl.permitholders.quota;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.permitholders.infrastructure.WritePathRules;
import nl.permitholders.platform.distribution.MergedPopulationRule;
import nl.permitholders.platform.distribution.MergedShareRule;
import nl.permitholders.platform.distribution.NationalDistribution;
import nl.permitholders.platform.distribution.QuotaDistribution;
import nl.permitholders.platform.distribution.Reorganisations;
import nl.permitholders.platform.distribution.SplitPopulationRule;
import nl.permitholders.platform.merger.SplitShareRule;
import nl.permitholders.platform.security.Succession;

/**
 * R1 lives in platform, where supervision's scenarios calculate with it too: the classes this service distributes a
 * national total with are plain Java like its own ({@link WritePathRules#frameworkFree}); the platform module ran no
 * ArchUnit.
 */
@AnalyzeClasses(packagesOf = {NationalDistribution.class, Succession.class}, importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformRulesArchitectureTest {

    @ArchTest
    static final ArchRule r1 = WritePathRules.frameworkFree(NationalDistribution.class, QuotaDistribution.class,
            MergedPopulationRule.class, SplitPopulationRule.class, MergedShareRule.class, Reorganisations.class, SplitShareRule.class,
            Succession.class);
}
