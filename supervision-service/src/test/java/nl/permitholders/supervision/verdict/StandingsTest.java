package nl.permitholders.supervision.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.verdict.Standings.Standing;
import org.junit.jupiter.api.Test;

/** A province's or the country's municipalities together: net and gross backlog, those ahead, the verdicts at the last deadline. */
class StandingsTest {

    private static final Period H1 = Period.parse("2025-H1");
    private static final Period H2 = Period.parse("2025-H2");
    private static final LocalDate AFTER_THE_H1_DEADLINE = LocalDate.of(2025, 7, 1);

    @Test
    void theGrossBacklogAddsUpOnlyTheMunicipalitiesBehindWhileTheNetOneSetsLeadsOffAgainstThem() {
        Standings s = Standings.of(H1, AFTER_THE_H1_DEADLINE, List.of(new Standing(10, Verdict.NOT_MET),
                new Standing(-4, Verdict.MET), new Standing(0, Verdict.MET), new Standing(3, Verdict.NOT_MET_EXCUSABLE)));
        assertEquals(9, s.netBacklog());
        assertEquals(13, s.grossBacklog());
        assertEquals(1, s.ahead(), "only a negative backlog is ahead");
    }

    @Test
    void theVerdictsAreCountedPerKindAtTheLastDeadline() {
        Standings s = Standings.of(H1, AFTER_THE_H1_DEADLINE, List.of(new Standing(10, Verdict.NOT_MET),
                new Standing(-4, Verdict.MET), new Standing(0, Verdict.MET), new Standing(3, Verdict.NOT_MET_EXCUSABLE),
                new Standing(5, null)));
        assertEquals(LocalDate.of(2025, 7, 1), s.lastDeadline());
        assertEquals(2, s.met());
        assertEquals(1, s.notMetExcusable());
        assertEquals(1, s.notMet());
        assertEquals(1, s.withoutVerdict());
    }

    @Test
    void aHalfYearWhoseDeadlineHasPassedCountsItsOwnDeadline() {
        assertEquals(Optional.of(H1), Standings.lastDeadlineOf(H1, LocalDate.of(2025, 7, 1)));
        assertEquals(Optional.of(H1), Standings.lastDeadlineOf(H1, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aHalfYearStillRunningCountsTheDeadlineItStartedOn() {
        assertEquals(Optional.of(H1), Standings.lastDeadlineOf(H2, LocalDate.of(2025, 9, 1)));
        assertEquals(Optional.of(H1.previous()), Standings.lastDeadlineOf(H1, LocalDate.of(2025, 3, 1)));
    }

    @Test
    void beforeAnyDeadlineOfTheHalfYearNoVerdictCounts() {
        assertEquals(Optional.empty(), Standings.lastDeadlineOf(H2, LocalDate.of(2025, 6, 30)));
        Standings s = Standings.of(H2, LocalDate.of(2025, 6, 30), List.of(new Standing(4, Verdict.MET)));
        assertEquals(null, s.lastDeadline());
        assertEquals(0, s.met());
        assertEquals(1, s.withoutVerdict());
    }

    @Test
    void aMunicipalitysStandingIsItsVerdictAtTheLastDeadlineAndNoneBeforeItsFiguresStart() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "t", "GM0141", H1, 10, 1));
        BacklogLedger ledger = new BacklogLedger("GM0141", entries);
        assertEquals(new Standing(10, Verdict.NOT_MET_EXCUSABLE, new JudgedTotal.Part(10, 10, false)),
                Standing.of(ledger, ProvinceVerdicts.NONE, H2, LocalDate.of(2025, 9, 1), 10));
        assertEquals(new Standing(10, null), Standing.of(ledger, ProvinceVerdicts.NONE, H1, LocalDate.of(2025, 3, 1), 10),
                "the deadline of 1 January 2025 lies before its first half-year");
    }

    @Test
    void theProvincesOwnVerdictCountsFromTheDayItWasDecidedAsItDoesForTheLadder() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "t", "GM0141", H1, 10, 1));
        BacklogLedger ledger = new BacklogLedger("GM0141", entries);
        ProvinceVerdicts harsher = ProvinceVerdicts.of(List.of(new ProvinceVerdict(UUID.randomUUID(), "GM0141", H1.deadline(),
                Verdict.NOT_MET, "geen inzet getoond", LocalDate.of(2025, 7, 20), "supervisor", java.time.Instant.now(), Verdict.NOT_MET_EXCUSABLE)));
        assertEquals(Verdict.NOT_MET, Standing.of(ledger, harsher, H2, LocalDate.of(2025, 9, 1), 10).verdictAtLastDeadline());
        assertEquals(Verdict.NOT_MET_EXCUSABLE, Standing.of(ledger, harsher, H2, LocalDate.of(2025, 7, 10), 10).verdictAtLastDeadline(),
                "before the province decided, the computed verdict counts");
    }

    /**
     * The province writes the positions judged at the deadline: COA's end position where it adopted it there. Two
     * municipalities of 10 to house in the first half-year, one housing all of them by the system's figures where COA
     * says 3 behind (adopted); the other 10 behind by both: the province stands at 13 judged, 10 by its own arithmetic.
     */
    @Test
    void theStandingsAddUpThePositionsJudgedAtTheLastDeadlineWithTheOwnArithmeticBeside() {
        BacklogLedger adopted = new BacklogLedger("GM0001", List.of(
                Entries.quota(UUID.randomUUID(), "t", "GM0001", H1, 10, 1),
                Entries.housed(UUID.randomUUID(), "t", "GM0001", LocalDate.of(2025, 5, 1), 10, "p1"),
                LedgerEntry.anchored(UUID.randomUUID(), "GM0001", H1.deadline(), 3, "stand TVS", "supervisor",
                        java.time.OffsetDateTime.parse("2025-07-10T10:00:00+02:00"))));
        BacklogLedger behind = new BacklogLedger("GM0002", List.of(Entries.quota(UUID.randomUUID(), "t", "GM0002", H1, 10, 1)));
        LocalDate september = LocalDate.of(2025, 9, 1);

        Standings s = Standings.of(H1, september, List.of(Standing.of(adopted, ProvinceVerdicts.NONE, H1, september, 0),
                Standing.of(behind, ProvinceVerdicts.NONE, H1, september, 10)));

        assertEquals(10, s.netBacklog(), "the half-year's figures added up");
        assertEquals(new JudgedTotal(H1.deadline(), 2, 13, 13, 10, 10, 3, 1), s.judgedAtLastDeadline());
        assertEquals(2, s.notMetExcusable(), "nobody coupled: excusable (R7)");
    }
}
