package nl.permitholders.quota.succession;

import java.time.LocalDate;
import java.util.Map;
import nl.permitholders.platform.distribution.Reorganisations;
import nl.permitholders.platform.period.Period;

/**
 * A split as recorded (R3): {@code split} ceased to exist on {@code effectiveDate}, its territory going to the receivers,
 * each with its share (its part of the population), in the order recorded.
 */
public record RecordedSplit(String split, Map<String, Long> shares, LocalDate effectiveDate) {

    public RecordedSplit {
        shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
    }

    /** The half-year that contains the split: its figures of the split municipality are divided over the receivers. */
    public Period effectivePeriod() {
        return Period.containing(effectiveDate);
    }

    /** The split as R1 reads it ({@code NationalDistribution}). */
    public Reorganisations.Split forDistribution() {
        return new Reorganisations.Split(split, shares, effectiveDate);
    }
}
