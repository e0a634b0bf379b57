package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.reference.Merger;
import nl.permitholders.supervision.reference.Municipality;

/**
 * What supervision knows of a municipality: its register entry (if seen yet), its ledger, its own merger, and the date
 * it was split over others (CBS's opsplitsing), if it was. Its verdicts are {@code DeadlineJudge.judgeClosed(known, today)},
 * its ladder's deadlines {@code InterventionAdvisor.deadlines(known, date)}.
 */
public record KnownMunicipality(String code, Municipality municipality, BacklogLedger ledger, Optional<Merger> mergedInto,
                                Optional<LocalDate> splitOn) {

    public KnownMunicipality(String code, Municipality municipality, BacklogLedger ledger, Optional<Merger> mergedInto) {
        this(code, municipality, ledger, mergedInto, Optional.empty());
    }

    /** Whether this half-year belongs to the municipality it merged into. */
    public boolean mergedBy(Period period) {
        return mergedInto.isPresent() && !period.isBefore(mergedFrom().get());
    }

    /**
     * Whether this half-year belongs to others: the municipality it merged into, or the receivers it was split over, whose
     * figures of the split's half-year hold its part by share (R3). Its own figures are then those of an empty ledger, so
     * that no overview counts them twice.
     */
    public boolean ceasedBy(Period period) {
        return mergedBy(period) || splitOn.isPresent() && !period.isBefore(Period.containing(splitOn.get()));
    }

    public Optional<Period> mergedFrom() {
        return mergedInto.map(m -> Period.parse(m.effectivePeriod()));
    }

    /** The half-year from which its figures are others' ({@link #ceasedBy}): its merger's or its split's; empty while it exists. */
    public Optional<Period> ceasedFrom() {
        return mergedFrom().or(() -> splitOn.map(Period::containing));
    }

    /**
     * The half-year's figures ({@link BacklogLedger#halfYear}); from its merger on, the half-year belongs to the
     * municipality it merged into, or to its receivers after a split (R3), and it has no figures of its own: those of an empty ledger. As of a date, the
     * figures count only the adoptions of COA's figures known then ({@link BacklogLedger#knownOn}).
     */
    public HalfYearFigures figures(Period period, LocalDate asOf, LocalDate today) {
        if (ceasedBy(period)) {
            return new BacklogLedger(code, List.of()).halfYear(period, asOf, today);
        }
        return (asOf == null ? ledger : ledger.knownOn(asOf)).halfYear(period, asOf, today);
    }

    /**
     * This municipality as {@code view} shows it as of {@code asOf}: as known then, its ledger with only the facts
     * registered by then ({@link BacklogLedger#registeredBy}); today's view, as it is. Without a date, or on or after
     * {@code today}, as it is. The adoptions of COA's figures count as decided by then either way ({@link BacklogLedger#knownOn}).
     */
    public KnownMunicipality seenOn(LocalDate asOf, AsOfView view, LocalDate today) {
        if (asOf == null || view != AsOfView.KNOWN_THEN || !asOf.isBefore(today)) {
            return this;
        }
        BacklogLedger known = ledger.registeredBy(asOf);
        return known == ledger ? this : new KnownMunicipality(code, municipality, known, mergedInto, splitOn);
    }

    public String provinceCode() {
        return municipality == null ? null : municipality.provinceCode();
    }
}
