package nl.permitholders.supervision.actionplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.ScheduleGap;

/**
 * Progress of an action plan (docs/domain.md, action plans): per half-year, the persons its measures expect housed
 * against the persons actually housed. While a half-year runs, it is held to the share of the expectation for the whole
 * months passed (as R6 holds the quota), rounded down. Dropped measures no longer count. The ledger cannot tell which
 * measure housed whom: actual is everyone the municipality housed in the half-year (R5).
 */
public final class ActionPlanProgress {

    /** How a half-year of the plan stands on the position date. */
    public enum Standing {
        /** The half-year has not begun. */
        NOT_STARTED,
        /** Fewer persons housed than expected by now. */
        BEHIND,
        /** At least as many housed as expected by now. */
        ON_TRACK
    }

    public record PeriodProgress(Period period, int expected, int expectedToDate, int housed, int difference, Standing standing) {
    }

    /** Persons housed in a half-year up to a date (the ledger's {@code housed}). */
    @FunctionalInterface
    public interface Housed {
        int inPeriod(Period period, LocalDate upTo);
    }

    private ActionPlanProgress() {
    }

    /** One line per half-year in which any measure expects persons, oldest first, on {@code position}. */
    public static List<PeriodProgress> of(Collection<Measure> measures, Housed housed, LocalDate position) {
        TreeSet<Period> periods = new TreeSet<>();
        measures.forEach(m -> m.expectedHoused().forEach(e -> periods.add(e.period())));
        return periods.stream().map(period -> {
            int expected = measures.stream().mapToInt(m -> m.expectedIn(period)).sum();
            int elapsed = ScheduleGap.elapsedMonths(period, position);
            int expectedToDate = expected * elapsed / 6;
            int actual = position.isBefore(period.firstDay()) ? 0 : housed.inPeriod(period, position);
            int difference = actual - expectedToDate;
            Standing standing = position.isBefore(period.firstDay()) ? Standing.NOT_STARTED
                    : difference < 0 ? Standing.BEHIND : Standing.ON_TRACK;
            return new PeriodProgress(period, expected, expectedToDate, actual, difference, standing);
        }).toList();
    }
}
