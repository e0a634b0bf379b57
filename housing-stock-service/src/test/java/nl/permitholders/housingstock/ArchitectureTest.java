package nl.permitholders.housingstock;

import java.util.stream.Stream;
import nl.permitholders.housingstock.agreement.AgreedShare;
import nl.permitholders.housingstock.agreement.PerformanceReport;
import nl.permitholders.housingstock.capacity.CapacityPipeline;
import nl.permitholders.housingstock.capacity.CapacityPlan;
import nl.permitholders.housingstock.occupancy.FreeCapacity;
import nl.permitholders.housingstock.period.ReportingPeriod;
import nl.permitholders.housingstock.unit.Occupancy;
import nl.permitholders.infrastructure.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The one rule set ({@link ArchitectureRules}, docs/architecture.md "One rule set") over this service (unit tier: starts nothing). */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> rules() {
        return ArchitectureRules.of("nl.permitholders.housingstock")
                .domainClasses(CapacityPlan.class, CapacityPipeline.class, AgreedShare.class, PerformanceReport.class,
                        ReportingPeriod.class, Occupancy.class, FreeCapacity.class)
                .tests();
    }
}
