package nl.permitholders.quota.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events quota-service publishes on {@code quota.events}. Each type has a JSON Schema at
 * {@code docs/events/<type>.schema.json}; the data carries codes and counts only.
 */
public final class QuotaEvents {

    private static final String PREFIX = "nl.permitholders.quota.";

    private QuotaEvents() {
    }

    public record ProvinceRegistered(String provinceCode, String name) {
        public static final String TYPE = PREFIX + "province-registered.v1";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MunicipalityRegistered(String municipalityCode, String name, String provinceCode, LocalDate validFrom,
                                         LocalDate validUntil) {
        public static final String TYPE = PREFIX + "municipality-registered.v1";
    }

    /**
     * The reason in words stays in quota-service (R9: events carry codes and ids); {@code basis} says where it came from,
     * {@code status} whether it is provisional or final; {@code publishedOn} is left out when not known.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuotaSet(String municipalityCode, String period, int persons, int version, String basis, String status,
                           LocalDate publishedOn) {
        public static final String TYPE = PREFIX + "quota-set.v1";
    }

    /**
     * The national total of a half-year and how its distribution came out (R1); subject and key NL01 (the Netherlands).
     * The reason in words stays in quota-service (R9).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NationalQuotaSet(String period, int persons, int version, LocalDate populationReferenceDate,
                                   long nationalPopulation, int sumOfQuotas, int surplus, String status, LocalDate publishedOn) {
        public static final String TYPE = PREFIX + "national-quota-set.v1";
        public static final String SUBJECT = "NL01";
    }

    /**
     * One municipality's part in an exchange (R2); the partners' parts are events of their own, with the same exchangeId.
     * The reason in words stays in quota-service (R9).
     */
    public record QuotaExchanged(UUID exchangeId, String municipalityCode, String period, int delta, List<String> partners) {
        public static final String TYPE = PREFIX + "quota-exchanged.v1";
    }

    /**
     * R3: from effectiveDate the new municipality takes over the merged ones' backlog and quotas. {@code absorption} and
     * {@code recordedAt} are what R1 reads of a merger ({@code NationalDistribution}), so that supervision's scenarios
     * count the populations as this service does.
     */
    public record MunicipalitiesMerged(UUID mergerId, String municipalityCode, List<String> mergedMunicipalityCodes,
                                       LocalDate effectiveDate, String effectivePeriod, boolean absorption, Instant recordedAt) {
        public static final String TYPE = PREFIX + "municipalities-merged.v1";
    }

    /**
     * A municipality split over others (R3, CBS's opsplitsing); subject and key the split municipality's code. Each
     * receiver carries its share (its part of the population), in the order the split lists them.
     */
    public record MunicipalitySplit(UUID splitId, String municipalityCode, List<Receiver> receivers, LocalDate effectiveDate,
                                    String effectivePeriod) {
        public static final String TYPE = PREFIX + "municipality-split.v1";

        public record Receiver(String municipalityCode, long share) {
        }
    }

    public record OpeningBalanceSet(String municipalityCode, String period, int backlog, int version) {
        public static final String TYPE = PREFIX + "opening-balance-set.v1";
    }

    /**
     * A new version of a municipality's population on a reference date (1 January): a CBS figure imported or one a
     * province set at a merger. The highest version is current; supervision uses it for the backlog per 1,000
     * inhabitants and for R1 in its scenarios, which reads of a figure set with a merger that it was ({@code setWithAMerger},
     * absent for CBS's) and when ({@code recordedAt}, with it).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PopulationSet(String municipalityCode, LocalDate referenceDate, int persons, int version, Boolean setWithAMerger,
                                Instant recordedAt) {
        public static final String TYPE = PREFIX + "population-set.v1";
    }
}
