package nl.permitholders.supervision.verdict;

import nl.permitholders.supervision.ledger.CancellationReason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;

/**
 * Which new facts can move a verdict already given (R6, R7): those of a half-year whose deadline has passed, and
 * corrections, revocations and opening balances of any date. Each case is checked against the judge itself: a fact said
 * not to matter leaves every closed verdict as it was.
 */
class VerdictRelevanceTest {

    private static final String TOWN = "GM0147";
    private static final Period CLOSED = Period.parse("2025-H2");
    private static final Period RUNNING = Period.parse("2026-H1");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate IN_CLOSED = LocalDate.of(2025, 9, 15);
    private static final LocalDate IN_RUNNING = LocalDate.of(2026, 2, 2);

    /** A municipality behind at the end of 2025: quota 20 in 2025-H2, 12 coupled by 1 October and 8 housed. */
    private static List<LedgerEntry> history() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(id(), "t", TOWN, CLOSED, 20, 1));
        entries.add(Entries.coupled(id(), "t", TOWN, LocalDate.of(2025, 8, 1), 12, "c1", "FAMILY"));
        entries.add(Entries.housed(id(), "t", TOWN, LocalDate.of(2025, 9, 1), 8, "p1", "c1", "REGULAR", false));
        entries.add(Entries.quota(id(), "t", TOWN, RUNNING, 30, 1));
        return entries;
    }

    @Test
    void factsOfTheRunningHalfYearLeaveTheVerdictsGivenAsTheyWere() {
        List<LedgerEntry> running = List.of(
                Entries.housed(id(), "t", TOWN, IN_RUNNING, 4, "p2", "c1", "REGULAR", false),
                Entries.coupled(id(), "t", TOWN, IN_RUNNING, 5, "c2", "SINGLE"),
                Entries.reunified(id(), "t", TOWN, IN_RUNNING, 2, "r1"),
                Entries.cancelled(id(), "t", TOWN, IN_RUNNING, 4, "c1", CancellationReason.WITHDRAWN),
                Entries.quota(id(), "t", TOWN, RUNNING, 35, 2),
                Entries.exchange(id(), "t", TOWN, RUNNING, -3, "x1"),
                Entries.allocated(id(), "t", TOWN, IN_CLOSED, 3, "a1"),
                Entries.movedOn(id(), "t", TOWN, IN_CLOSED, 8, "p1"),
                Entries.unitLocated(id(), "t", TOWN, "u1"));
        for (LedgerEntry fact : running) {
            assertFalse(VerdictRelevance.canMoveClosedVerdicts(fact, TODAY), fact.kind() + " of the running half-year");
            assertEquals(closedVerdicts(history()), closedVerdicts(with(history(), fact)), fact.kind() + " moved a closed verdict");
        }
    }

    @Test
    void aLateRegistrationInAClosedHalfYearIsJudgedAgain() {
        LedgerEntry late = Entries.housed(id(), "t", TOWN, IN_CLOSED, 4, "p2", "c1", "REGULAR", false);
        assertTrue(VerdictRelevance.canMoveClosedVerdicts(late, TODAY));
        assertNotEquals(closedVerdicts(history()), closedVerdicts(with(history(), late)));
    }

    @Test
    void anAdjustedQuotaOfAClosedHalfYearIsJudgedAgain() {
        LedgerEntry adjusted = Entries.quota(id(), "t", TOWN, CLOSED, 8, 2);
        assertTrue(VerdictRelevance.canMoveClosedVerdicts(adjusted, TODAY));
        assertNotEquals(closedVerdicts(history()), closedVerdicts(with(history(), adjusted)));
    }

    @Test
    void revocationsCorrectionsAndOpeningBalancesAreAlwaysJudgedAgain() {
        // Dated today, each changes a fact of any date: the revoked placement of September no longer counts.
        LedgerEntry revoked = Entries.revoked(id(), "t", TOWN, IN_RUNNING, 8, "p1");
        assertTrue(VerdictRelevance.canMoveClosedVerdicts(revoked, TODAY));
        assertNotEquals(closedVerdicts(history()), closedVerdicts(with(history(), revoked)));
        assertTrue(VerdictRelevance.canMoveClosedVerdicts(
                Entries.couplingCorrected(id(), "t", TOWN, IN_CLOSED, 20, "c1", "FAMILY", null), TODAY));
        assertTrue(VerdictRelevance.canMoveClosedVerdicts(Entries.openingBalance(id(), "t", TOWN, RUNNING, 50, 1), TODAY));
    }

    @Test
    void onTheDayOfADeadlineTheHalfYearJustEndedIsClosed() {
        LedgerEntry lastDay = Entries.housed(id(), "t", TOWN, LocalDate.of(2025, 12, 31), 1, "p3");
        assertTrue(VerdictRelevance.canMoveClosedVerdicts(lastDay, LocalDate.of(2026, 1, 1)));
        assertFalse(VerdictRelevance.canMoveClosedVerdicts(lastDay, LocalDate.of(2025, 12, 31)));
    }

    private static List<DeadlineJudge.Judgement> closedVerdicts(List<LedgerEntry> entries) {
        return DeadlineJudge.judgeClosed(new BacklogLedger(TOWN, entries), TODAY);
    }

    private static List<LedgerEntry> with(List<LedgerEntry> entries, LedgerEntry fact) {
        List<LedgerEntry> more = new ArrayList<>(entries);
        more.add(fact);
        return more;
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
