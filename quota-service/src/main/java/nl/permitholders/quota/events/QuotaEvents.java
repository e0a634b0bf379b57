package nl.permitholders.quota.events;

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

    public record MunicipalityRegistered(String municipalityCode, String name, String provinceCode) {
        public static final String TYPE = PREFIX + "municipality-registered.v1";
    }

    public record QuotaSet(String municipalityCode, String period, int persons, int version, String basis, String reason) {
        public static final String TYPE = PREFIX + "quota-set.v1";
    }

    public record OpeningBalanceSet(String municipalityCode, String period, int backlog, int version) {
        public static final String TYPE = PREFIX + "opening-balance-set.v1";
    }
}
