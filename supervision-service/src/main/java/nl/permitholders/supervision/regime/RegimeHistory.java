package nl.permitholders.supervision.regime;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A municipality's regime decisions over time. The regime in force on a date is that of the latest decision taken on
 * or before it: by the date it was decided, and of two decided on the same date, the one recorded later (a
 * correction). A decision dated later than another but recorded before it still counts by its date: the province
 * may record a decision late. Nothing is overwritten; a decision is dated on the day it is recorded at the latest.
 */
public final class RegimeHistory {

    /** Oldest first: by the date decided, then by when recorded. */
    public static final Comparator<RegimeDecision> ORDER = Comparator.comparing(RegimeDecision::decidedOn)
            .thenComparing(RegimeDecision::recordedAt);

    private final List<RegimeDecision> decisions;

    public RegimeHistory(Collection<RegimeDecision> decisions) {
        this.decisions = decisions.stream().sorted(ORDER).toList();
    }

    /** The decisions taken on or before {@code on}, oldest first. */
    public List<RegimeDecision> takenBy(LocalDate on) {
        return decisions.stream().filter(d -> !d.decidedOn().isAfter(on)).toList();
    }

    /** The decision in force on {@code on}; none before the first decision. */
    public Optional<RegimeDecision> inForceOn(LocalDate on) {
        List<RegimeDecision> taken = takenBy(on);
        return taken.isEmpty() ? Optional.empty() : Optional.of(taken.get(taken.size() - 1));
    }

    /** Whether a decision may carry this date when recorded {@code today}: not a date still to come. */
    public static boolean mayBeDatedOn(LocalDate decidedOn, LocalDate today) {
        return !decidedOn.isAfter(today);
    }
}
