package nl.permitholders.quota;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import nl.permitholders.infrastructure.NamingRules;
import nl.permitholders.infrastructure.WritePathRules;
import nl.permitholders.quota.balance.OpeningBalance;
import nl.permitholders.quota.exchange.QuotaExchange;
import nl.permitholders.quota.merger.MergerPlan;
import nl.permitholders.quota.merger.QuotaTakeOver;
import nl.permitholders.quota.succession.RecordedSplit;
import nl.permitholders.quota.merger.SplitPlan;
import nl.permitholders.quota.succession.RecordedMerger;
import nl.permitholders.quota.quota.QuotaHistory;

/**
 * The write path of {@link WritePathRules} and the names of {@link NamingRules}, over this service's classes (unit tier:
 * starts nothing).
 */
@AnalyzeClasses(packages = "nl.permitholders.quota", importOptions = ImportOption.DoNotIncludeTests.class)
class WritePathArchitectureTest {

    @ArchTest
    static final ArchTests writePath = ArchTests.in(WritePathRules.class);

    @ArchTest
    static final ArchTests naming = ArchTests.in(NamingRules.class);

    @ArchTest
    static final ArchRule beansSayTheirRole = NamingRules.beansNameTheirRole;

    @ArchTest
    static final ArchRule domainClasses = WritePathRules.frameworkFree(QuotaHistory.class,
            QuotaExchange.class, OpeningBalance.class, MergerPlan.class, QuotaTakeOver.class, RecordedMerger.class,
            SplitPlan.class, RecordedSplit.class);
}
