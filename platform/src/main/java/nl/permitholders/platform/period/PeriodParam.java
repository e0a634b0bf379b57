package nl.permitholders.platform.period;

import nl.permitholders.platform.api.QueryParams;

/** A period path or query parameter read alone: a {@link Period}, or a 400 that names the parameter. */
public final class PeriodParam {

    /** Why an absent period is refused. */
    public static final String REQUIRED = "is required";

    private PeriodParam() {
    }

    /** Where a request has more parameters, read them all through one {@link QueryParams} instead. */
    public static Period parse(String name, String value) {
        QueryParams params = new QueryParams();
        Period period = params.required(name, value, REQUIRED, Period::parse);
        params.throwIfAny();
        return period;
    }
}
