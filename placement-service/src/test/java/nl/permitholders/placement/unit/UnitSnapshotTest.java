package nl.permitholders.placement.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnitSnapshotTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final String ALMELO = "GM0141";

    private static UnitSnapshot unit(UnitType type, int capacity, int placed, int reserved) {
        return new UnitSnapshot(UUID.randomUUID(), ALMELO, type, capacity, null, null, false, placed, reserved);
    }

    @Test
    void freePlacesAreCapacityLessPlacedAndReservedPersons() {
        assertThat(unit(UnitType.REGULAR, 5, 2, 1).freePlaces()).isEqualTo(2);
        assertThat(unit(UnitType.REGULAR, 5, 4, 3).freePlaces()).isZero();
    }

    @Test
    void aSharedUnitHoldsAsManySinglesAsItHasFreeRooms() {
        UnitSnapshot shared = unit(UnitType.SHARED, 3, 2, 0);
        assertThat(shared.obstaclesToPlacing(ALMELO, 1, TODAY)).isEmpty();
        assertThat(shared.obstaclesToPlacing(ALMELO, 2, TODAY)).singleElement().asString()
                .contains("1 of 3 rooms free (one single per room)");
        assertThat(unit(UnitType.SHARED, 3, 3, 0).obstaclesToPlacing(ALMELO, 1, TODAY)).isNotEmpty();
    }

    @Test
    void aUnitHousesOnlyTheCouplingsOfItsOwnMunicipality() {
        assertThat(unit(UnitType.REGULAR, 4, 0, 0).unavailability("GM0153", TODAY)).singleElement().asString()
                .contains("lies in GM0141, not in GM0153");
    }

    @Test
    void nobodyMovesIntoAUnitFromTheDayItLeftTheStockOrAfterItsTemporaryTerm() {
        UnitSnapshot retired = new UnitSnapshot(UUID.randomUUID(), ALMELO, UnitType.REGULAR, 4, null, TODAY, false, 0, 0);
        assertThat(retired.unavailability(ALMELO, TODAY.minusDays(1))).isEmpty();
        assertThat(retired.unavailability(ALMELO, TODAY)).singleElement().asString().contains("left the stock on " + TODAY);
        UnitSnapshot flex = new UnitSnapshot(UUID.randomUUID(), ALMELO, UnitType.FLEX, 4, TODAY, null, false, 0, 0);
        assertThat(flex.unavailability(ALMELO, TODAY)).isEmpty();
        assertThat(flex.unavailability(ALMELO, TODAY.plusDays(1))).singleElement().asString().contains("only until " + TODAY);
    }
}
