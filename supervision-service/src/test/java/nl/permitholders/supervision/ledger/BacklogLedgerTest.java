package nl.permitholders.supervision.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

class BacklogLedgerTest {

    private static final String ALMELO = "GM0141";
    private static final Period H1_2024 = Period.parse("2024-H1");
    private static final Period H2_2024 = Period.parse("2024-H2");
    private static final Period H1_2025 = Period.parse("2025-H1");
    private static final Period H2_2025 = Period.parse("2025-H2");

    /** Almelo's plan of approach of 27 March 2025, with the 83 housed in 2024 and 75 in 2025 spread over the year. */
    private static List<LedgerEntry> almelo() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.openingBalance(UUID.randomUUID(), "t", ALMELO, H1_2024, 52, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H1_2024, 78, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2024, 70, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H1_2025, 73, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2025, 75, 1));
        entries.add(housed(LocalDate.of(2024, 3, 14), 30));
        entries.add(housed(LocalDate.of(2024, 6, 30), 10));
        entries.add(housed(LocalDate.of(2024, 7, 1), 25));
        entries.add(housed(LocalDate.of(2024, 11, 20), 18));
        entries.add(housed(LocalDate.of(2025, 2, 3), 40));
        entries.add(housed(LocalDate.of(2025, 9, 9), 35));
        return entries;
    }

    private static LedgerEntry housed(LocalDate on, int persons) {
        return Entries.housed(UUID.randomUUID(), "t", ALMELO, on, persons, UUID.randomUUID().toString());
    }

    @Test
    void almeloCarriesABacklogOf117IntoTwentyTwentyFive() {
        PeriodFigures figures = new BacklogLedger(ALMELO, almelo()).figures(H2_2024, null);
        assertEquals(52 + 78 - 40, figures.carriedBacklog());
        assertEquals(70, figures.quota());
        assertEquals(160, figures.adjustedQuota());
        assertEquals(43, figures.housed());
        assertEquals(117, figures.backlog());
    }

    @Test
    void almeloEndsTwentyTwentyFiveWithABacklogOf190() {
        PeriodFigures figures = new BacklogLedger(ALMELO, almelo()).figures(H2_2025, null);
        assertEquals(117 + 73 - 40, figures.carriedBacklog());
        assertEquals(190, figures.backlog());
    }

    @Test
    void backlogAtTheEndOfAHalfYearIsCarriedInPlusQuotaMinusHoused() {
        PeriodFigures figures = new BacklogLedger(ALMELO, almelo()).figures(H1_2024, null);
        assertEquals(52, figures.carriedBacklog());
        assertEquals(130, figures.adjustedQuota());
        assertEquals(40, figures.housed());
        assertEquals(90, figures.backlog());
    }

    @Test
    void housingMoreLaterDoesNotFixAnEarlierHalfYear() {
        List<LedgerEntry> entries = almelo();
        entries.add(housed(LocalDate.of(2025, 5, 1), 100));
        assertEquals(90, new BacklogLedger(ALMELO, entries).figures(H1_2024, null).backlog());
    }

    @Test
    void anAdjustmentAfterTheFactMovesThatHalfYearAndEveryLaterOne() {
        List<LedgerEntry> entries = almelo();
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2024, 50, 2));
        BacklogLedger ledger = new BacklogLedger(ALMELO, entries);
        assertEquals(97, ledger.figures(H2_2024, null).backlog());
        assertEquals(170, ledger.figures(H2_2025, null).backlog());
    }

    @Test
    void theFiguresDoNotDependOnTheOrderInWhichFactsArrived() {
        List<LedgerEntry> entries = almelo();
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2024, 50, 2));
        PeriodFigures inOrder = new BacklogLedger(ALMELO, entries).figures(H2_2025, null);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(entries, random);
            assertEquals(inOrder, new BacklogLedger(ALMELO, entries).figures(H2_2025, null));
        }
    }

    @Test
    void asOfADatePersonsHousedLaterDoNotCountYet() {
        PeriodFigures figures = new BacklogLedger(ALMELO, almelo()).figures(H1_2024, LocalDate.of(2024, 6, 29));
        assertEquals(30, figures.housed());
        assertEquals(100, figures.backlog());
    }

    @Test
    void aMunicipalityAheadHasANegativeBacklogThatCarries() {
        List<LedgerEntry> entries = List.of(
                Entries.quota(UUID.randomUUID(), "t", ALMELO, H1_2024, 10, 1),
                housed(LocalDate.of(2024, 4, 1), 14),
                Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2024, 10, 1));
        BacklogLedger ledger = new BacklogLedger(ALMELO, entries);
        assertEquals(-4, ledger.figures(H1_2024, null).backlog());
        assertEquals(-4, ledger.figures(H2_2024, null).carriedBacklog());
        assertEquals(6, ledger.figures(H2_2024, null).backlog());
    }

    @Test
    void withoutAnOpeningBalanceTheChainStartsAtTheFirstQuotaWithNothingCarried() {
        List<LedgerEntry> entries = List.of(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2024, 20, 1));
        BacklogLedger ledger = new BacklogLedger(ALMELO, entries);
        assertEquals(0, ledger.figures(H1_2024, null).backlog());
        assertEquals(20, ledger.figures(H2_2024, null).backlog());
        assertEquals(20, ledger.figures(H1_2025, null).carriedBacklog());
    }

    @Test
    void placementsBeforeTheOpeningBalanceAreAlreadyInIt() {
        List<LedgerEntry> entries = new ArrayList<>(almelo());
        entries.add(housed(LocalDate.of(2023, 10, 1), 12));
        assertEquals(117, new BacklogLedger(ALMELO, entries).figures(H2_2024, null).backlog());
    }

    @Test
    void anExchangeMovesTheAdjustedQuotaAndCarries() {
        List<LedgerEntry> entries = almelo();
        entries.add(Entries.exchange(UUID.randomUUID(), "t", ALMELO, H2_2024, -10, "x1"));
        BacklogLedger ledger = new BacklogLedger(ALMELO, entries);
        PeriodFigures figures = ledger.figures(H2_2024, null);
        assertEquals(-10, figures.exchanges());
        assertEquals(150, figures.adjustedQuota());
        assertEquals(107, figures.backlog());
        assertEquals(180, ledger.figures(H2_2025, null).backlog());
    }

    @Test
    void aRevokedPlacementStopsCountingInItsOwnHalfYearAndAfter() {
        List<LedgerEntry> entries = almelo();
        LedgerEntry wrong = housed(LocalDate.of(2024, 11, 21), 6);
        entries.add(wrong);
        BacklogLedger before = new BacklogLedger(ALMELO, entries);
        assertEquals(111, before.figures(H2_2024, null).backlog());
        entries.add(Entries.revoked(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 1, 10), 6, wrong.reference()));
        BacklogLedger after = new BacklogLedger(ALMELO, entries);
        assertEquals(117, after.figures(H2_2024, null).backlog());
        assertEquals(190, after.figures(H2_2025, null).backlog());
        assertEquals(5, after.entriesOf(H2_2024).size(), "the revocation is listed where it changes the figures");
    }

    @Test
    void familyMembersCountOnTheirArrivalDate() {
        List<LedgerEntry> entries = almelo();
        entries.add(Entries.reunified(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 1, 6), 3, "r1"));
        BacklogLedger ledger = new BacklogLedger(ALMELO, entries);
        assertEquals(117, ledger.figures(H2_2024, null).backlog());
        assertEquals(43, ledger.figures(H1_2025, null).housed());
        assertEquals(187, ledger.figures(H2_2025, null).backlog());
    }

    @Test
    void aMunicipalityFormedByAMergerCarriesTheBacklogItTookOver() {
        List<LedgerEntry> entries = List.of(Entries.quota(UUID.randomUUID(), "t", "GM1999", H1_2025, 20, 1),
                Entries.housed(UUID.randomUUID(), "t", "GM1999", LocalDate.of(2025, 4, 1), 5, "p"));
        BacklogLedger ledger = new BacklogLedger("GM1999", entries, java.util.Optional.of(new MergerTakeOver(H1_2025, 117)));
        PeriodFigures figures = ledger.figures(H1_2025, null);
        assertEquals(117, figures.carriedBacklog());
        assertEquals(132, figures.backlog());
        assertEquals(0, ledger.figures(H2_2024, null).backlog(), "before the merger it did not exist");
    }

    @Test
    void allocationsReportedByCorporationsAreShownButOnlyPlacementsCountAsHoused() {
        List<LedgerEntry> entries = almelo();
        entries.add(Entries.allocated(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2024, 8, 1), 4, "a1"));
        BacklogLedger ledger = new BacklogLedger(ALMELO, entries);
        assertEquals(4, ledger.allocatedToPermitHolders(H2_2024, null));
        assertEquals(0, ledger.allocatedToPermitHolders(H2_2024, LocalDate.of(2024, 7, 31)));
        assertEquals(117, ledger.figures(H2_2024, null).backlog());
    }

    @Test
    void theLedgerOfAHalfYearListsItsQuotaVersionsAndPlacements() {
        List<LedgerEntry> entries = almelo();
        assertEquals(3, new BacklogLedger(ALMELO, entries).entriesOf(H2_2024).size());
    }

    @Test
    void entriesAlikeInKindAndDateAreExplainedInTheSameOrderHoweverTheyWereRead() {
        LocalDate sameDay = LocalDate.of(2024, 9, 2);
        List<LedgerEntry> entries = almelo();
        entries.add(housed(sameDay, 4));
        entries.add(housed(sameDay, 2));
        entries.add(housed(sameDay, 7));
        List<LedgerEntry> reversed = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(reversed);
        assertEquals(new BacklogLedger(ALMELO, entries).entriesOf(H2_2024), new BacklogLedger(ALMELO, reversed).entriesOf(H2_2024));
    }
}
