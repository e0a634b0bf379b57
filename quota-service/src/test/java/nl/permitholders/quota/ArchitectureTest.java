package nl.permitholders.quota;

import java.util.stream.Stream;
import nl.permitholders.infrastructure.ArchitectureRules;
import nl.permitholders.quota.balance.OpeningBalance;
import nl.permitholders.quota.distribution.NationalQuotaRule;
import nl.permitholders.quota.exchange.QuotaExchange;
import nl.permitholders.quota.merger.MergerPlan;
import nl.permitholders.quota.merger.QuotaTakeOver;
import nl.permitholders.quota.merger.SplitPlan;
import nl.permitholders.quota.quota.QuotaHistory;
import nl.permitholders.quota.succession.QuotaHolderRule;
import nl.permitholders.quota.succession.RecordedMerger;
import nl.permitholders.quota.succession.RecordedSplit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The one rule set ({@link ArchitectureRules}, docs/architecture.md "One rule set") over this service (unit tier: starts nothing). */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> rules() {
        return ArchitectureRules.of("nl.permitholders.quota")
                .domainClasses(QuotaHistory.class, QuotaExchange.class, OpeningBalance.class, MergerPlan.class,
                        QuotaTakeOver.class, SplitPlan.class, RecordedMerger.class, RecordedSplit.class,
                        QuotaHolderRule.class, NationalQuotaRule.class)
                .tests();
    }
}
