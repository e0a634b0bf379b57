package nl.permitholders.placement.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The events placement-service publishes on {@code placement.events}; schemas in {@code docs/events/}. Counts,
 * dates and pseudonymous ids only (R9).
 */
public final class PlacementEvents {

    private static final String PREFIX = "nl.permitholders.placement.";

    private PlacementEvents() {
    }

    public record CouplingRegistered(UUID couplingId, String municipalityCode, int adults, int minors, int persons,
                                     String householdType, LocalDate permitDate, LocalDate couplingDate) {
        public static final String TYPE = PREFIX + "coupling-registered.v1";
    }

    public record PlacementRecorded(UUID placementId, UUID couplingId, String municipalityCode, int persons, LocalDate housedOn) {
        public static final String TYPE = PREFIX + "placement-recorded.v1";
    }
}
