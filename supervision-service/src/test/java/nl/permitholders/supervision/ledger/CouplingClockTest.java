package nl.permitholders.supervision.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R8: COA couples, then the municipality has 12 weeks to house; a coupling unhoused after that is overdue. */
class CouplingClockTest {

    private static final String TOWN = "GM0141";
    private static final LocalDate COUPLED_ON = LocalDate.of(2025, 3, 3);
    private static final LocalDate TWELVE_WEEKS_LATER = COUPLED_ON.plusWeeks(12);

    private final List<LedgerEntry> entries = new ArrayList<>();

    private String coupling(int persons, LocalDate on) {
        String id = UUID.randomUUID().toString();
        entries.add(Entries.coupled(UUID.randomUUID(), "t", TOWN, on, persons, id, persons == 1 ? "SINGLE" : "FAMILY"));
        return id;
    }

    private LedgerEntry housed(String coupling, int persons, LocalDate on) {
        LedgerEntry placement = Entries.housed(UUID.randomUUID(), "t", TOWN, on, persons, UUID.randomUUID().toString(), coupling,
                "REGULAR", false);
        entries.add(placement);
        return placement;
    }

    private void corrected(String coupling, int persons, LocalDate couplingDate, int minuteOfCorrection) {
        entries.add(Entries.couplingCorrected(UUID.randomUUID(), "t", TOWN, couplingDate, persons, coupling,
                persons == 1 ? "SINGLE" : "FAMILY", OffsetDateTime.of(2025, 4, 1, 10, minuteOfCorrection, 0, 0, ZoneOffset.UTC)));
    }

    private Couplings.Overdue overdueOn(LocalDate date) {
        return new BacklogLedger(TOWN, entries).overdueCouplings(date);
    }

    @Test
    void aCouplingNotHousedTwelveWeeksAfterItsCouplingDateIsOverdueFromThatDayOn() {
        coupling(4, COUPLED_ON);
        assertEquals(new Couplings.Overdue(0, 0), overdueOn(TWELVE_WEEKS_LATER.minusDays(1)));
        assertEquals(new Couplings.Overdue(1, 4), overdueOn(TWELVE_WEEKS_LATER));
    }

    @Test
    void personsHousedInTimeStopTheClockAndAPartlyHousedCouplingIsOverdueForTheRest() {
        String family = coupling(5, COUPLED_ON);
        String single = coupling(1, COUPLED_ON);
        housed(family, 3, COUPLED_ON.plusWeeks(8));
        housed(single, 1, COUPLED_ON.plusWeeks(11));
        assertEquals(new Couplings.Overdue(1, 2), overdueOn(TWELVE_WEEKS_LATER));
    }

    @Test
    void housingAfterTheDeadlineEndsTheOverdueFromTheHousingDate() {
        String family = coupling(4, COUPLED_ON);
        housed(family, 4, TWELVE_WEEKS_LATER.plusWeeks(3));
        assertEquals(new Couplings.Overdue(1, 4), overdueOn(TWELVE_WEEKS_LATER.plusWeeks(2)));
        assertEquals(new Couplings.Overdue(0, 0), overdueOn(TWELVE_WEEKS_LATER.plusWeeks(3)));
    }

    @Test
    void aWithdrawnCouplingIsNoLongerTheMunicipalitysToHouse() {
        String family = coupling(4, COUPLED_ON);
        entries.add(Entries.cancelled(UUID.randomUUID(), "t", TOWN, TWELVE_WEEKS_LATER.plusDays(5), 4, family, CancellationReason.WITHDRAWN));
        assertEquals(new Couplings.Overdue(1, 4), overdueOn(TWELVE_WEEKS_LATER));
        assertEquals(new Couplings.Overdue(0, 0), overdueOn(TWELVE_WEEKS_LATER.plusDays(5)));
        assertEquals(0, new BacklogLedger(TOWN, entries).coupledUnhousedPersons(TWELVE_WEEKS_LATER.plusDays(5)));
    }

    @Test
    void aCouplingRecoupledElsewhereAfterItsTwelveWeeksStaysOverdueAndUnhousedForTheMunicipality() {
        String family = coupling(4, COUPLED_ON);
        entries.add(Entries.cancelled(UUID.randomUUID(), "t", TOWN, TWELVE_WEEKS_LATER.plusDays(5), 4, family, CancellationReason.RECOUPLED));
        BacklogLedger ledger = new BacklogLedger(TOWN, entries);
        assertEquals(new Couplings.Overdue(1, 4), overdueOn(TWELVE_WEEKS_LATER.plusWeeks(10)));
        assertEquals(4, ledger.coupledUnhousedPersons(TWELVE_WEEKS_LATER.plusWeeks(10)));
        assertEquals(4, ledger.recoupledAfterTheClockPersons(TWELVE_WEEKS_LATER.plusDays(5)));
        assertEquals(List.of(), ledger.waitingCouplings(TWELVE_WEEKS_LATER.plusDays(5)), "nobody waits for a home here any more");
    }

