package nl.permitholders.placement.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The events placement-service publishes on {@code placement.events}; schemas in {@code docs/events/}. Counts,
 * dates, flags and pseudonymous ids only (R9). Optional values that are unknown are left out.
 */
public final class PlacementEvents {

    private static final String PREFIX = "nl.permitholders.placement.";

    private PlacementEvents() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CouplingRegistered(UUID couplingId, String municipalityCode, int adults, int minors, int persons,
                                     String householdType, LocalDate permitDate, LocalDate couplingDate,
                                     int expectedReunificationPersons, String receptionRegion, Boolean ownRegion) {
        public static final String TYPE = PREFIX + "coupling-registered.v1";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CouplingCorrected(UUID couplingId, String municipalityCode, int adults, int minors, int persons,
                                    String householdType, LocalDate permitDate, LocalDate couplingDate,
                                    int expectedReunificationPersons, String receptionRegion, Boolean ownRegion) {
        public static final String TYPE = PREFIX + "coupling-corrected.v1";
    }

    /**
     * COA named the receiving municipality of an open coupling of a municipality split over others (R3) on
     * {@code dividedOn}, from which day the coupling is that municipality's; subject and key the municipality it was
     * coupled to, which it keeps.
     */
    public record CouplingDivided(UUID couplingId, String municipalityCode, String receivingMunicipalityCode, LocalDate dividedOn) {
        public static final String TYPE = PREFIX + "coupling-divided.v1";
    }

    public record CouplingCancelled(UUID couplingId, String municipalityCode, int unhousedPersons, LocalDate cancelledOn,
                                    String reason) {
        public static final String TYPE = PREFIX + "coupling-cancelled.v1";
    }

    public record UnitOffered(UUID offerId, UUID couplingId, String municipalityCode, UUID unitId, String unitType,
                              int persons, LocalDate offeredOn) {
        public static final String TYPE = PREFIX + "unit-offered.v1";
    }

    public record OfferDeclined(UUID offerId, UUID couplingId, String municipalityCode, UUID unitId, int persons,
                                LocalDate declinedOn, String reason) {
        public static final String TYPE = PREFIX + "offer-declined.v1";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlacementRecorded(UUID placementId, UUID couplingId, String municipalityCode, int persons,
                                    LocalDate housedOn, UUID unitId, String unitType, Boolean temporary) {
        public static final String TYPE = PREFIX + "placement-recorded.v1";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlacementRevoked(UUID placementId, UUID couplingId, String municipalityCode, int persons,
                                   LocalDate housedOn, UUID unitId, LocalDate revokedOn, String reason) {
        public static final String TYPE = PREFIX + "placement-revoked.v1";
    }

    public record MovedToFollowUpHousing(UUID placementId, UUID couplingId, String municipalityCode, int persons,
                                         LocalDate housedOn, LocalDate movedOn) {
        public static final String TYPE = PREFIX + "moved-to-follow-up-housing.v1";
    }

    /**
     * A file of COA's records has been imported (state ACCEPTED: every household's events were appended before this one)
     * or refused as a whole (REFUSED: nothing of it was stored); counts only, subject and key NL01 (the Netherlands: an
     * import spans municipalities). Not for an import answered in its request that was refused: its caller was told, and
     * nothing of it is kept.
     */
    public record CouplingImportCompleted(UUID importId, String state, int lines, int linesRefused, int couplingsRegistered,
                                          int placementsRecorded, int reunificationsRecorded, int couplingsCancelled, int events) {
        public static final String TYPE = PREFIX + "coupling-import-completed.v1";
        public static final String SUBJECT = "NL01";
    }

    /** {@code temporary} and {@code joinedPlacementId}: they joined the referent's placement in temporary housing. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReunificationArrived(UUID reunificationId, UUID couplingId, String municipalityCode, int persons,
                                       LocalDate arrivedOn, boolean temporary, UUID joinedPlacementId) {
        public static final String TYPE = PREFIX + "reunification-arrived.v1";
    }
}
