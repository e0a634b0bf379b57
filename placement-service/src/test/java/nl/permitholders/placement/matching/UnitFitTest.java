package nl.permitholders.placement.matching;

import static nl.permitholders.placement.coupling.HouseholdType.FAMILY;
import static nl.permitholders.placement.coupling.HouseholdType.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.permitholders.placement.unit.UnitSnapshot;
import nl.permitholders.placement.unit.UnitType;
import org.junit.jupiter.api.Test;

class UnitFitTest {

    private static UnitSnapshot unit(UnitType type, int capacity, int occupied, boolean wheelchairAccessible) {
        return new UnitSnapshot(UUID.randomUUID(), "GM0141", type, capacity, null, null, wheelchairAccessible, occupied, 0);
    }

    @Test
    void aHouseholdFitsWhenItsPersonsFitTheFreePlaces() {
        assertThat(UnitFit.judge(unit(UnitType.REGULAR, 4, 0, false), FAMILY, 4, false).fits()).isTrue();
        UnitFit.Judgement tooMany = UnitFit.judge(unit(UnitType.REGULAR, 4, 0, false), FAMILY, 5, false);
        assertThat(tooMany.fits()).isFalse();
        assertThat(tooMany.misfits()).containsExactly("5 persons exceed the 4 free places");
    }

    @Test
    void sharedUnitsAndRoomsHouseSinglesOnly() {
        assertThat(UnitFit.judge(unit(UnitType.SHARED, 3, 1, false), SINGLE, 1, false).fits()).isTrue();
        assertThat(UnitFit.judge(unit(UnitType.ROOM, 1, 0, false), SINGLE, 1, false).fits()).isTrue();
        assertThat(UnitFit.judge(unit(UnitType.SHARED, 3, 0, false), FAMILY, 2, false).misfits())
                .containsExactly("a SHARED unit houses singles only; this is a FAMILY household");
        assertThat(UnitFit.judge(unit(UnitType.ROOM, 2, 0, false), FAMILY, 2, false).fits()).isFalse();
    }

    @Test
    void aFullSharedUnitHasNoRoomForAnotherSingle() {
        assertThat(UnitFit.judge(unit(UnitType.SHARED, 3, 3, false), SINGLE, 1, false).misfits())
                .containsExactly("1 person exceeds the 0 free rooms");
    }

    @Test
    void aLargeFamilyHomeIsForHouseholdsOfSevenOrMore() {
        assertThat(UnitFit.judge(unit(UnitType.LARGE_FAMILY, 9, 0, false), FAMILY, 7, false).fits()).isTrue();
        assertThat(UnitFit.judge(unit(UnitType.LARGE_FAMILY, 9, 0, false), FAMILY, 6, false).misfits())
                .containsExactly("a LARGE_FAMILY unit houses households of 7 or more; this one has 6");
    }

    @Test
    void aHouseholdThatNeedsWheelchairAccessGetsAnAccessibleUnit() {
        assertThat(UnitFit.judge(unit(UnitType.REGULAR, 4, 0, true), FAMILY, 3, true).fitsBecause())
                .contains("wheelchair accessible, as the household needs");
        assertThat(UnitFit.judge(unit(UnitType.REGULAR, 4, 0, false), FAMILY, 3, true).fits()).isFalse();
        assertThat(UnitFit.judge(unit(UnitType.REGULAR, 4, 0, false), FAMILY, 3, false).fits()).isTrue();
    }

    @Test
    void everyReasonWhyNotIsGiven() {
        assertThat(UnitFit.judge(unit(UnitType.SHARED, 2, 2, false), FAMILY, 3, true).misfits()).hasSize(3);
    }
}
