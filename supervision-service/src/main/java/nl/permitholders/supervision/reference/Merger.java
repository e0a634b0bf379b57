package nl.permitholders.supervision.reference;

import java.time.LocalDate;

/**
 * A municipality that merged into another on a date, its half-year wholly the other's (R3); {@code effectivePeriod}
 * contains {@code effectiveDate}, the day the merged municipality ceased to exist.
 */
public record Merger(String mergedCode, String newCode, String effectivePeriod, LocalDate effectiveDate) {
}
