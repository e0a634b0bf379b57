package nl.permitholders.supervision.actionplan;

import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;

/** A measure of an action plan as it now stands: what it is, its term, its status and the persons it expects housed per half-year. */
public record Measure(UUID id, String title, Term term, MeasureStatus status, List<ExpectedHoused> expectedHoused) {

    /** Persons a measure expects to be housed in a half-year. */
    public record ExpectedHoused(Period period, int persons) {
    }

    public Measure {
        expectedHoused = List.copyOf(expectedHoused);
    }

    /** Persons the measure expects housed in {@code period}; none once it is dropped. */
    public int expectedIn(Period period) {
        if (status == MeasureStatus.DROPPED) {
            return 0;
        }
        return expectedHoused.stream().filter(e -> e.period().equals(period)).mapToInt(ExpectedHoused::persons).sum();
    }

    /** Whether the measure is still to deliver what it expects: planned or under way (done and dropped ones are not). */
    public boolean stillToDeliver() {
        return status == MeasureStatus.PLANNED || status == MeasureStatus.IN_PROGRESS;
    }
}
