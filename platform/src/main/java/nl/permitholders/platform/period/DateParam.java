package nl.permitholders.platform.period;

import java.time.LocalDate;
import nl.permitholders.platform.api.QueryParams;
import nl.permitholders.platform.time.DateRange;

/**
 * An optional date query parameter (yyyy-mm-dd) read alone: null when absent, a 400 naming the parameter when it is no
 * date or lies outside {@link DateRange}.
 */
public final class DateParam {

    private DateParam() {
    }

    /** Where a request has more parameters, read them all through one {@link QueryParams} instead. */
    public static LocalDate parseOptional(String name, String value) {
        QueryParams params = new QueryParams();
        LocalDate date = params.date(name, value);
        params.throwIfAny();
        return date;
    }
}
