package nl.permitholders.housingstock.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class UnitRulesTest {

    @Test
    void aRegularHomeForFourIsFine() {
        assertThat(refusals(UnitType.REGULAR, 4)).isEmpty();
    }

    @Test
    void everyUnitHoldsAtLeastOneAndAtMostAHundred() {
        assertThat(refusals(UnitType.REGULAR, 0)).containsExactly("capacity must be between 1 and 100");
        assertThat(refusals(UnitType.ROOM, -3)).containsExactly("capacity must be between 1 and 100");
        assertThat(refusals(UnitType.INTERMEDIATE, 101)).containsExactly("capacity must be between 1 and 100");
        assertThat(refusals(UnitType.ROOM, 1)).isEmpty();
        assertThat(refusals(UnitType.INTERMEDIATE, 100)).isEmpty();
    }

    @Test
    void aLargeFamilyHomeHoldsSevenOrMore() {
        assertThat(refusals(UnitType.LARGE_FAMILY, 4))
                .containsExactly("capacity must be at least 7 persons for a LARGE_FAMILY unit");
        assertThat(refusals(UnitType.LARGE_FAMILY, 6)).hasSize(1);
        assertThat(refusals(UnitType.LARGE_FAMILY, 7)).isEmpty();
    }

    @Test
    void aSharedDwellingCountsRoomsAndHasAtLeastTwo() {
        assertThat(refusals(UnitType.SHARED, 1))
                .containsExactly("capacity counts rooms for a SHARED unit and must be at least 2");
        assertThat(refusals(UnitType.SHARED, 2)).isEmpty();
    }

    @Test
    void aFlexHomeOrRoomMayHoldOnePerson() {
        assertThat(refusals(UnitType.FLEX, 1)).isEmpty();
        assertThat(refusals(UnitType.ROOM, 1)).isEmpty();
    }

    /** The refusals as "name reason"; Violations only shows them by throwing. */
    private static List<String> refusals(UnitType type, int capacity) {
        try {
            UnitRules.check(type, capacity).throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.invalidParams().stream().map(p -> p.name() + " " + p.reason()).toList();
        }
    }
}
