package nl.permitholders.supervision.merger;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A municipality's own span of half-years and, once it has ended, what it became (R3): merged into another on a date,
 * or split over others; from the half-year of that date on its half-years are theirs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"municipalityCode", "exists"})
public record LifespanView(String municipalityCode, String name, String provinceCode,
                           @Schema(description = "false once it has ended (merged into another, or split over others)") boolean exists,
                           @Schema(description = "its first half-year with figures; absent when none") String firstPeriod,
                           @Schema(description = "its last half-year of its own: the one before the half-year it ended in; absent "
                                   + "while it exists") String lastPeriod,
                           @Schema(description = "how it ended; absent while it exists") Ended ended) {

    /** How it ended: on {@code on} (the first day it no longer existed), {@code became} MERGED_INTO or SPLIT_OVER its successors. */
    @Schema(name = "MunicipalityEnded", requiredProperties = {"on", "became", "effectivePeriod", "successors"})
    public record Ended(LocalDate on, Became became,
                        @Schema(description = "the half-year that contains the date: wholly its successors'") String effectivePeriod,
                        @Schema(description = "the continuing municipality, or the receivers in the split's order") List<Successor> successors) {
    }

    public enum Became {
        /** Merged into another municipality, new or absorbing it (CBS's samenvoeging, toevoeging). */
        MERGED_INTO,
        /** Split over others (CBS's opsplitsing). */
        SPLIT_OVER
    }

    /** A municipality it became (part of), with its figures of the half-year it ended in. */
    @Schema(name = "MunicipalitySuccessor", requiredProperties = {"municipalityCode", "figures"})
    public record Successor(String municipalityCode, String name,
                            @Schema(description = "its share of the split municipality (the receivers' shares together are its "
                                    + "population); absent for a merger") Long share,
                            @Schema(description = "the address of its figures of the half-year the municipality ended in") String figures) {
    }
}
