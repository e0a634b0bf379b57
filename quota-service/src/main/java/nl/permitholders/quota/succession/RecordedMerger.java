package nl.permitholders.quota.succession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.distribution.Reorganisations;
import nl.permitholders.platform.period.Period;

/**
 * A merger as recorded (R3): the municipalities merged into {@code continuing} from {@code effectiveDate}, and when the
 * Rijk recorded it.
 *
 * @param absorption whether {@code continuing} existed before and absorbed the others; otherwise the merger formed it
 */
public record RecordedMerger(String continuing, List<String> merged, LocalDate effectiveDate, boolean absorption,
                             Instant recordedAt) {

    public RecordedMerger {
        merged = List.copyOf(merged);
    }

    /** The half-year that contains the merger: it belongs wholly to the continuing municipality. */
    public Period effectivePeriod() {
        return Period.containing(effectiveDate);
    }

    /** The merger as R1 reads it ({@code NationalDistribution}). */
    public Reorganisations.Merger forDistribution() {
        return new Reorganisations.Merger(continuing, merged, effectiveDate, absorption, recordedAt);
    }
}
