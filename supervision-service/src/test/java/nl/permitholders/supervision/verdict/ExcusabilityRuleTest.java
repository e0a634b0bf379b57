package nl.permitholders.supervision.verdict;

import nl.permitholders.supervision.ledger.CancellationReason;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;

/** R7: a shortfall up to COA's coupling deficit at the reference date is excusable. */
class ExcusabilityRuleTest {

    private static final String TOWN = "GM0147";
    private static final Period H1 = Period.parse("2025-H1");

    @Test
    void coasReferenceDatesAreTheFirstOfAprilAndOctober() {
        assertEquals(LocalDate.of(2025, 4, 1), ExcusabilityRule.referenceDate(H1));
        assertEquals(LocalDate.of(2025, 10, 1), ExcusabilityRule.referenceDate(Period.parse("2025-H2")));
    }

    @Test
    void theVerdictAtADeadline() {
        assertEquals(Verdict.MET, ExcusabilityRule.verdict(0, 0));
        assertEquals(Verdict.MET, ExcusabilityRule.verdict(-3, 0));
        assertEquals(Verdict.NOT_MET_EXCUSABLE, ExcusabilityRule.verdict(8, 8));
        assertEquals(Verdict.NOT_MET, ExcusabilityRule.verdict(9, 8));
    }

    @Test
    void theDeficitIsWhatTheMunicipalityStillHadToHouseBeyondWhatCoaHadCoupled() {
        assertEquals(12, ExcusabilityRule.couplingDeficit(20, 8));
        assertEquals(0, ExcusabilityRule.couplingDeficit(20, 25));
        assertEquals(0, ExcusabilityRule.couplingDeficit(-4, 0));
    }

    @Test
    void aMunicipalityThatHousedEveryoneCoaCoupledFallsShortExcusably() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "t", TOWN, H1, 20, 1));
        // COA couples only 8 persons by 1 April; the municipality houses all 8, and 2 more coupled in May.
        entries.add(Entries.coupled(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 2, 1), 8, "c1", "FAMILY"));
        entries.add(Entries.housed(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 3, 20), 8, "p1"));
        entries.add(Entries.coupled(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 5, 2), 2, "c2", "FAMILY"));
        entries.add(Entries.housed(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 6, 10), 2, "p2"));
        DeadlineJudge.Judgement judgement = DeadlineJudge.judge(new BacklogLedger(TOWN, entries), H1);
        assertEquals(12, judgement.stillToHouseAtReferenceDate());
        assertEquals(0, judgement.coupledUnhousedAtReferenceDate());
        assertEquals(12, judgement.couplingDeficit());
        assertEquals(10, judgement.backlog());
        assertEquals(Verdict.NOT_MET_EXCUSABLE, judgement.verdict());
    }

    @Test
    void aMunicipalityThatLeftCoupledHouseholdsWaitingFallsShortWithoutExcuse() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "t", TOWN, H1, 20, 1));
        entries.add(Entries.coupled(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 2, 1), 18, "c1", "FAMILY"));
        entries.add(Entries.housed(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 5, 20), 6, "p1"));
        DeadlineJudge.Judgement judgement = DeadlineJudge.judge(new BacklogLedger(TOWN, entries), H1);
        assertEquals(2, judgement.couplingDeficit());
        assertEquals(14, judgement.backlog());
        assertEquals(Verdict.NOT_MET, judgement.verdict());
    }

    @Test
    void aCancelledCouplingIsNoLongerWaiting() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "t", TOWN, H1, 10, 1));
        entries.add(Entries.coupled(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 2, 1), 10, "c1", "FAMILY"));
        entries.add(Entries.cancelled(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 3, 1), 10, "c1", CancellationReason.WITHDRAWN));
        DeadlineJudge.Judgement judgement = DeadlineJudge.judge(new BacklogLedger(TOWN, entries), H1);
        assertEquals(0, judgement.coupledUnhousedAtReferenceDate());
        assertEquals(Verdict.NOT_MET_EXCUSABLE, judgement.verdict());
    }

    /** Ten to house in 2025-H1, ten persons coupled on 2 December 2024 (overdue from 24 February 2025), none housed. */
    private static List<LedgerEntry> tenCoupledInDecemberNoneHoused() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "t", TOWN, H1, 10, 1));
        entries.add(Entries.coupled(UUID.randomUUID(), "t", TOWN, LocalDate.of(2024, 12, 2), 10, "c1", "FAMILY"));
        return entries;
    }

    @Test
    void aCouplingWithdrawnByCoaLeavesTheMunicipalitysCountAndItsShortfallIsExcusable() {
        List<LedgerEntry> entries = tenCoupledInDecemberNoneHoused();
        entries.add(Entries.cancelled(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 3, 10), 10, "c1", CancellationReason.WITHDRAWN));
        DeadlineJudge.Judgement judgement = DeadlineJudge.judge(new BacklogLedger(TOWN, entries), H1);
        assertEquals(0, judgement.coupledUnhousedAtReferenceDate());
        assertEquals(0, judgement.recoupledAfterTheClockAtReferenceDate());
        assertEquals(10, judgement.couplingDeficit());
        assertEquals(Verdict.NOT_MET_EXCUSABLE, judgement.verdict());
    }

    @Test
    void aCouplingRecoupledElsewhereAfterItsTwelveWeeksStaysTheMunicipalitysShortfall() {
        List<LedgerEntry> entries = tenCoupledInDecemberNoneHoused();
        entries.add(Entries.cancelled(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 3, 10), 10, "c1", CancellationReason.RECOUPLED));
        DeadlineJudge.Judgement judgement = DeadlineJudge.judge(new BacklogLedger(TOWN, entries), H1);
        assertEquals(10, judgement.coupledUnhousedAtReferenceDate(), "still coupled and unhoused for the municipality");
        assertEquals(10, judgement.recoupledAfterTheClockAtReferenceDate());
        assertEquals(0, judgement.couplingDeficit(), "the lapsed coupling does not enlarge the deficit");
        assertEquals(Verdict.NOT_MET, judgement.verdict());
    }

    @Test
    void aCouplingRecoupledElsewhereWithinItsTwelveWeeksIsNotTheMunicipalitysShortfall() {
        List<LedgerEntry> entries = tenCoupledInDecemberNoneHoused();
        entries.add(Entries.cancelled(UUID.randomUUID(), "t", TOWN, LocalDate.of(2025, 2, 23), 10, "c1", CancellationReason.RECOUPLED));
        DeadlineJudge.Judgement judgement = DeadlineJudge.judge(new BacklogLedger(TOWN, entries), H1);
        assertEquals(0, judgement.coupledUnhousedAtReferenceDate());
        assertEquals(0, judgement.recoupledAfterTheClockAtReferenceDate());
        assertEquals(Verdict.NOT_MET_EXCUSABLE, judgement.verdict());
    }

    @Test
    void onlyHalfYearsWhoseDeadlineHasPassedAreJudged() {
        List<LedgerEntry> entries = List.of(Entries.quota(UUID.randomUUID(), "t", TOWN, H1, 10, 1),
                Entries.quota(UUID.randomUUID(), "t", TOWN, Period.parse("2025-H2"), 10, 1));
        BacklogLedger ledger = new BacklogLedger(TOWN, entries);
        assertEquals(1, DeadlineJudge.judgeClosed(ledger, LocalDate.of(2025, 12, 31)).size());
        assertEquals(2, DeadlineJudge.judgeClosed(ledger, LocalDate.of(2026, 1, 1)).size());
    }
}
