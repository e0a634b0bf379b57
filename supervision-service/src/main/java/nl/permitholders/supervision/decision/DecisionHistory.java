package nl.permitholders.supervision.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the province decided over time: a regime, a ladder stage, ladder rules, its verdict at a deadline. The decision
 * in force on a date is the latest taken on or before it: by the date it takes effect, and of two with the same date,
 * the one recorded later (a correction). A decision dated later than another but recorded before it still counts by
 * its date: the province may record a decision late. Nothing is overwritten.
 */
public class DecisionHistory<D extends DecisionHistory.Dated> {

    /** A decision: in force from a date (the date decided, or the date rules apply from), recorded at a moment. */
    public interface Dated {
        LocalDate inForceFrom();

        Instant recordedAt();
    }

    private final List<D> decisions;

    public DecisionHistory(Collection<D> decisions) {
        this.decisions = decisions.stream().sorted(Comparator.comparing(Dated::inForceFrom).thenComparing(Dated::recordedAt)).toList();
    }

    /** Every decision, oldest first, also those in force from a date still to come. */
    public List<D> all() {
        return decisions;
    }

    /** The decisions in force from {@code on} or before, oldest first. */
    public List<D> takenBy(LocalDate on) {
        return decisions.stream().filter(d -> !d.inForceFrom().isAfter(on)).toList();
    }

    /** The decision in force on {@code on}; none before the first. */
    public Optional<D> inForceOn(LocalDate on) {
        List<D> taken = takenBy(on);
        return taken.isEmpty() ? Optional.empty() : Optional.of(taken.get(taken.size() - 1));
    }

    /** The decision last in that order, whatever its date; none without any. */
    public Optional<D> latest() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    /** Whether a decision may carry this date when recorded {@code today}: not a date still to come. */
    public static boolean mayBeDatedOn(LocalDate decidedOn, LocalDate today) {
        return !decidedOn.isAfter(today);
    }
}
