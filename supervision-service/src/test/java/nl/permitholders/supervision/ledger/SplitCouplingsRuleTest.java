package nl.permitholders.supervision.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R3, splits: from the split's date the split municipality answers for none of its couplings; a coupling COA divided
 * counts for the receiver it named from the day it named it, one not yet divided is te verdelen: shown to every
 * receiver, counted for none.
 * Haaren (GM0788) over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021; shares and couplings illustrative.
 */
class SplitCouplingsRuleTest {

    private static final String HAAREN = "GM0788";
    private static final String BOXTEL = "GM0757";
    private static final String OISTERWIJK = "GM0824";
    private static final String TILBURG = "GM0855";
    private static final String VUGHT = "GM0865";
    private static final LocalDate SPLIT = LocalDate.of(2021, 1, 1);
    private static final LocalDate BEFORE = LocalDate.of(2020, 12, 31);
    private static final LocalDate AFTER = LocalDate.of(2021, 2, 1);

    private final List<LedgerEntry> haaren = new ArrayList<>();
    private int clock;

    private static Map<String, Long> shares() {
        Map<String, Long> shares = new LinkedHashMap<>();
        shares.put(BOXTEL, 4_000L);
        shares.put(OISTERWIJK, 5_500L);
        shares.put(TILBURG, 1_500L);
        shares.put(VUGHT, 3_000L);
        return shares;
    }

    private LedgerEntry at(LedgerEntry entry) {
        return entry.at(OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(clock++));
    }

    private String coupling(int persons, LocalDate on) {
        String id = UUID.randomUUID().toString();
        haaren.add(at(Entries.coupled(UUID.randomUUID(), "t", HAAREN, on, persons, id, "FAMILY")));
        return id;
    }

    private void divide(String coupling, String receiver) {
        haaren.add(at(Entries.divided(UUID.randomUUID(), "t", HAAREN, coupling, receiver)));
    }

    /** COA names the receiver on {@code on}, as placement-service publishes it. */
    private void divideOn(String coupling, String receiver, LocalDate on) {
        haaren.add(at(Entries.divided(UUID.randomUUID(), "t", HAAREN, coupling, receiver, on)));
    }

    private void house(String coupling, int persons, LocalDate on) {
        haaren.add(at(Entries.housed(UUID.randomUUID(), "t", HAAREN, on, persons, UUID.randomUUID().toString(), coupling, null, null)));
    }

    /** Haaren's ledger as supervision reads it: split over the four on 1 January 2021. */
    private BacklogLedger haaren() {
        return new BacklogLedger(HAAREN, haaren).splitOn(SPLIT);
    }

    /** A receiver's ledger as supervision reads it: its own facts (none here), its part of Haaren's. */
    private BacklogLedger receiver(String code) {
        return new BacklogLedger(code, SplitCouplingsRule.countedFor(code, haaren, SPLIT))
                .withTakeOvers(SplitBacklogRule.partsFor(code, SPLIT, haaren(), shares()))
                .receiving(List.of(new BacklogLedger.Received(HAAREN, "Haaren", SPLIT, haaren)));
    }

    @Test
    void beforeTheSplitHaarensCouplingsAreItsOwn() {
        coupling(3, LocalDate.of(2020, 9, 1));
        assertEquals(3, haaren().coupledUnhousedPersons(BEFORE));
        assertEquals(1, haaren().waitingCouplings(BEFORE).size());
        assertEquals(1, haaren().overdueCouplings(BEFORE).couplings());
        assertEquals(0, receiver(VUGHT).coupledUnhousedPersons(BEFORE));
        assertEquals(List.of(), receiver(VUGHT).toBeDivided(BEFORE));
    }

