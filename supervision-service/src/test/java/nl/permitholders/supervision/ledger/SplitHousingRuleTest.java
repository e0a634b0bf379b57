package nl.permitholders.supervision.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/**
 * R3, splits: from the split's date a split municipality's persons in temporary housing count where their unit lies
 * now, its capacity projects where they are planned now; what still lies in the split municipality is te verdelen,
 * counted for no receiver. Haaren (GM0788) over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021; units,
 * projects and persons illustrative.
 */
class SplitHousingRuleTest {

    private static final String HAAREN = "GM0788";
    private static final String BOXTEL = "GM0757";
    private static final String OISTERWIJK = "GM0824";
    private static final String TILBURG = "GM0855";
    private static final String VUGHT = "GM0865";
    private static final Set<String> RECEIVERS = Set.of(BOXTEL, OISTERWIJK, TILBURG, VUGHT);
    private static final LocalDate SPLIT = LocalDate.of(2021, 1, 1);
    private static final LocalDate BEFORE = LocalDate.of(2020, 12, 31);
    private static final LocalDate AFTER = LocalDate.of(2021, 2, 1);
    private static final Period H1_2021 = Period.parse("2021-H1");

    private final List<LedgerEntry> haaren = new ArrayList<>();
    /** Where housing-stock says each unit lies now, and where each project is planned now. */
    private final Map<String, String> located = new HashMap<>();
    private final Map<String, List<LedgerEntry>> own = new HashMap<>();
    private int clock;

    private LedgerEntry at(LedgerEntry entry) {
        return entry.at(OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(clock++));
    }

    /** Persons of a coupling of Haaren's housed in temporary housing in {@code unit} (null: no registered unit); the placement's id. */
    private String housedTemporarily(int persons, LocalDate on, String unit, String coupling) {
        String placement = UUID.randomUUID().toString();
        haaren.add(at(Entries.housed(UUID.randomUUID(), "t", HAAREN, on, persons, placement, coupling, "INTERMEDIATE", true, unit)));
        if (unit != null) {
            located.putIfAbsent(unit, HAAREN);
        }
        return placement;
    }

    private String unit() {
        return UUID.randomUUID().toString();
    }

    /** Housing-stock corrects the unit's municipality to the receiver it lies in. */
    private void unitGoesTo(String unit, String receiver) {
        located.put(unit, receiver);
    }

    private String project(int places) {
        String project = UUID.randomUUID().toString();
        haaren.add(at(Entries.capacityPlanned(UUID.randomUUID(), "t", HAAREN, project, places,
                List.of(new Details.PlannedPlaces(H1_2021, places)), null)));
        located.put(project, HAAREN);
        return project;
    }

    /** Its owner re-plans the project in {@code receiver}: the receiver's ledger has the plan. */
    private void replannedIn(String project, String receiver, int places) {
        own.computeIfAbsent(receiver, k -> new ArrayList<>()).add(Entries.capacityPlanned(UUID.randomUUID(), "t", receiver, project,
                places, List.of(new Details.PlannedPlaces(H1_2021, places)), OffsetDateTime.of(2021, 1, 5, 0, 0, 0, 0, ZoneOffset.UTC)));
        located.put(project, receiver);
    }

    private BacklogLedger.Received split() {
        return new BacklogLedger.Received(HAAREN, "Haaren", SPLIT, haaren, RECEIVERS, located);
    }

    private BacklogLedger receiver(String code) {
        return new BacklogLedger(code, own.getOrDefault(code, List.of())).receiving(List.of(split()));
    }

    private int toBeDividedInTemporaryHousing(LocalDate date) {
        return receiver(BOXTEL).toBeDivided(date).stream().mapToInt(SplitCouplingsRule.ToBeDivided::personsInTemporaryHousing).sum();
    }

    @Test
    void fromTheSplitAPersonInTemporaryHousingCountsForTheReceiverItsUnitLiesIn() {
        String unit = unit();
        housedTemporarily(2, LocalDate.of(2020, 10, 1), unit, null);
        unitGoesTo(unit, VUGHT);
        assertEquals(2, receiver(VUGHT).personsInTemporaryHousing(AFTER));
        assertEquals(1, receiver(VUGHT).inTemporaryHousing(AFTER).size());
        assertEquals(0, receiver(TILBURG).personsInTemporaryHousing(AFTER));
        assertEquals(0, toBeDividedInTemporaryHousing(AFTER));
        // before the split they are Haaren's own
        assertEquals(0, receiver(VUGHT).personsInTemporaryHousing(BEFORE));
        assertEquals(2, new BacklogLedger(HAAREN, haaren).personsInTemporaryHousing(BEFORE));
    }

