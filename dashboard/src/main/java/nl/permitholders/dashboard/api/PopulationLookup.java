package nl.permitholders.dashboard.api;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;

/**
 * The populations of the latest reference date (1 January) on or before a day, from supervision's open data: CBS
 * publishes one a year, so the day's own year first, then the years before it, as far back as a map shows.
 */
public final class PopulationLookup {

    /** How many years before the day's own a population is still looked for. */
    static final int YEARS_BACK = 2;

    private PopulationLookup() {
    }

    public static Uni<Populations> latestOnOrBefore(SupervisionClient supervision, LocalDate day) {
        return onOrBefore(supervision, day.getYear(), day.getYear() - YEARS_BACK);
    }

    private static Uni<Populations> onOrBefore(SupervisionClient supervision, int year, int earliest) {
        if (year < earliest) {
            return Uni.createFrom().item(Populations.NONE);
        }
        return supervision.populations(year + "-01-01")
                .onFailure(e -> e instanceof WebApplicationException w && w.getResponse().getStatus() == 404)
                .recoverWithUni(() -> onOrBefore(supervision, year - 1, earliest));
    }
}
