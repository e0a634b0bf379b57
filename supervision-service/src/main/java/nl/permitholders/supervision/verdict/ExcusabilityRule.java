package nl.permitholders.supervision.verdict;

import java.time.LocalDate;
import java.time.Month;
import nl.permitholders.platform.period.Period;

/**
 * R7: COA's reference dates are 1 April and 1 October. If at the reference date COA had coupled fewer persons than
 * the municipality still had to house, the shortfall up to that deficit is excusable: a municipality cannot house
 * people nobody coupled to it. At the deadline: MET when the backlog is zero or less, NOT_MET_EXCUSABLE when it is
 * no more than the coupling deficit, NOT_MET otherwise.
 */
public final class ExcusabilityRule {

    private ExcusabilityRule() {
    }

    /** 1 April for the first half-year, 1 October for the second. */
    public static LocalDate referenceDate(Period period) {
        return LocalDate.of(period.year(), period.half() == 1 ? Month.APRIL : Month.OCTOBER, 1);
    }

    /**
     * @param stillToHouse          the municipality's backlog position on the reference date
     * @param coupledUnhousedPersons persons COA had coupled to it and not yet housed on the reference date
     */
    public static int couplingDeficit(int stillToHouse, int coupledUnhousedPersons) {
        return Math.max(0, stillToHouse - Math.max(0, coupledUnhousedPersons));
    }

    public static Verdict verdict(int backlogAtDeadline, int couplingDeficit) {
        if (backlogAtDeadline <= 0) {
            return Verdict.MET;
        }
        return backlogAtDeadline <= couplingDeficit ? Verdict.NOT_MET_EXCUSABLE : Verdict.NOT_MET;
    }
}
