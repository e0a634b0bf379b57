package nl.permitholders.housingstock.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events housing-stock-service publishes on {@code housing-stock.events}, keyed by municipality code. Each type
 * has a JSON Schema at {@code docs/events/<type>.schema.json}; the data carries ids, codes, dates and counts only
 * (R9). Optional values are left out when unknown.
 */
public final class HousingStockEvents {

    private static final String PREFIX = "nl.permitholders.housingstock.";

    private HousingStockEvents() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnitRegistered(UUID unitId, String externalId, String ownerId, String ownerType, String municipalityCode,
                                 String neighbourhoodCode, String type, int capacity, BigDecimal monthlyRent,
                                 LocalDate temporaryUntil) {
        public static final String TYPE = PREFIX + "unit-registered.v1";
    }

    /** The unit as it stands after the correction. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnitCorrected(UUID unitId, String externalId, String ownerId, String ownerType, String municipalityCode,
                                String neighbourhoodCode, String type, int capacity, BigDecimal monthlyRent,
                                LocalDate temporaryUntil) {
        public static final String TYPE = PREFIX + "unit-corrected.v1";
    }

    public record UnitRetired(UUID unitId, String municipalityCode, LocalDate retiredOn) {
        public static final String TYPE = PREFIX + "unit-retired.v1";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VacancyReported(UUID vacancyId, String corporationId, String municipalityCode, LocalDate availableFrom,
                                  UUID unitId) {
        public static final String TYPE = PREFIX + "vacancy-reported.v1";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AllocationRecorded(UUID allocationId, String corporationId, String municipalityCode,
                                     LocalDate allocatedOn, int persons, boolean permitHolders, UUID unitId) {
        public static final String TYPE = PREFIX + "allocation-recorded.v1";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PerformanceAgreementSet(UUID agreementId, String corporationId, String municipalityCode, String period,
                                          LocalDate firstDay, LocalDate lastDay, Integer agreedAllocations,
                                          BigDecimal agreedPercentage) {
        public static final String TYPE = PREFIX + "performance-agreement-set.v1";
    }

    /** The project's plan as it now stands; a later CapacityPlanned for the same project replaces it. */
    public record CapacityPlanned(UUID projectId, String municipalityCode, String projectType, int units,
                                  int permitHolderPlaces, List<ExpectedDelivery> expectedDeliveries) {
        public static final String TYPE = PREFIX + "capacity-planned.v1";

        public record ExpectedDelivery(String period, int units, int permitHolderPlaces) {
        }
    }

    public record CapacityDelivered(UUID projectId, UUID deliveryId, String municipalityCode, LocalDate deliveredOn,
                                    int units, int permitHolderPlaces) {
        public static final String TYPE = PREFIX + "capacity-delivered.v1";
    }
}
