package nl.permitholders.supervision.projection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.QuotaStatus;

/**
 * Supervision's reading of the events it consumes: only the fields it needs; {@link EventDecoder} ignores unknown
 * fields (a tolerant reader), so producers can add fields without breaking it. The contracts are in {@code docs/events/}.
 */
final class ConsumedEvents {

    static final String QUOTA = "nl.permitholders.quota.";
    static final String PLACEMENT = "nl.permitholders.placement.";
    static final String HOUSING_STOCK = "nl.permitholders.housingstock.";

    private ConsumedEvents() {
    }

    record ProvinceRegistered(String provinceCode, String name) {
        static final String TYPE = QUOTA + "province-registered.v1";
    }

    record MunicipalityRegistered(String municipalityCode, String name, String provinceCode) {
        static final String TYPE = QUOTA + "municipality-registered.v1";
    }

    /** {@code status} and {@code publishedOn} came later: an event without status is a final quota, without date one of unknown date. */
    record QuotaSet(String municipalityCode, String period, Integer persons, Integer version, QuotaStatus status, LocalDate publishedOn) {
        static final String TYPE = QUOTA + "quota-set.v1";
    }

    record PopulationSet(String municipalityCode, LocalDate referenceDate, Integer persons, Integer version) {
        static final String TYPE = QUOTA + "population-set.v1";
    }

    record OpeningBalanceSet(String municipalityCode, String period, Integer backlog, Integer version) {
        static final String TYPE = QUOTA + "opening-balance-set.v1";
    }

    record CouplingRegistered(UUID couplingId, String municipalityCode, Integer persons, String householdType, LocalDate couplingDate) {
        static final String TYPE = PLACEMENT + "coupling-registered.v1";
    }

    record PlacementRecorded(UUID placementId, UUID couplingId, String municipalityCode, Integer persons, LocalDate housedOn,
                             UUID unitId, String unitType, Boolean temporary) {
        static final String TYPE = PLACEMENT + "placement-recorded.v1";
    }

    record MovedToFollowUpHousing(UUID placementId, UUID couplingId, String municipalityCode, Integer persons, LocalDate movedOn) {
        static final String TYPE = PLACEMENT + "moved-to-follow-up-housing.v1";
    }

    record QuotaExchanged(UUID exchangeId, String municipalityCode, String period, Integer delta) {
        static final String TYPE = QUOTA + "quota-exchanged.v1";
    }

    record MunicipalitiesMerged(String municipalityCode, List<String> mergedMunicipalityCodes, LocalDate effectiveDate,
                                String effectivePeriod) {
        static final String TYPE = QUOTA + "municipalities-merged.v1";
    }

    record MunicipalitySplit(String municipalityCode, List<Receiver> receivers, LocalDate effectiveDate, String effectivePeriod) {
        static final String TYPE = QUOTA + "municipality-split.v1";

        record Receiver(String municipalityCode, Long share) {
        }
    }

    /** {@code dividedOn} came later: an event without it is read as divided on the day of its time ({@code SplitCouplingsRule}). */
    record CouplingDivided(UUID couplingId, String municipalityCode, String receivingMunicipalityCode, LocalDate dividedOn) {
        static final String TYPE = PLACEMENT + "coupling-divided.v1";
    }

    record CouplingCancelled(UUID couplingId, String municipalityCode, Integer unhousedPersons, LocalDate cancelledOn,
                             CancellationReason reason) {
        static final String TYPE = PLACEMENT + "coupling-cancelled.v1";
    }

    record AllocationRecorded(UUID allocationId, String municipalityCode, Integer persons, LocalDate allocatedOn, Boolean permitHolders) {
        static final String TYPE = HOUSING_STOCK + "allocation-recorded.v1";
    }

    record PlacementRevoked(UUID placementId, String municipalityCode, Integer persons, LocalDate revokedOn) {
        static final String TYPE = PLACEMENT + "placement-revoked.v1";
    }

    record ReunificationArrived(UUID reunificationId, UUID couplingId, String municipalityCode, Integer persons, LocalDate arrivedOn,
                                Boolean temporary, UUID joinedPlacementId) {
        static final String TYPE = PLACEMENT + "reunification-arrived.v1";
    }

    record CouplingCorrected(UUID couplingId, String municipalityCode, Integer persons, String householdType, LocalDate couplingDate) {
        static final String TYPE = PLACEMENT + "coupling-corrected.v1";
    }

    record CapacityPlanned(UUID projectId, String municipalityCode, Integer permitHolderPlaces,
                           List<ExpectedDelivery> expectedDeliveries) {
        static final String TYPE = HOUSING_STOCK + "capacity-planned.v1";

        record ExpectedDelivery(String period, Integer permitHolderPlaces) {
        }
    }

    record CapacityDelivered(UUID projectId, UUID deliveryId, String municipalityCode, LocalDate deliveredOn, Integer permitHolderPlaces) {
        static final String TYPE = HOUSING_STOCK + "capacity-delivered.v1";
    }

    /** A unit where it lies now (R3, splits); its owner and the rest of it supervision does not keep. */
    record UnitLocated(UUID unitId, String municipalityCode) {
        static final String REGISTERED = HOUSING_STOCK + "unit-registered.v1";
        static final String CORRECTED = HOUSING_STOCK + "unit-corrected.v1";
    }

    /** Known event types that do not (yet) move supervision's figures: acknowledged, not dead-lettered. */
    static final Set<String> KNOWN_WITHOUT_EFFECT = Set.of(
            QUOTA + "national-quota-set.v1",
            PLACEMENT + "unit-offered.v1",
            PLACEMENT + "offer-declined.v1",
            HOUSING_STOCK + "unit-retired.v1",
            HOUSING_STOCK + "vacancy-reported.v1",
            HOUSING_STOCK + "performance-agreement-set.v1");
}
