package nl.permitholders.supervision.national;

import java.util.ArrayList;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.period.PeriodParam;

/** The half-years from {@code from} to {@code to} a national read asks for: at most {@link #MAX_HALF_YEARS}, in order. */
final class HalfYearRange {

    /** Half-years at most in one read: ten years. */
    static final int MAX_HALF_YEARS = 20;

    private HalfYearRange() {
    }

    /** The half-years from {@code fromText} to {@code toText}, the oldest first; a 400 naming the parameter otherwise. */
    static List<Period> of(String fromText, String toText) {
        Period from = PeriodParam.parse("from", fromText);
        Period to = PeriodParam.parse("to", toText);
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "lies before from: " + to + " before " + from);
        }
        List<Period> halfYears = new ArrayList<>();
        for (Period p = from; !to.isBefore(p); p = p.next()) {
            if (halfYears.size() == MAX_HALF_YEARS) {
                throw InvalidInputException.of("to", "at most " + MAX_HALF_YEARS + " half-years in one read");
            }
            halfYears.add(p);
        }
        return halfYears;
    }
}