    @Test
    void fromTheSplitDateHaarenAnswersForNoneOfItsCouplings() {
        String divided = coupling(3, LocalDate.of(2020, 9, 1));
        coupling(4, LocalDate.of(2020, 12, 1));
        divide(divided, OISTERWIJK);
        assertEquals(0, haaren().coupledUnhousedPersons(SPLIT));
        assertEquals(List.of(), haaren().waitingCouplings(AFTER));
        assertEquals(0, haaren().overdueCouplings(AFTER).couplings());
    }

    @Test
    void aCouplingCoaDividedCountsForTheReceiverItNamed() {
        String divided = coupling(3, LocalDate.of(2020, 9, 1));
        divide(divided, OISTERWIJK);
        BacklogLedger oisterwijk = receiver(OISTERWIJK);
        assertEquals(3, oisterwijk.coupledUnhousedPersons(AFTER));
        assertEquals(List.of(divided), oisterwijk.waitingCouplings(AFTER).stream().map(Couplings.Waiting::couplingId).toList());
        assertEquals(new Couplings.Overdue(1, 3), oisterwijk.overdueCouplings(AFTER));
        assertEquals(0, receiver(BOXTEL).coupledUnhousedPersons(AFTER));
        assertEquals(List.of(), oisterwijk.toBeDivided(AFTER));
    }

    @Test
    void aCouplingNotYetDividedIsToBeDividedForEveryReceiverAndCountsForNone() {
        coupling(4, LocalDate.of(2020, 12, 1));
        for (String code : shares().keySet()) {
            BacklogLedger receiver = receiver(code);
            assertEquals(0, receiver.coupledUnhousedPersons(AFTER));
            assertEquals(List.of(), receiver.waitingCouplings(AFTER));
            assertEquals(List.of(new SplitCouplingsRule.ToBeDivided(HAAREN, 1, 4, 0)), receiver.toBeDivided(AFTER));
        }
    }

    @Test
    void aCouplingCountsForItsReceiverFromTheDayCoaNamedItAndIsToBeDividedBefore() {
        String divided = coupling(3, LocalDate.of(2020, 12, 1));
        divideOn(divided, OISTERWIJK, LocalDate.of(2021, 2, 15));
        assertEquals(0, receiver(OISTERWIJK).coupledUnhousedPersons(LocalDate.of(2021, 2, 14)));
        assertEquals(List.of(new SplitCouplingsRule.ToBeDivided(HAAREN, 1, 3, 0)), receiver(OISTERWIJK).toBeDivided(LocalDate.of(2021, 2, 14)));
        assertEquals(List.of(new SplitCouplingsRule.ToBeDivided(HAAREN, 1, 3, 0)), receiver(BOXTEL).toBeDivided(LocalDate.of(2021, 2, 14)));
        assertEquals(3, receiver(OISTERWIJK).coupledUnhousedPersons(LocalDate.of(2021, 2, 15)));
        assertEquals(List.of(), receiver(OISTERWIJK).toBeDivided(LocalDate.of(2021, 2, 15)));
        assertEquals(List.of(), receiver(BOXTEL).toBeDivided(LocalDate.of(2021, 2, 15)));
        assertEquals(0, haaren().coupledUnhousedPersons(LocalDate.of(2021, 2, 14)));
    }

    @Test
    void aReceiverNamedAgainLaterTakesTheCouplingFromThatDayAndTheFirstHoldsItUntilThen() {
        String divided = coupling(3, LocalDate.of(2020, 12, 1));
        divideOn(divided, OISTERWIJK, LocalDate.of(2021, 2, 1));
        divideOn(divided, TILBURG, LocalDate.of(2021, 3, 1));
        LocalDate between = LocalDate.of(2021, 2, 15);
        LocalDate later = LocalDate.of(2021, 3, 15);
        assertEquals(3, receiver(OISTERWIJK).coupledUnhousedPersons(between));
        assertEquals(0, receiver(TILBURG).coupledUnhousedPersons(between));
        assertEquals(0, receiver(OISTERWIJK).coupledUnhousedPersons(later));
        assertEquals(3, receiver(TILBURG).coupledUnhousedPersons(later));
        assertEquals(new Couplings.Overdue(1, 3), receiver(TILBURG).overdueCouplings(later));
        assertEquals(new Couplings.Overdue(0, 0), receiver(OISTERWIJK).overdueCouplings(later));
        assertEquals(List.of(), receiver(VUGHT).toBeDivided(between));
    }

