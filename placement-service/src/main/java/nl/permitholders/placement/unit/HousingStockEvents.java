package nl.permitholders.placement.unit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Placement's reading of the housing-stock events it uses: only the fields it needs, unknown fields ignored (a
 * tolerant reader). Contracts in {@code docs/events/}.
 */
final class HousingStockEvents {

    private static final String PREFIX = "nl.permitholders.housingstock.";

    static final String UNIT_REGISTERED = PREFIX + "unit-registered.v1";
    static final String UNIT_CORRECTED = PREFIX + "unit-corrected.v1";
    static final String UNIT_RETIRED = PREFIX + "unit-retired.v1";

    private HousingStockEvents() {
    }

    /** A unit as it now stands (registered or corrected). {@code wheelchairAccessible} is read when present. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitStated(UUID unitId, String municipalityCode, UnitType type, Integer capacity, LocalDate temporaryUntil,
                      Boolean wheelchairAccessible) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitRetired(UUID unitId, String municipalityCode, LocalDate retiredOn) {
    }
}
