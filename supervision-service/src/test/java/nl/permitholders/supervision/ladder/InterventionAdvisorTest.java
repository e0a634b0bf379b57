package nl.permitholders.supervision.ladder;

import static nl.permitholders.supervision.ladder.AdviceReason.BACKLOG_GREW_AT_LAST_FOUR;
import static nl.permitholders.supervision.ladder.AdviceReason.LAST_DEADLINE_MET;
import static nl.permitholders.supervision.ladder.AdviceReason.LAST_SHORTFALL_EXCUSABLE;
import static nl.permitholders.supervision.ladder.AdviceReason.NOT_MET_AT_LAST;
import static nl.permitholders.supervision.ladder.AdviceReason.NOT_MET_AT_LAST_THREE_OR_MORE;
import static nl.permitholders.supervision.ladder.AdviceReason.NOT_MET_AT_LAST_TWO;
import static nl.permitholders.supervision.ladder.AdviceReason.NO_DEADLINE_PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Advice;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Deadline;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md, the intervention ladder: the system advises, province staff decide. Every case starts from a
 * municipality's facts and is judged as production judges them (R4, R7), so the deadlines are ones that can occur.
 */
class InterventionAdvisorTest {

    private static final String TOWN = "GM0141";

    /** The advice rests on no deadline that opened a chain. */
    private static final Optional<Deadline> NO_OPENING = Optional.empty();

    /** Almelo joined the system 52 behind on 1 January 2024: the deadline that opened its chain. */
    private static final Optional<Deadline> ALMELO_JOINED = Optional.of(Deadline.openedChainBehind(LocalDate.of(2024, 1, 1), 52));

    private final List<LedgerEntry> facts = new ArrayList<>();

    private void joinedWithABacklogOf(String period, int backlog) {
        facts.add(Entries.openingBalance(UUID.randomUUID(), "t", TOWN, Period.parse(period), backlog, 1));
    }

    private void quota(String period, int persons) {
        facts.add(Entries.quota(UUID.randomUUID(), "t", TOWN, Period.parse(period), persons, 1));
    }

    /** A household COA coupled three weeks before, housed whole. */
    private void housed(LocalDate on, int persons) {
        String coupling = coupled(on.minusWeeks(3), persons);
        facts.add(Entries.housed(UUID.randomUUID(), "t", TOWN, on, persons, coupling));
    }

    /** Persons COA coupled to the municipality that it has not housed: what it falls short by is not excusable. */
    private String coupled(LocalDate on, int persons) {
        String coupling = UUID.randomUUID().toString();
        facts.add(Entries.coupled(UUID.randomUUID(), "t", TOWN, on, persons, coupling, "FAMILY"));
        return coupling;
    }

    private void withdrawn(String coupling, LocalDate on, int persons) {
        facts.add(Entries.cancelled(UUID.randomUUID(), "t", TOWN, on, persons, coupling, CancellationReason.WITHDRAWN));
    }

    private List<Deadline> deadlinesOn(LocalDate date) {
        BacklogLedger ledger = new BacklogLedger(TOWN, facts);
        return InterventionAdvisor.deadlines(ledger.openingBalance(), DeadlineJudge.judgeClosed(ledger, date), date);
    }

    private Advice adviceOn(LocalDate date) {
        return InterventionAdvisor.advise(deadlinesOn(date));
    }

    /**
     * Almelo's plan of approach (27 March 2025): 52 behind when it joined on 1 January 2024; quotas 78, 70, 73, 75;
     * 40 + 43 housed in 2024 and 38 + 37 in 2025; about 50 coupled permit holders waiting in asylum centres.
     */
    private void almelo() {
        joinedWithABacklogOf("2024-H1", 52);
        quota("2024-H1", 78);
        quota("2024-H2", 70);
        quota("2025-H1", 73);
        quota("2025-H2", 75);
        coupled(LocalDate.of(2023, 12, 4), 50);
        housed(LocalDate.of(2024, 3, 11), 40);
        housed(LocalDate.of(2024, 9, 2), 43);
        housed(LocalDate.of(2025, 3, 3), 38);
        housed(LocalDate.of(2025, 8, 4), 37);
    }