    @Test
    void aPersonInAUnitStillInTheSplitMunicipalityIsToBeDividedAndCountsForNoReceiver() {
        housedTemporarily(3, LocalDate.of(2020, 10, 1), unit(), null);
        for (String code : RECEIVERS) {
            assertEquals(0, receiver(code).personsInTemporaryHousing(AFTER));
        }
        assertEquals(3, toBeDividedInTemporaryHousing(AFTER));
        assertEquals(List.of(new SplitCouplingsRule.ToBeDivided(HAAREN, 0, 0, 0, 3, 0)), receiver(OISTERWIJK).toBeDivided(AFTER));
        assertEquals(List.of(), receiver(OISTERWIJK).toBeDivided(BEFORE));
    }

    @Test
    void withoutAUnitKnownAPersonCountsForTheReceiverCoaDividedTheCouplingToFromThatDay() {
        String coupling = UUID.randomUUID().toString();
        haaren.add(at(Entries.coupled(UUID.randomUUID(), "t", HAAREN, LocalDate.of(2020, 9, 1), 4, coupling, "FAMILY")));
        housedTemporarily(2, LocalDate.of(2020, 10, 1), null, coupling);
        haaren.add(at(Entries.divided(UUID.randomUUID(), "t", HAAREN, coupling, TILBURG, LocalDate.of(2021, 1, 20))));
        assertEquals(0, receiver(TILBURG).personsInTemporaryHousing(LocalDate.of(2021, 1, 19)));
        assertEquals(2, toBeDividedInTemporaryHousing(LocalDate.of(2021, 1, 19)));
        assertEquals(2, receiver(TILBURG).personsInTemporaryHousing(AFTER));
        assertEquals(0, toBeDividedInTemporaryHousing(AFTER));
    }

    @Test
    void theUnitDecidesWhereTheCouplingWentDoesNot() {
        String coupling = UUID.randomUUID().toString();
        haaren.add(at(Entries.coupled(UUID.randomUUID(), "t", HAAREN, LocalDate.of(2020, 9, 1), 4, coupling, "FAMILY")));
        String unit = unit();
        housedTemporarily(2, LocalDate.of(2020, 10, 1), unit, coupling);
        haaren.add(at(Entries.divided(UUID.randomUUID(), "t", HAAREN, coupling, TILBURG, SPLIT)));
        unitGoesTo(unit, BOXTEL);
        BacklogLedger tilburg = new BacklogLedger(TILBURG, List.of())
                .withTakeOvers(SplitCouplingsRule.takeOvers(TILBURG, SPLIT, new BacklogLedger(HAAREN, haaren),
                        new MergerTakeOver.SplitPart(TILBURG, java.util.Map.of(TILBURG, 1L))))
                .receiving(List.of(split()));
        assertEquals(0, tilburg.personsInTemporaryHousing(AFTER));
        assertEquals(2, tilburg.coupledUnhousedPersons(AFTER), "the coupling's two not housed are Tilburg's to house");
        assertEquals(2, receiver(BOXTEL).personsInTemporaryHousing(AFTER));
    }

    @Test
    void familyMembersWhoJoinedThePlacementGoWithItAndThoseWhoMovedOnCountNowhere() {
        String unit = unit();
        String placement = housedTemporarily(2, LocalDate.of(2020, 10, 1), unit, null);
        haaren.add(at(Entries.reunified(UUID.randomUUID(), "t", HAAREN, LocalDate.of(2020, 11, 1), 1, UUID.randomUUID().toString(),
                null, true, placement)));
        String movedOn = housedTemporarily(3, LocalDate.of(2020, 10, 1), unit, null);
        haaren.add(at(Entries.movedOn(UUID.randomUUID(), "t", HAAREN, LocalDate.of(2021, 1, 10), 3, movedOn)));
        unitGoesTo(unit, VUGHT);
        assertEquals(2 + 1 + 3, receiver(VUGHT).personsInTemporaryHousing(LocalDate.of(2021, 1, 9)));
        assertEquals(2 + 1, receiver(VUGHT).personsInTemporaryHousing(AFTER));
    }

    @Test
    void aProjectCountsWithWhatItDeliveredForTheReceiverItsOwnerPlannedItInAndOneStillInTheSplitMunicipalityIsToBeDivided() {
        String moved = project(10);
        haaren.add(at(Entries.capacityDelivered(UUID.randomUUID(), "t", HAAREN, LocalDate.of(2020, 12, 1), 3, moved)));
        replannedIn(moved, BOXTEL, 10);
        project(6);
        assertEquals(10 - 3, receiver(BOXTEL).capacityPipeline(AFTER).places());
        assertEquals(0, receiver(VUGHT).capacityPipeline(AFTER).places());
        assertEquals(List.of(new SplitCouplingsRule.ToBeDivided(HAAREN, 0, 0, 0, 0, 6)), receiver(VUGHT).toBeDivided(AFTER));
        // before the split, Haaren's projects are its own
        assertEquals(List.of(), receiver(VUGHT).toBeDivided(BEFORE));
    }
}
