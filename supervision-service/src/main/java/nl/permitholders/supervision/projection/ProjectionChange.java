package nl.permitholders.supervision.projection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.LedgerEntry;

/** What one consumed event changes in the projection, decided from the event alone (see {@link EventDecoder}). */
public sealed interface ProjectionChange {

    /**
     * A province as quota-service described it at {@code statedAt} (the event's {@code ce_time}; null if it had none):
     * of two statements the later stands, whichever arrives last ({@code LatestStatement}).
     */
    record ProvinceStated(String code, String name, OffsetDateTime statedAt) implements ProjectionChange {
    }

    /**
     * A municipality as quota-service described it at {@code statedAt}; the later statement stands. It exists from
     * {@code validFrom} up to and including {@code validUntil} (null: open), as R1 reads the register.
     */
    record MunicipalityStated(String code, String name, String provinceCode, LocalDate validFrom, LocalDate validUntil,
                              OffsetDateTime statedAt) implements ProjectionChange {
    }

    /** A fact in a municipality's ledger. */
    record Fact(LedgerEntry entry) implements ProjectionChange {
    }

    /**
     * Municipalities merged into another on {@code effectiveDate} (R3), as stated at {@code statedAt}; the later statement
     * stands. The half-year that contains the date is wholly the continuing municipality's. {@code absorption} (null when
     * the event did not say) and {@code recordedAt} are what R1 reads of it.
     */
    record Merged(String newCode, List<String> mergedCodes, LocalDate effectiveDate, Boolean absorption, OffsetDateTime recordedAt,
                  OffsetDateTime statedAt) implements ProjectionChange {

        public Period effective() {
            return Period.containing(effectiveDate);
        }
    }

    /**
     * A municipality split over others from a half-year on (R3), each receiver with its share, in the order the split
     * lists them; the later statement stands.
     */
    record Split(String splitCode, List<String> receivers, List<Long> shares, Period effective, LocalDate effectiveDate,
                 OffsetDateTime statedAt)
            implements ProjectionChange {
    }

    /**
     * A municipality's population on a reference date in its {@code version}: the highest version stands, whichever
     * arrives last. It moves none of the municipality's figures; the map's backlog per 1,000 inhabitants and R1 in a
     * scenario read it, R1 with whether the province set it with a merger and when it was recorded.
     */
    record PopulationStated(String code, LocalDate referenceDate, int persons, int version, boolean setWithAMerger,
                            OffsetDateTime recordedAt) implements ProjectionChange {
    }
}