    @Test
    void almeloBehindByAGrowingBacklogAtEveryDeadlineFromTheOneThatOpenedItsChainIsToBeAnnouncedSubstitution() {
        almelo();
        List<Deadline> deadlines = deadlinesOn(LocalDate.of(2026, 1, 2));
        assertThat(deadlines).extracting(Deadline::date).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1));
        assertThat(deadlines).extracting(Deadline::backlog).containsExactly(52, 90, 117, 152, 190);
        assertThat(deadlines).extracting(Deadline::verdict).containsOnly(Verdict.NOT_MET);

        Advice advice = adviceOn(LocalDate.of(2026, 1, 2));
        assertEquals(new Advice(Stage.SUBSTITUTION_ANNOUNCED, BACKLOG_GREW_AT_LAST_FOUR, 5, ALMELO_JOINED), advice);
        assertEquals("the backlog grew at each of the last four deadlines; counting the deadline that opened the chain, "
                + "2024-01-01, behind by the opening balance of 52", advice.reason());
    }

    @Test
    void theLadderAskedAsOfADateStandsOnThatDateButNeverOnOneStillToCome() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        assertEquals(LocalDate.of(2026, 1, 2), InterventionAdvisor.standsOn(LocalDate.of(2026, 1, 2), today));
        assertEquals(today, InterventionAdvisor.standsOn(null, today));
        assertEquals(today, InterventionAdvisor.standsOn(LocalDate.of(2027, 1, 2), today));
    }

    @Test
    void theDeadlineThatOpenedTheChainBehindCountsAsNotMetFromTheDayItPassed() {
        almelo();
        assertEquals(new Advice(Stage.NONE, NO_DEADLINE_PASSED, 0, NO_OPENING), adviceOn(LocalDate.of(2023, 12, 31)));
        assertEquals(new Advice(Stage.SIGNAL, NOT_MET_AT_LAST, 1, ALMELO_JOINED), adviceOn(LocalDate.of(2024, 1, 1)));
        assertEquals(new Advice(Stage.OFFICIAL_TALK, NOT_MET_AT_LAST_TWO, 2, ALMELO_JOINED), adviceOn(LocalDate.of(2024, 7, 1)));
        assertEquals(new Advice(Stage.ADMINISTRATIVE_AGREEMENTS, NOT_MET_AT_LAST_THREE_OR_MORE, 4, ALMELO_JOINED),
                adviceOn(LocalDate.of(2025, 7, 2)));
        assertEquals("not met at the last 4 deadlines in a row; counting the deadline that opened the chain, 2024-01-01, behind "
                + "by the opening balance of 52", adviceOn(LocalDate.of(2025, 7, 2)).reason());
    }

    @Test
    void anOpeningBalanceOfZeroOrALeadDoesNotCountAgainstTheMunicipality() {
        joinedWithABacklogOf("2025-H1", 0);
        quota("2025-H1", 10);
        coupled(LocalDate.of(2025, 2, 3), 10);
        assertEquals(new Advice(Stage.NONE, NO_DEADLINE_PASSED, 0, NO_OPENING), adviceOn(LocalDate.of(2025, 6, 30)));
        assertEquals(new Advice(Stage.SIGNAL, NOT_MET_AT_LAST, 1, NO_OPENING), adviceOn(LocalDate.of(2025, 7, 2)));

        facts.clear();
        joinedWithABacklogOf("2025-H1", -4);
        quota("2025-H1", 10);
        coupled(LocalDate.of(2025, 2, 3), 10);
        assertThat(deadlinesOn(LocalDate.of(2025, 7, 2))).extracting(Deadline::backlog).containsExactly(6);
        assertEquals(new Advice(Stage.SIGNAL, NOT_MET_AT_LAST, 1, NO_OPENING), adviceOn(LocalDate.of(2025, 7, 2)));
    }

    @Test
    void aRunThatNoLongerReachesBackToTheDeadlineThatOpenedTheChainDoesNotNameIt() {
        joinedWithABacklogOf("2025-H1", 12);
        quota("2025-H1", 10);
        housed(LocalDate.of(2025, 3, 3), 22);
        quota("2025-H2", 10);
        coupled(LocalDate.of(2025, 8, 4), 10);
        assertThat(deadlinesOn(LocalDate.of(2026, 1, 2))).extracting(Deadline::verdict)
                .containsExactly(Verdict.NOT_MET, Verdict.MET, Verdict.NOT_MET);
        assertEquals(new Advice(Stage.SIGNAL, NOT_MET_AT_LAST, 1, NO_OPENING), adviceOn(LocalDate.of(2026, 1, 2)));
    }

    @Test
    void notMetAtOneDeadlineIsASignal() {
        quota("2024-H2", 10);
        housed(LocalDate.of(2024, 10, 7), 10);
        quota("2025-H1", 10);
        coupled(LocalDate.of(2025, 2, 3), 10);
        assertEquals(new Advice(Stage.NONE, LAST_DEADLINE_MET, 0, NO_OPENING), adviceOn(LocalDate.of(2025, 6, 30)));
        assertEquals(new Advice(Stage.SIGNAL, NOT_MET_AT_LAST, 1, NO_OPENING), adviceOn(LocalDate.of(2025, 7, 1)));
    }

    @Test
    void twoInARowCallForAnOfficialTalkAndThreeForAdministrativeAgreements() {
        quota("2024-H2", 20);
        coupled(LocalDate.of(2024, 7, 8), 25);
        housed(LocalDate.of(2024, 11, 4), 5);
        quota("2025-H1", 10);
        housed(LocalDate.of(2025, 5, 5), 15);
        quota("2025-H2", 10);
        assertThat(deadlinesOn(LocalDate.of(2026, 1, 2))).extracting(Deadline::backlog).containsExactly(15, 10, 20);
        assertEquals(new Advice(Stage.OFFICIAL_TALK, NOT_MET_AT_LAST_TWO, 2, NO_OPENING), adviceOn(LocalDate.of(2025, 7, 2)));
        assertEquals(new Advice(Stage.ADMINISTRATIVE_AGREEMENTS, NOT_MET_AT_LAST_THREE_OR_MORE, 3, NO_OPENING),
                adviceOn(LocalDate.of(2026, 1, 2)));
        assertEquals("not met at the last 3 deadlines in a row", adviceOn(LocalDate.of(2026, 1, 2)).reason());
    }

    @Test
    void excusableShortfallsDoNotEscalateAndBreakARun() {
        quota("2024-H2", 10);
        String waiting = coupled(LocalDate.of(2024, 8, 5), 10);
        // COA withdraws the coupling and couples nobody until the summer: the municipality cannot house anyone.
        withdrawn(waiting, LocalDate.of(2025, 1, 13), 10);
        quota("2025-H1", 20);
        quota("2025-H2", 10);
        coupled(LocalDate.of(2025, 7, 14), 40);
        assertThat(deadlinesOn(LocalDate.of(2026, 1, 2))).extracting(Deadline::verdict)
                .containsExactly(Verdict.NOT_MET, Verdict.NOT_MET_EXCUSABLE, Verdict.NOT_MET);
        assertEquals(new Advice(Stage.NONE, LAST_SHORTFALL_EXCUSABLE, 0, NO_OPENING), adviceOn(LocalDate.of(2025, 7, 2)));
        assertEquals(new Advice(Stage.SIGNAL, NOT_MET_AT_LAST, 1, NO_OPENING), adviceOn(LocalDate.of(2026, 1, 2)));
    }

    @Test
    void aVerdictThatContradictsTheBacklogAtItsDeadlineCannotBeGiven() {
        LocalDate deadline = LocalDate.of(2025, 7, 1);
        assertThrows(IllegalArgumentException.class, () -> new Deadline(deadline, Verdict.MET, 20, false));
        assertThrows(IllegalArgumentException.class, () -> new Deadline(deadline, Verdict.NOT_MET, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new Deadline(deadline, Verdict.NOT_MET_EXCUSABLE, -3, false));
    }
}
