package nl.permitholders.supervision.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/** R3: a municipality formed by a merger carries in the backlog its merged municipalities had at the end of the half-year before. */
class MergerTakeOverTest {

    private static final Period H2_2026 = Period.parse("2026-H2");
    private static final Period H1_2027 = Period.parse("2027-H1");

    @Test
    void theNewMunicipalityTakesOverTheBacklogsAtTheEndOfTheHalfYearBeforeTheMerger() {
        BacklogLedger behind = ledger("GM0001", quota("GM0001", H2_2026, 30), housed("GM0001", LocalDate.of(2026, 9, 1), 10));
        BacklogLedger alsoBehind = ledger("GM0002", quota("GM0002", H2_2026, 25));

        MergerTakeOver takeOver = MergerTakeOver.of(H1_2027, List.of(behind, alsoBehind));

        assertThat(takeOver.period()).isEqualTo(H1_2027);
        assertThat(takeOver.backlog()).isEqualTo(20 + 25);
    }

    @Test
    void aMergedMunicipalityAheadMakesUpForAnotherBehind() {
        BacklogLedger ahead = ledger("GM0001", quota("GM0001", H2_2026, 5), housed("GM0001", LocalDate.of(2026, 8, 1), 12));
        BacklogLedger behind = ledger("GM0002", quota("GM0002", H2_2026, 10));

        assertThat(MergerTakeOver.of(H1_2027, List.of(ahead, behind)).backlog()).isEqualTo(-7 + 10);
    }

    @Test
    void personsHousedFromTheMergerOnDoNotCountInWhatIsTakenOver() {
        BacklogLedger merged = ledger("GM0001", quota("GM0001", H2_2026, 30), housed("GM0001", LocalDate.of(2027, 1, 15), 30));

        assertThat(MergerTakeOver.of(H1_2027, List.of(merged)).backlog()).isEqualTo(30);
    }

    @Test
    void theNewMunicipalitysChainStartsAtTheMergerWithTheBacklogTakenOver() {
        MergerTakeOver takeOver = MergerTakeOver.of(H1_2027, List.of(ledger("GM0001", quota("GM0001", H2_2026, 40))));
        BacklogLedger formed = new BacklogLedger("GM0003", List.of(quota("GM0003", H1_2027, 20)), Optional.of(takeOver));

        assertThat(formed.start()).contains(H1_2027);
        PeriodFigures figures = formed.figures(H1_2027, null);
        assertThat(figures.carriedBacklog()).isEqualTo(40);
        assertThat(figures.backlog()).isEqualTo(40 + 20);
    }

    private static BacklogLedger ledger(String code, LedgerEntry... entries) {
        return new BacklogLedger(code, List.of(entries));
    }

    private static LedgerEntry quota(String code, Period period, int persons) {
        return LedgerEntry.quota(UUID.randomUUID(), "t", code, period, persons, 1);
    }

    private static LedgerEntry housed(String code, LocalDate on, int persons) {
        return LedgerEntry.housed(UUID.randomUUID(), "t", code, on, persons, UUID.randomUUID().toString());
    }
}
