package nl.permitholders.platform.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.permitholders.platform.time.DateRange;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void theFirstHalfYearRunsFromJanuaryToJuneAndIsJudgedOnTheFirstOfJuly() {
        Period period = Period.parse("2025-H1");
        assertEquals(LocalDate.of(2025, 1, 1), period.firstDay());
        assertEquals(LocalDate.of(2025, 6, 30), period.lastDay());
        assertEquals(LocalDate.of(2025, 7, 1), period.deadline());
    }

    @Test
    void theSecondHalfYearIsJudgedOnTheFirstOfJanuaryOfTheNextYear() {
        assertEquals(LocalDate.of(2026, 1, 1), Period.parse("2025-H2").deadline());
    }

    @Test
    void theRijksRomanNumeralsAreAcceptedAndWrittenCanonically() {
        assertEquals("2024-H1", Period.parse("2024-I").toString());
        assertEquals("2024-H2", Period.parse("2024-II").toString());
    }

    @Test
    void aThirdHalfYearDoesNotExist() {
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-H3"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-III"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("25-H1"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse(""));
    }

    @Test
    void periodsFollowEachOtherAcrossTheYearBoundary() {
        assertEquals(Period.parse("2025-H1"), Period.parse("2024-H2").next());
        assertEquals(Period.parse("2024-H2"), Period.parse("2025-H1").previous());
        assertTrue(Period.parse("2024-H2").isBefore(Period.parse("2025-H1")));
    }

    @Test
    void aDateBelongsToExactlyOneHalfYear() {
        assertEquals(Period.parse("2024-H1"), Period.containing(LocalDate.of(2024, 6, 30)));
        assertEquals(Period.parse("2024-H2"), Period.containing(LocalDate.of(2024, 7, 1)));
        assertFalse(Period.parse("2024-H1").contains(LocalDate.of(2024, 7, 1)));
        assertTrue(Period.parse("2024-H1").contains(LocalDate.of(2024, 1, 1)));
        assertTrue(Period.parse("2024-H1").contains(LocalDate.of(2024, 6, 30)));
        assertTrue(Period.parse("2024-H2").contains(LocalDate.of(2024, 7, 1)));
        assertTrue(Period.parse("2024-H2").contains(LocalDate.of(2024, 12, 31)));
        assertFalse(Period.parse("2024-H2").contains(LocalDate.of(2025, 1, 1)));
        assertFalse(Period.parse("2024-H1").contains(LocalDate.of(2023, 6, 30)));
    }

    @Test
    void aDateOutsideTheYearsTheSystemKnowsHasNoHalfYear() {
        assertEquals("2000-H1", Period.containing(DateRange.FIRST).toString());
        assertEquals("2100-H2", Period.containing(DateRange.LAST).toString());
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> Period.containing(LocalDate.of(25, 3, 1)));
        assertEquals("date 0025-03-01 is outside the half-years this system knows, 2000-01-01 to 2100-12-31", typo.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Period.containing(LocalDate.of(2101, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2100-H2").next());
    }
}
