package nl.permitholders.dashboard.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's own half-years and, once it has ended, what it became, as supervision's getMunicipalityLifespan
 * writes it (LifespanView): {@code ended} is absent while it exists.
 */
public record Lifespan(String municipalityCode, String name, String provinceCode, boolean exists, String firstPeriod,
                       String lastPeriod, Ended ended) {

    /** On {@code on} (its first day no longer existing) it became part of its successors; {@code effectivePeriod} is theirs. */
    public record Ended(LocalDate on, Became became, String effectivePeriod, List<Successor> successors) {
    }

    public enum Became {
        MERGED_INTO,
        SPLIT_OVER
    }

    /** A municipality it became (part of); {@code share} only for a split. */
    public record Successor(String municipalityCode, String name, Long share, String figures) {
    }
}
