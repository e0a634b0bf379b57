package nl.permitholders.housingstock;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import nl.permitholders.infrastructure.NamingRules;
import nl.permitholders.infrastructure.WritePathRules;
import nl.permitholders.housingstock.agreement.AgreedShare;
import nl.permitholders.housingstock.agreement.PerformanceReport;
import nl.permitholders.housingstock.capacity.CapacityPipeline;
import nl.permitholders.housingstock.capacity.CapacityPlan;
import nl.permitholders.housingstock.period.ReportingPeriod;

/**
 * The write path of {@link WritePathRules} and the names of {@link NamingRules}, over this service's classes (unit tier:
 * starts nothing).
 */
@AnalyzeClasses(packages = "nl.permitholders.housingstock", importOptions = ImportOption.DoNotIncludeTests.class)
class WritePathArchitectureTest {

    @ArchTest
    static final ArchTests writePath = ArchTests.in(WritePathRules.class);

    @ArchTest
    static final ArchTests naming = ArchTests.in(NamingRules.class);

    @ArchTest
    static final ArchRule beansSayTheirRole = NamingRules.beansNameTheirRole;

    @ArchTest
    static final ArchRule domainClasses = WritePathRules.frameworkFree(CapacityPlan.class, CapacityPipeline.class, AgreedShare.class, PerformanceReport.class, ReportingPeriod.class);
}
