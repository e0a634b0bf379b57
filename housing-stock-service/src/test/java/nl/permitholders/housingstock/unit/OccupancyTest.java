package nl.permitholders.housingstock.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.housingstock.unit.Occupancy.Placement;
import org.junit.jupiter.api.Test;

class OccupancyTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    private static Placement single(LocalDate housedOn) {
        return new Placement(1, housedOn, null);
    }

    @Test
    void aSharedDwellingOfFourRoomsFillsWithFourSinglesAndARevocationFreesARoom() {
        List<Placement> singles = List.of(single(JAN_1), single(JAN_1.plusDays(7)), single(JAN_1.plusDays(14)),
                new Placement(1, JAN_1.plusDays(21), JAN_1.plusMonths(2)));
        Occupancy occupancy = Occupancy.of(UnitType.SHARED, 4, null, singles);

        assertThat(occupancy.on(JAN_1.minusDays(1)).free()).isEqualTo(4);
        assertThat(occupancy.on(JAN_1).free()).isEqualTo(3);
        assertThat(occupancy.on(JAN_1.plusDays(14)).free()).isEqualTo(1);
        Occupancy.Snapshot full = occupancy.on(JAN_1.plusDays(21));
        assertThat(full.occupied()).isEqualTo(4);
        assertThat(full.free()).isZero();
        assertThat(full.placements()).isEqualTo(4);
        assertThat(occupancy.on(JAN_1.plusMonths(2)).free()).as("free again from the revocation date").isEqualTo(1);
        assertThat(occupancy.eventually().free()).isEqualTo(1);
    }

    @Test
    void personsWhoMovedOnToFollowUpHousingFreeTheirPlacesInTheIntermediateFacilityFromThatDay() {
        LocalDate movedOn = JAN_1.plusMonths(6);
        Occupancy occupancy = Occupancy.of(UnitType.INTERMEDIATE, 10, null,
                List.of(new Placement(4, JAN_1, null, movedOn), new Placement(3, JAN_1, null)));

        assertThat(occupancy.on(movedOn.minusDays(1)).free()).as("the day before they moved on").isEqualTo(3);
        assertThat(occupancy.on(movedOn).free()).as("from the day they moved on").isEqualTo(7);
        assertThat(occupancy.on(movedOn).residents()).isEqualTo(3);
        assertThat(occupancy.eventually().free()).isEqualTo(7);
    }

    @Test
    void aPlacementEndsAtTheEarlierOfItsRevocationAndItsMoveOn() {
        Occupancy occupancy = Occupancy.of(UnitType.INTERMEDIATE, 5, null,
                List.of(new Placement(2, JAN_1, JAN_1.plusDays(10), JAN_1.plusDays(20))));

        assertThat(occupancy.on(JAN_1.plusDays(9)).free()).isEqualTo(3);
        assertThat(occupancy.on(JAN_1.plusDays(10)).free()).isEqualTo(5);
    }

    @Test
    void aRegularHomeIsLetWholeToOneHousehold() {
        Occupancy occupancy = Occupancy.of(UnitType.REGULAR, 5, null, List.of(new Placement(2, JAN_1, null)));
        Occupancy.Snapshot snapshot = occupancy.on(JAN_1);
        assertThat(snapshot.occupied()).isEqualTo(5);
        assertThat(snapshot.free()).isZero();
        assertThat(snapshot.residents()).isEqualTo(2);
        assertThat(occupancy.on(JAN_1.minusDays(1)).free()).isEqualTo(5);
    }

    @Test
    void anIntermediateFacilityCountsPlacesPerPerson() {
        Occupancy occupancy = Occupancy.of(UnitType.INTERMEDIATE, 40, null,
                List.of(new Placement(4, JAN_1, null), new Placement(3, JAN_1, null)));
        assertThat(occupancy.on(JAN_1).occupied()).isEqualTo(7);
        assertThat(occupancy.on(JAN_1).free()).isEqualTo(33);
    }

    @Test
    void moreThanFitsShowsAsOccupiedWithNothingFree() {
        Occupancy occupancy = Occupancy.of(UnitType.SHARED, 2, null, List.of(single(JAN_1), single(JAN_1), single(JAN_1)));
        assertThat(occupancy.on(JAN_1).occupied()).isEqualTo(3);
        assertThat(occupancy.on(JAN_1).free()).isZero();
    }

    @Test
    void aRetiredUnitHasNothingFreeAndTakesNoNewOccupantsButKeepsItsHistory() {
        LocalDate retiredOn = JAN_1.plusMonths(6);
        Occupancy occupancy = Occupancy.of(UnitType.SHARED, 4, retiredOn,
                List.of(single(JAN_1), single(retiredOn), single(retiredOn.plusDays(3))));
        assertThat(occupancy.on(JAN_1).free()).isEqualTo(3);
        assertThat(occupancy.on(JAN_1).inStock()).isTrue();
        Occupancy.Snapshot after = occupancy.on(retiredOn.plusDays(10));
        assertThat(after.inStock()).isFalse();
        assertThat(after.free()).isZero();
        assertThat(after.placements()).as("placed on or after retirement: no occupancy").isEqualTo(1);
    }

    @Test
    void aPlacementRevokedOnItsHousingDateNeverOccupies() {
        Occupancy occupancy = Occupancy.of(UnitType.ROOM, 1, null, List.of(new Placement(1, JAN_1, JAN_1)));
        assertThat(occupancy.on(JAN_1).free()).isEqualTo(1);
    }
}