    @Test
    void aCouplingRecoupledElsewhereWithinItsTwelveWeeksLeavesTheMunicipality() {
        String family = coupling(4, COUPLED_ON);
        entries.add(Entries.cancelled(UUID.randomUUID(), "t", TOWN, TWELVE_WEEKS_LATER.minusDays(1), 4, family, CancellationReason.RECOUPLED));
        BacklogLedger ledger = new BacklogLedger(TOWN, entries);
        assertEquals(new Couplings.Overdue(0, 0), overdueOn(TWELVE_WEEKS_LATER));
        assertEquals(0, ledger.coupledUnhousedPersons(TWELVE_WEEKS_LATER));
        assertEquals(0, ledger.recoupledAfterTheClockPersons(TWELVE_WEEKS_LATER));
    }

    @Test
    void aRevokedPlacementNeverHousedAnyone() {
        String family = coupling(3, COUPLED_ON);
        LedgerEntry wrong = housed(family, 3, COUPLED_ON.plusWeeks(2));
        entries.add(Entries.revoked(UUID.randomUUID(), "t", TOWN, COUPLED_ON.plusWeeks(14), 3, wrong.reference()));
        assertEquals(new Couplings.Overdue(1, 3), overdueOn(TWELVE_WEEKS_LATER));
    }

    @Test
    void theLatestCorrectionOfACouplingStandsForItsPersonsAndItsClock() {
        String family = coupling(4, COUPLED_ON);
        corrected(family, 6, COUPLED_ON, 1);
        corrected(family, 5, COUPLED_ON.plusWeeks(2), 2);
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(entries, random);
            assertEquals(new Couplings.Overdue(0, 0), overdueOn(TWELVE_WEEKS_LATER), "the corrected coupling date restarted the clock");
            assertEquals(new Couplings.Overdue(1, 5), overdueOn(TWELVE_WEEKS_LATER.plusWeeks(2)));
        }
    }

    @Test
    void coupledUnhousedPersonsCountTheCouplingAsCorrected() {
        String family = coupling(4, COUPLED_ON);
        corrected(family, 6, COUPLED_ON, 1);
        housed(family, 2, COUPLED_ON.plusWeeks(1));
        BacklogLedger ledger = new BacklogLedger(TOWN, entries);
        assertEquals(4, ledger.coupledUnhousedPersons(COUPLED_ON.plusWeeks(2)));
        assertEquals(0, ledger.coupledUnhousedPersons(COUPLED_ON.minusDays(1)));
    }

    @Test
    void theCouplingsStillWaitingAreTheUnhousedOnesWithTheirWeeksLongestFirst() {
        String family = coupling(5, COUPLED_ON);
        String single = coupling(1, COUPLED_ON.plusWeeks(2));
        String later = coupling(2, COUPLED_ON.plusWeeks(20));
        housed(family, 3, COUPLED_ON.plusWeeks(8));
        housed(single, 1, COUPLED_ON.plusWeeks(3));
        LocalDate date = COUPLED_ON.plusWeeks(13).plusDays(3);

        List<Couplings.Waiting> waiting = new BacklogLedger(TOWN, entries).waitingCouplings(date);

        // The single is housed; the family waits with 2 of its 5; the later coupling is not there yet.
        assertEquals(List.of(new Couplings.Waiting(family, "FAMILY", COUPLED_ON, 5, 2, 13)), waiting);
        assertEquals(List.of(family, later), new BacklogLedger(TOWN, entries).waitingCouplings(COUPLED_ON.plusWeeks(21))
                .stream().map(Couplings.Waiting::couplingId).toList());
    }

    @Test
    void aWaitingCouplingHasTheHouseholdTypeOfItsLatestCorrection() {
        String coupling = coupling(1, COUPLED_ON);
        corrected(coupling, 3, COUPLED_ON, 5);
        corrected(coupling, 4, COUPLED_ON, 9);

        List<Couplings.Waiting> waiting = new BacklogLedger(TOWN, entries).waitingCouplings(COUPLED_ON.plusWeeks(1));

        // Registered as a single, corrected twice to a family: the family of 4, the latest correction, waits.
        assertEquals(List.of(new Couplings.Waiting(coupling, "FAMILY", COUPLED_ON, 4, 4, 1)), waiting);
    }
}
