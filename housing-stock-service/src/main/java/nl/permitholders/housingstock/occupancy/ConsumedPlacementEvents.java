package nl.permitholders.housingstock.occupancy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.housingstock.unit.Occupancy;

/**
 * This service's reading of the placement events it uses: only the fields it needs, unknown fields ignored (a
 * tolerant reader). The contracts are in {@code docs/events/}.
 */
final class ConsumedPlacementEvents {

    private static final String PLACEMENT = "nl.permitholders.placement.";

    private ConsumedPlacementEvents() {
    }

    /** Occupancy applies only when unitId is present. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlacementRecorded(UUID placementId, String municipalityCode, Integer persons, LocalDate housedOn, UUID unitId) {
        static final String TYPE = PLACEMENT + "placement-recorded.v1";
    }

    /** Frees the unit from revokedOn. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlacementRevoked(UUID placementId, String municipalityCode, Integer persons, LocalDate housedOn, UUID unitId,
                            LocalDate revokedOn) {
        static final String TYPE = PLACEMENT + "placement-revoked.v1";
    }

    /** Frees the place in temporary housing (an intermediate facility) from movedOn. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MovedToFollowUpHousing(UUID placementId, String municipalityCode, Integer persons, LocalDate housedOn,
                                  LocalDate movedOn) {
        static final String TYPE = PLACEMENT + "moved-to-follow-up-housing.v1";
    }
}
