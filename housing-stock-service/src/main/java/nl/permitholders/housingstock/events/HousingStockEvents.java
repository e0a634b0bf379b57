package nl.permitholders.housingstock.events;

import java.util.UUID;

/**
 * The events housing-stock-service publishes on {@code housing-stock.events}. Each type has a JSON Schema at
 * {@code docs/events/<type>.schema.json}; the data carries ids, codes and counts only.
 */
public final class HousingStockEvents {

    private static final String PREFIX = "nl.permitholders.housingstock.";

    private HousingStockEvents() {
    }

    public record UnitRegistered(UUID unitId, String externalId, String ownerId, String municipalityCode, String type,
                                 int capacity) {
        public static final String TYPE = PREFIX + "unit-registered.v1";
    }
}
