package nl.permitholders.supervision.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md, re-anchoring: province staff adopt COA's position at a deadline; from that deadline the backlog is
 * COA's position and later facts count from there; earlier half-years keep their figures.
 */
class ReAnchoringTest {

    private static final String ALMELO = "GM0141";
    private static final Period H1_2024 = Period.parse("2024-H1");
    private static final Period H2_2024 = Period.parse("2024-H2");
    private static final Period H1_2025 = Period.parse("2025-H1");
    private static final Period H2_2025 = Period.parse("2025-H2");
    private static final LocalDate FIRST_JANUARY_2025 = LocalDate.of(2025, 1, 1);
    private static final OffsetDateTime MORNING = OffsetDateTime.of(2025, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    /** Almelo as its plan of approach has it: 52 behind at the start of 2024, 117 behind at the end of 2024. */
    private static List<LedgerEntry> almelo() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.openingBalance(UUID.randomUUID(), "t", ALMELO, H1_2024, 52, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H1_2024, 78, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2024, 70, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H1_2025, 73, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2025, 75, 1));
        entries.add(housed(LocalDate.of(2024, 3, 14), 40));
        entries.add(housed(LocalDate.of(2024, 11, 20), 43));
        entries.add(housed(LocalDate.of(2025, 2, 3), 40));
        return entries;
    }

    private static LedgerEntry housed(LocalDate on, int persons) {
        return Entries.housed(UUID.randomUUID(), "t", ALMELO, on, persons, UUID.randomUUID().toString());
    }

    private static LedgerEntry adopted(LocalDate deadline, int coasPosition, OffsetDateTime decidedAt) {
        return LedgerEntry.anchored(UUID.randomUUID(), ALMELO, deadline, coasPosition, "stand COA overgenomen", "provincie", decidedAt);
    }

    private static BacklogLedger with(LedgerEntry... adoptions) {
        List<LedgerEntry> entries = almelo();
        entries.addAll(List.of(adoptions));
        return new BacklogLedger(ALMELO, entries);
    }

    @Test
    void withoutAnAdoptionTheSystemsOwnFiguresStand() {
        assertEquals(117, with().figures(H2_2024, null).backlog());
        assertEquals(117, with().figures(H1_2025, null).carriedBacklog());
    }

    @Test
    void fromTheDeadlineTheBacklogCarriedInIsCoasPosition() {
        PeriodFigures figures = with(adopted(FIRST_JANUARY_2025, 125, MORNING)).figures(H1_2025, null);
        assertEquals(125, figures.carriedBacklog());
        assertEquals(125 + 73, figures.adjustedQuota());
        assertEquals(125 + 73 - 40, figures.backlog());
    }

    @Test
    void laterFactsCountFromThere() {
        PeriodFigures figures = with(adopted(FIRST_JANUARY_2025, 125, MORNING)).figures(H2_2025, null);
        assertEquals(125 + 73 - 40, figures.carriedBacklog());
        assertEquals(125 + 73 - 40 + 75, figures.backlog());
    }

    @Test
    void halfYearsBeforeTheDeadlineKeepTheirFigures() {
        BacklogLedger ledger = with(adopted(FIRST_JANUARY_2025, 125, MORNING));
        assertEquals(52 + 78 - 40, ledger.figures(H2_2024, null).carriedBacklog());
        assertEquals(117, ledger.figures(H2_2024, null).backlog());
    }

    @Test
    void aLeadIsAdoptedAsANegativePosition() {
        PeriodFigures figures = with(adopted(FIRST_JANUARY_2025, -10, MORNING)).figures(H1_2025, null);
        assertEquals(-10, figures.carriedBacklog());
        assertEquals(-10 + 73 - 40, figures.backlog());
    }

    @Test
    void ofTwoAdoptionsAtOneDeadlineTheLaterDecisionStands() {
        BacklogLedger ledger = with(adopted(FIRST_JANUARY_2025, 100, MORNING.plusDays(1)), adopted(FIRST_JANUARY_2025, 125, MORNING));
        assertEquals(100, ledger.figures(H1_2025, null).carriedBacklog());
    }

    @Test
    void anAdoptionAtALaterDeadlineTakesOverFromAnEarlierOne() {
        BacklogLedger ledger = with(adopted(FIRST_JANUARY_2025, 125, MORNING), adopted(LocalDate.of(2025, 7, 1), 150, MORNING));
        assertEquals(125 + 73 - 40, ledger.figures(H1_2025, null).backlog());
        assertEquals(150, ledger.figures(H2_2025, null).carriedBacklog());
    }

    @Test
    void anAdoptionAtTheOpeningBalancesHalfYearTakesItsPlace() {
        assertEquals(60, with(adopted(LocalDate.of(2024, 1, 1), 60, MORNING)).figures(H1_2024, null).carriedBacklog());
    }

    @Test
    void anOpeningBalanceAfterTheAdoptionsDeadlineStartsTheChainAgain() {
        BacklogLedger ledger = with(adopted(LocalDate.of(2023, 7, 1), 999, MORNING));
        assertEquals(52, ledger.figures(H1_2024, null).carriedBacklog());
        assertEquals(117, ledger.figures(H2_2024, null).backlog());
    }

    @Test
    void theAdoptionIsPartOfTheExplanationOfTheHalfYearItStarts() {
        BacklogLedger ledger = with(adopted(FIRST_JANUARY_2025, 125, MORNING));
        assertTrue(ledger.entriesOf(H1_2025).stream().anyMatch(e -> e.kind() == EntryKind.ANCHORED && e.persons() == 125
                && e.details(Details.Decision.class).orElseThrow().reason().equals("stand COA overgenomen")
                && e.details(Details.Decision.class).orElseThrow().author().equals("provincie")));
        assertTrue(ledger.entriesOf(H2_2024).stream().noneMatch(e -> e.kind() == EntryKind.ANCHORED));
    }
}
