package nl.permitholders.supervision.forecast;

import java.time.LocalDate;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.ScheduleGap;

/**
 * The backlog a municipality is heading for at the end of a half-year (R4 carried forward):
 * <ul>
 * <li><b>with an assumption</b> — the backlog carried into {@code from}, plus the quotas and exchanges of {@code from}
 * to {@code until}, minus the persons assumed housed in those half-years (Almelo's plan of approach: 117 carried into
 * 2025, quotas 73 + 75, 75 assumed housed → 190 at the end of 2025);</li>
 * <li><b>unchanged policy</b> — today's backlog, plus the quotas of the half-years still to come up to {@code until},
 * minus the pace of the trailing months (persons housed per month) for every month left.</li>
 * </ul>
 */
public final class Forecast {

    public enum Basis {
        ASSUMPTION, UNCHANGED_POLICY
    }

    public record Result(Basis basis, Period from, Period until, int carriedBacklog, int quotas, int exchanges,
                         int housedSoFar, int expectedFurtherHoused, double pacePerMonth, int backlog) {
    }

    private Forecast() {
    }

    public static Result withAssumption(BacklogLedger ledger, Period from, Period until, int assumedHousedPersons) {
        int carried = ledger.figures(from, null).carriedBacklog();
        int quotas = 0;
        int exchanges = 0;
        for (Period p = from; !until.isBefore(p); p = p.next()) {
            quotas += ledger.quota(p);
            exchanges += ledger.exchanges(p);
        }
        return new Result(Basis.ASSUMPTION, from, until, carried, quotas, exchanges, 0, assumedHousedPersons, 0,
                carried + quotas + exchanges - assumedHousedPersons);
    }

    public static Result unchangedPolicy(BacklogLedger ledger, Period until, LocalDate today, int trailingMonths) {
        Period current = Period.containing(today);
        int housedInWindow = housedBetween(ledger, today.minusMonths(trailingMonths), today);
        double pace = (double) housedInWindow / trailingMonths;
        int backlogToday = ledger.figures(current, today).backlog();
        int quotas = 0;
        int exchanges = 0;
        int monthsLeft = 6 - ScheduleGap.elapsedMonths(current, today);
        for (Period p = current.next(); !until.isBefore(p); p = p.next()) {
            quotas += ledger.quota(p);
            exchanges += ledger.exchanges(p);
            monthsLeft += 6;
        }
        int further = (int) Math.floor(pace * Math.max(0, monthsLeft));
        int housedSoFar = ledger.housed(current, today);
        int carried = ledger.figures(current, today).carriedBacklog();
        return new Result(Basis.UNCHANGED_POLICY, current, until, carried, ledger.quota(current) + quotas,
                ledger.exchanges(current) + exchanges, housedSoFar, further, pace, backlogToday + quotas + exchanges - further);
    }

    /** Persons housed after {@code from} up to and including {@code to}, over however many half-years that spans. */
    private static int housedBetween(BacklogLedger ledger, LocalDate from, LocalDate to) {
        int housed = 0;
        for (Period p = Period.containing(from); !Period.containing(to).isBefore(p); p = p.next()) {
            housed += ledger.housed(p, to) - ledger.housed(p, from);
        }
        return housed;
    }
}
