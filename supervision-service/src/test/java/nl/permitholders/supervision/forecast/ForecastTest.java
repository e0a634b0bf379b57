package nl.permitholders.supervision.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;

class ForecastTest {

    private static final String ALMELO = "GM0141";

    private static List<LedgerEntry> almeloUntil2024() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(LedgerEntry.openingBalance(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H1"), 52, 1));
        entries.add(LedgerEntry.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H1"), 78, 1));
        entries.add(LedgerEntry.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H2"), 70, 1));
        entries.add(LedgerEntry.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2025-H1"), 73, 1));
        entries.add(LedgerEntry.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2025-H2"), 75, 1));
        entries.add(LedgerEntry.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2024, 5, 1), 40, "p1"));
        entries.add(LedgerEntry.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2024, 10, 1), 43, "p2"));
        return entries;
    }

    @Test
    void almelosPlanOfApproachAssumes75HousedIn2025AndEndsTheYearWithABacklogOf190() {
        Forecast.Result forecast = Forecast.withAssumption(new BacklogLedger(ALMELO, almeloUntil2024()),
                Period.parse("2025-H1"), Period.parse("2025-H2"), 75);
        assertEquals(117, forecast.carriedBacklog());
        assertEquals(148, forecast.quotas());
        assertEquals(190, forecast.backlog());
    }

    @Test
    void unchangedPolicyExtendsThePaceOfTheTrailingMonths() {
        List<LedgerEntry> entries = almeloUntil2024();
        entries.add(LedgerEntry.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 1, 15), 18, "p3"));
        // On 31 March 2025 the trailing six months (from 30 September 2024) saw 43 + 18 persons housed.
        Forecast.Result forecast = Forecast.unchangedPolicy(new BacklogLedger(ALMELO, entries), Period.parse("2025-H2"),
                LocalDate.of(2025, 3, 31), 6);
        assertEquals((43 + 18) / 6.0, forecast.pacePerMonth(), 0.001);
        // backlog on 31 March: 117 + 73 - 18 = 172; plus 75 to come; 3 + 6 months left at ~10.17 a month → 91 more
        assertEquals(172 + 75 - 91, forecast.backlog());
    }
}
