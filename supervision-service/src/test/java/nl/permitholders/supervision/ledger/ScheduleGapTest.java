package nl.permitholders.supervision.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/** R6: on schedule is 1/6 of the adjusted quota per month of the half-year that has passed. */
class ScheduleGapTest {

    private static final Period H1 = Period.parse("2025-H1");

    @Test
    void noMonthHasPassedOnTheFirstDayAndAllSixFromTheLastDayOn() {
        assertEquals(0, ScheduleGap.elapsedMonths(H1, LocalDate.of(2025, 1, 1)));
        assertEquals(6, ScheduleGap.elapsedMonths(H1, LocalDate.of(2025, 6, 30)));
        assertEquals(6, ScheduleGap.elapsedMonths(H1, LocalDate.of(2025, 9, 1)));
        assertEquals(0, ScheduleGap.elapsedMonths(H1, LocalDate.of(2024, 12, 1)));
    }

    @Test
    void aMonthCountsOnceItHasEnded() {
        assertEquals(2, ScheduleGap.elapsedMonths(H1, LocalDate.of(2025, 3, 15)));
        assertEquals(3, ScheduleGap.elapsedMonths(H1, LocalDate.of(2025, 3, 31)));
    }

    @Test
    void almeloWithAnAdjustedQuotaOf190IsExpectedToHaveHoused63ByTheEndOfMarch() {
        assertEquals(95, ScheduleGap.expectedHoused(190, H1, LocalDate.of(2025, 3, 31)));
        assertEquals(63, ScheduleGap.expectedHoused(190, H1, LocalDate.of(2025, 2, 28)));
    }

    @Test
    void theGapIsWhatTheMunicipalityIsBehindTheBenchmarkAndNegativeWhenAhead() {
        assertEquals(95 - 40, ScheduleGap.gap(190, 40, H1, LocalDate.of(2025, 3, 31)));
        assertEquals(-5, ScheduleGap.gap(60, 35, H1, LocalDate.of(2025, 3, 31)));
    }
}
