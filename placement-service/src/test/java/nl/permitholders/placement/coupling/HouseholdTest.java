package nl.permitholders.placement.coupling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.permitholders.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class HouseholdTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 27);

    @Test
    void personsCountNotHouseholds() {
        assertEquals(4, new Household(2, 2, HouseholdType.FAMILY, TODAY, TODAY).persons());
    }

    @Test
    void aHouseholdHasAtLeastOnePerson() {
        assertFalse(Household.check(0, 0, HouseholdType.FAMILY, TODAY, TODAY, TODAY).isEmpty());
    }

    @Test
    void aSingleIsOnePerson() {
        assertTrue(Household.check(1, 0, HouseholdType.SINGLE, TODAY, TODAY, TODAY).isEmpty());
        assertFalse(Household.check(2, 0, HouseholdType.SINGLE, TODAY, TODAY, TODAY).isEmpty());
    }

    @Test
    void coaCouplesAfterThePermitNotBefore() {
        assertFalse(Household.check(1, 0, HouseholdType.SINGLE, TODAY, TODAY.minusDays(1), TODAY).isEmpty());
    }

    @Test
    void datesInTheFutureAreRefusedAndEveryViolationIsReported() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () ->
                Household.check(0, 0, HouseholdType.FAMILY, TODAY.plusDays(1), TODAY.plusDays(2), TODAY).throwIfAny());
        assertEquals(3, refused.invalidParams().size());
    }
}
