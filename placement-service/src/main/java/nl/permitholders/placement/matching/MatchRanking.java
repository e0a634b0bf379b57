package nl.permitholders.placement.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.coupling.Overdue;
import nl.permitholders.placement.waiting.WaitingOrder;

/**
 * The order in which households that fit a unit are suggested: longest waiting first, in whole weeks since the
 * permit; among households waiting equally many weeks, those from an asylum centre in the municipality's own region
 * first; then the waiting order by date.
 */
public final class MatchRanking {

    private MatchRanking() {
    }

    /** A household waiting for housing, with the persons still to be housed. */
    public record Candidate(UUID couplingId, String coaReference, HouseholdType householdType, int persons,
                            LocalDate permitDate, LocalDate couplingDate, boolean ownRegion, boolean needsWheelchairAccess)
            implements WaitingOrder.Waiting {
    }

    public static Comparator<Candidate> order(LocalDate today) {
        return Comparator.<Candidate>comparingLong(c -> -WaitingOrder.weeksWaiting(c.permitDate(), today))
                .thenComparing(c -> !c.ownRegion())
                .thenComparing(WaitingOrder.longestFirst());
    }

    /** Why the candidate ranks where it does. */
    public static List<String> reasons(Candidate candidate, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        reasons.add("waiting " + WaitingOrder.weeksWaiting(candidate.permitDate(), today) + " weeks since the permit of "
                + candidate.permitDate());
        if (Overdue.isOverdue(candidate.couplingDate(), today)) {
            reasons.add("overdue since " + Overdue.since(candidate.couplingDate()) + " (12 weeks after coupling)");
        }
        reasons.add(candidate.ownRegion()
                ? "asylum centre in the municipality's own region (preferred)"
                : "asylum centre not known to be in the municipality's own region");
        return reasons;
    }
}