    @Test
    void aDivisionWhoseEventCarriesNoDateHoldsFromTheDutchDayOfItsEventsTime() {
        String divided = coupling(3, LocalDate.of(2020, 12, 1));
        // 23:30 UTC on 10 February is 00:30 on 11 February in the Netherlands
        haaren.add(Entries.divided(UUID.randomUUID(), "t", HAAREN, divided, OISTERWIJK)
                .at(OffsetDateTime.of(2021, 2, 10, 23, 30, 0, 0, ZoneOffset.UTC)));
        assertEquals(0, receiver(OISTERWIJK).coupledUnhousedPersons(LocalDate.of(2021, 2, 10)));
        assertEquals(1, receiver(VUGHT).toBeDivided(LocalDate.of(2021, 2, 10)).size());
        assertEquals(3, receiver(OISTERWIJK).coupledUnhousedPersons(LocalDate.of(2021, 2, 11)));
        assertEquals(List.of(), receiver(VUGHT).toBeDivided(LocalDate.of(2021, 2, 11)));
    }

    @Test
    void theReceiverCoaNamedLastStands() {
        String divided = coupling(3, LocalDate.of(2020, 9, 1));
        divide(divided, OISTERWIJK);
        divide(divided, TILBURG);
        assertEquals(0, receiver(OISTERWIJK).coupledUnhousedPersons(AFTER));
        assertEquals(3, receiver(TILBURG).coupledUnhousedPersons(AFTER));
    }

    @Test
    void personsHousedOfADividedCouplingAreHousedForItsReceiver() {
        String divided = coupling(3, LocalDate.of(2020, 9, 1));
        divide(divided, OISTERWIJK);
        house(divided, 2, LocalDate.of(2021, 1, 15));
        BacklogLedger oisterwijk = receiver(OISTERWIJK);
        assertEquals(1, oisterwijk.coupledUnhousedPersons(AFTER));
        assertEquals(1, oisterwijk.waitingCouplings(AFTER).get(0).unhousedPersons());
    }

    @Test
    void personsTheReceiverHousedOnADividedCouplingCountInItsFiguresNotHaarens() {
        String divided = coupling(3, LocalDate.of(2020, 9, 1));
        house(divided, 1, LocalDate.of(2020, 11, 1));
        divide(divided, OISTERWIJK);
        house(divided, 2, LocalDate.of(2021, 1, 15));
        nl.permitholders.platform.period.Period h1 = nl.permitholders.platform.period.Period.parse("2021-H1");
        assertEquals(2, receiver(OISTERWIJK).figures(h1, null).housed());
        assertEquals(0, haaren().figures(h1, null).housed());
        // housed before the split, it stays Haaren's
        assertEquals(1, haaren().figures(h1.previous(), null).housed());
        assertEquals(0, receiver(OISTERWIJK).figures(h1.previous(), null).housed());
    }

    @Test
    void aCouplingHousedOrCancelledBeforeTheSplitIsHaarensHistoryNotToBeDivided() {
        String housed = coupling(2, LocalDate.of(2020, 8, 1));
        house(housed, 2, LocalDate.of(2020, 10, 1));
        String cancelled = coupling(3, LocalDate.of(2020, 8, 1));
        haaren.add(at(Entries.cancelled(UUID.randomUUID(), "t", HAAREN, LocalDate.of(2020, 9, 1), 3, cancelled,
                CancellationReason.WITHDRAWN)));
        assertEquals(List.of(), receiver(VUGHT).toBeDivided(AFTER));
        assertEquals(0, receiver(VUGHT).coupledUnhousedPersons(AFTER));
    }
}
