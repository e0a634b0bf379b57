package nl.permitholders.placement;

import java.util.stream.Stream;
import nl.permitholders.infrastructure.ArchitectureRules;
import nl.permitholders.placement.coupling.CouplingLifecycle;
import nl.permitholders.placement.coupling.Household;
import nl.permitholders.placement.coupling.Overdue;
import nl.permitholders.placement.matching.MatchRanking;
import nl.permitholders.placement.matching.UnitFit;
import nl.permitholders.placement.waiting.WaitingOrder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The one rule set ({@link ArchitectureRules}, docs/architecture.md "One rule set") over this service (unit tier: starts nothing). */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> rules() {
        return ArchitectureRules.of("nl.permitholders.placement")
                .domainClasses(CouplingLifecycle.class, Household.class, MatchRanking.class, UnitFit.class,
                        WaitingOrder.class, Overdue.class)
                .tests();
    }
}
