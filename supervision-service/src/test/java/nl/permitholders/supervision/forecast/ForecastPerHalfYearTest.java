package nl.permitholders.supervision.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.QuotaStatus;
import org.junit.jupiter.api.Test;

/**
 * R4 carried forward half-year by half-year, and a scenario's quota in the place of the one announced: what a scenario
 * reads of the forecast (issue 71).
 */
class ForecastPerHalfYearTest {

    private static final String ALMELO = "GM0141";
    private static final Period H1_2025 = Period.parse("2025-H1");
    private static final Period H2_2025 = Period.parse("2025-H2");
    private static final LocalDate END_OF_MARCH = LocalDate.of(2025, 3, 31);

    /** Almelo as its plan of approach has it on 31 March 2025: 117 carried into 2025, 73 and a provisional 75, 18 housed so far. */
    private static BacklogLedger almelo() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.openingBalance(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H1"), 52, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H1"), 78, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H2"), 70, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H1_2025, 73, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2025, 75, 1, QuotaStatus.PROVISIONAL, null));
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2024, 5, 1), 40, "p1"));
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2024, 10, 1), 43, "p2"));
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 1, 15), 18, "p3"));
        return new BacklogLedger(ALMELO, entries);
    }

    @Test
    void theForecastFollowedHalfYearByHalfYearEndsWhereTheForecastOfEachEnds() {
        Forecast.Position position = Forecast.Position.of(almelo(), END_OF_MARCH, H2_2025, 6);

        List<Forecast.HalfYear> halfYears = Forecast.halfYears(position, H2_2025, Forecast.Basis.UNCHANGED_POLICY, Optional.empty());

        // 43 + 18 housed in the six months before 31 March: 10.17 a month. 2025-H1: 117 + 73 = 190, of which 18 housed so far
        // and 30 in the three months left: 142 at its end. 2025-H2: 142 + 75, 61 more in its six months: 156.
        assertThat(halfYears).containsExactly(
                new Forecast.HalfYear(H1_2025, 117, 73, false, QuotaStatus.FINAL, 0, 190, 48, 142),
                new Forecast.HalfYear(H2_2025, 142, 75, false, QuotaStatus.PROVISIONAL, 0, 217, 61, 156));
        assertThat(halfYears.get(1).backlog()).isEqualTo(Forecast.unchangedPolicy(almelo(), H2_2025, END_OF_MARCH, 6).backlog());
    }

    @Test
    void aScenariosQuotaTakesThePlaceOfTheQuotaAnnouncedAndTheForecastSaysSo() {
        Forecast.Position position = Forecast.Position.of(almelo(), END_OF_MARCH, H2_2025, 6).withScenarioQuotas(Map.of(H2_2025, 90));

        Forecast.Result forecast = Forecast.unchangedPolicy(position, H2_2025);

        assertThat(forecast.backlog()).isEqualTo(172 + 90 - 91);
        assertThat(forecast.quotaStatus()).as("the scenario's quota is neither announced nor fixed").isEqualTo(QuotaStatus.FINAL);
        assertThat(forecast.assumptions()).extracting(Forecast.Assumption::name).contains("scenarioQuotas").doesNotContain("provisionalQuotas");
        assertThat(Forecast.halfYears(position, H2_2025, Forecast.Basis.UNCHANGED_POLICY, Optional.empty()).get(1))
                .isEqualTo(new Forecast.HalfYear(H2_2025, 142, 90, true, null, 0, 232, 61, 171));
    }

    @Test
    void aScenarioOfTheCurrentHalfYearMovesTodaysBacklogToo() {
        Forecast.Position position = Forecast.Position.of(almelo(), END_OF_MARCH, H2_2025, 6).withScenarioQuotas(Map.of(H1_2025, 80));

        assertThat(Forecast.unchangedPolicy(position, H1_2025).backlog()).isEqualTo(117 + 80 - 18 - 30);
    }
}
