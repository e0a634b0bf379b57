package nl.permitholders.placement.placement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class PlacementRuleTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @Test
    void aFamilyMayBeHousedInParts() {
        assertDoesNotThrow(() -> PlacementRule.check(5, COUPLED, 0, 3, COUPLED.plusWeeks(8), TODAY));
        assertDoesNotThrow(() -> PlacementRule.check(5, COUPLED, 3, 2, COUPLED.plusWeeks(10), TODAY));
    }

    @Test
    void allPlacementsTogetherNeverExceedTheCoupling() {
        assertThrows(ConflictException.class, () -> PlacementRule.check(5, COUPLED, 3, 3, COUPLED.plusWeeks(10), TODAY));
    }

    @Test
    void nobodyIsHousedBeforeTheCouplingOrInTheFuture() {
        assertThrows(InvalidInputException.class, () -> PlacementRule.check(2, COUPLED, 0, 2, COUPLED.minusDays(1), TODAY));
        assertThrows(InvalidInputException.class, () -> PlacementRule.check(2, COUPLED, 0, 2, TODAY.plusDays(1), TODAY));
    }

    @Test
    void aPlacementHousesAtLeastOnePerson() {
        assertThrows(InvalidInputException.class, () -> PlacementRule.check(2, COUPLED, 0, 0, TODAY, TODAY));
    }
}
