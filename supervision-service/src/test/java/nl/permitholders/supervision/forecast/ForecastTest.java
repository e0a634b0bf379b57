package nl.permitholders.supervision.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.actionplan.ActionPlanProgressTest;
import nl.permitholders.supervision.actionplan.Measure;
import nl.permitholders.supervision.actionplan.MeasureStatus;
import nl.permitholders.supervision.ledger.Details.PlannedPlaces;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.QuotaStatus;
import org.junit.jupiter.api.Test;

class ForecastTest {

    private static final String ALMELO = "GM0141";

    private static List<LedgerEntry> almeloUntil2024() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.openingBalance(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H1"), 52, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H1"), 78, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H2"), 70, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2025-H1"), 73, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2025-H2"), 75, 1));
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2024, 5, 1), 40, "p1"));
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2024, 10, 1), 43, "p2"));
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
    void backlogAnExchangeAgreementTransfersInALaterHalfYearCountsAmongTheExchangesOfTheForecast() {
        List<LedgerEntry> entries = almeloUntil2024();
        entries.add(LedgerEntry.agreed(nl.permitholders.supervision.ledger.EntryKind.BACKLOG_TRANSFERRED, UUID.randomUUID(), ALMELO,
                Period.parse("2025-H2"), -20, "afspraak", "provincie", OffsetDateTime.of(2025, 7, 2, 9, 0, 0, 0, ZoneOffset.UTC)));
        Forecast.Result forecast = Forecast.withAssumption(new BacklogLedger(ALMELO, entries), Period.parse("2025-H1"),
                Period.parse("2025-H2"), 75);
        assertEquals(117, forecast.carriedBacklog());
        assertEquals(-20, forecast.exchanges());
        assertEquals(190 - 20, forecast.backlog());
    }

    /**
     * Almelo's plan of approach of 27 March 2025: backlog 52 at the end of 2023, quotas 78 and 70 for 2024, 83 housed in
     * 2024, so 117 carried into 2025; for 2025 the quota of 73 for the first half-year ("Taakstelling 1e helft 2025")
     * and the forecast 75 for the second ("Prognose taakstelling 2e helft 2025"), not yet fixed; 75 housed in 2025 as
     * forecast "bij gelijkblijvend beleid": a backlog of 190 at the end of 2025.
     */
    @Test
    void almeloOn27March2025ForecastsABacklogOf190ForTheEndOf2025OnTheFixed73AndTheProvisional75ThenKnown() {
        List<LedgerEntry> asItStood = List.of(
                Entries.openingBalance(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H1"), 52, 1),
                Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H1"), 78, 1),
                Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H2"), 70, 1),
                // The plan gives 83 housed in 2024 as a year's total; when in 2024 does not change what is carried into 2025.
                Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2024, 12, 31), 83, "realisatie-2024"),
                Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2025-H1"), 73, 1, QuotaStatus.FINAL, null),
                Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2025-H2"), 75, 1, QuotaStatus.PROVISIONAL, null));

        Forecast.Result forecast = Forecast.withAssumption(new BacklogLedger(ALMELO, asItStood),
                Period.parse("2025-H1"), Period.parse("2025-H2"), 75);

        assertEquals(117, forecast.carriedBacklog());
        assertEquals(73 + 75, forecast.quotas());
        assertEquals(190, forecast.backlog());
        assertEquals(QuotaStatus.PROVISIONAL, forecast.quotaStatus());
        Forecast.Assumption provisional = forecast.assumptions().stream().filter(a -> a.name().equals("provisionalQuotas"))
                .findFirst().orElseThrow();
        assertEquals(75, provisional.persons());
        assertTrue(provisional.description().contains("2025-H2 (75)"), provisional.description());
        assertTrue(!provisional.description().contains("2025-H1"), "2025-I's 73 was fixed: " + provisional.description());
    }

    @Test
    void aForecastOnFixedQuotasOnlySaysItRestsOnFinalQuotas() {
        Forecast.Result forecast = Forecast.withAssumption(new BacklogLedger(ALMELO, almeloUntil2024()),
                Period.parse("2025-H1"), Period.parse("2025-H2"), 75);
        assertEquals(QuotaStatus.FINAL, forecast.quotaStatus());
        assertTrue(forecast.assumptions().stream().noneMatch(a -> a.name().equals("provisionalQuotas")));
    }

    @Test
    void unchangedPolicyExtendsThePaceOfTheTrailingMonths() {
        List<LedgerEntry> entries = almeloUntil2024();
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 1, 15), 18, "p3"));
        // On 31 March 2025 the trailing six months (from 30 September 2024) saw 43 + 18 persons housed.
        Forecast.Result forecast = Forecast.unchangedPolicy(new BacklogLedger(ALMELO, entries), Period.parse("2025-H2"),
                LocalDate.of(2025, 3, 31), 6);
        assertEquals((43 + 18) / 6.0, forecast.pacePerMonth(), 0.001);
        // backlog on 31 March: 117 + 73 - 18 = 172; plus 75 to come; 3 + 6 months left at ~10.17 a month → 91 more
        assertEquals(172 + 75 - 91, forecast.backlog());
    }

    @Test
    void withPlanTheMeasuresStillToDeliverAndThePlannedCapacityComeOffTheUnchangedPolicyForecast() {
        List<LedgerEntry> entries = almeloUntil2024();
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 1, 15), 18, "p3"));
        entries.add(Entries.capacityPlanned(UUID.randomUUID(), "t", ALMELO, "project-1", 20,
                List.of(new PlannedPlaces(Period.parse("2025-H2"), 8), new PlannedPlaces(Period.parse("2026-H1"), 12)),
                OffsetDateTime.of(2025, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC)));
        Forecast.Plan plan = new Forecast.Plan("Plan van aanpak huisvesting statushouders", LocalDate.of(2025, 3, 27),
                ActionPlanProgressTest.almelosPlan());

        Forecast.Result forecast = Forecast.withPlan(new BacklogLedger(ALMELO, entries), Period.parse("2025-H2"),
                LocalDate.of(2025, 3, 31), 6, Optional.of(plan));

        // Unchanged policy: 172 + 75 - 91 = 156 (see above). Three months of 2025-H1 are left: shared housing 15 * 3 / 6 = 7,
        // flow-through 10 * 3 / 6 = 5, combining target groups 5 * 3 / 6 = 2; then 2025-H2 in full: 45. Capacity: 8 places in 2025-H2.
        assertEquals(Forecast.Basis.WITH_PLAN, forecast.basis());
        assertEquals(7 + 5 + 2 + 45, forecast.planExpectedPersons());
        assertEquals(8, forecast.plannedCapacityPlaces());
        assertEquals(156 - 59 - 8, forecast.backlog());
        assertEquals(List.of("trailingPace", "actionPlanMeasures", "plannedCapacity", "noOverlap"),
                forecast.assumptions().stream().map(Forecast.Assumption::name).toList());
        assertEquals(59, forecast.assumptions().get(1).persons());
    }

    @Test
    void doneAndDroppedMeasuresAddNothingAndWithoutAPlanOnlyTheCapacityCounts() {
        List<Measure> measures = new ArrayList<>(ActionPlanProgressTest.almelosPlan());
        Measure shared = measures.get(0);
        measures.set(0, new Measure(shared.id(), shared.title(), shared.term(), MeasureStatus.DONE, shared.expectedHoused()));
        Measure newBuild = measures.get(1);
        measures.set(1, new Measure(newBuild.id(), newBuild.title(), newBuild.term(), MeasureStatus.DROPPED, newBuild.expectedHoused()));
        BacklogLedger ledger = new BacklogLedger(ALMELO, almeloUntil2024());
        LocalDate today = LocalDate.of(2025, 6, 30);

        Forecast.Result withPlan = Forecast.withPlan(ledger, Period.parse("2025-H2"), today, 6,
                Optional.of(new Forecast.Plan("plan", LocalDate.of(2025, 3, 27), measures)));
        // 2025-H1 has ended on its last day: only 2025-H2 counts, flow-through 10 + combining target groups 10.
        assertEquals(20, withPlan.planExpectedPersons());

        Forecast.Result withoutPlan = Forecast.withPlan(ledger, Period.parse("2025-H2"), today, 6, Optional.empty());
        assertEquals(0, withoutPlan.planExpectedPersons());
        assertEquals(Forecast.unchangedPolicy(ledger, Period.parse("2025-H2"), today, 6).backlog(), withoutPlan.backlog());
    }

    @Test
    void aQuotaNotYetSetIsNamedAsAnAssumption() {
        Forecast.Result forecast = Forecast.withAssumption(new BacklogLedger(ALMELO, almeloUntil2024()), Period.parse("2025-H1"),
                Period.parse("2026-H1"), 75);
        assertEquals("quotaNotYetSet", forecast.assumptions().get(1).name());
        assertTrue(forecast.assumptions().get(1).description().contains("2026-H1"));
    }
}
