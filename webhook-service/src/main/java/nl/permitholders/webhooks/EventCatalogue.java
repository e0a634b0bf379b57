package nl.permitholders.webhooks;

import java.util.Set;

/** The event types of the four topics a subscription's filter may name, as docs/events lists them (EventCatalogueTest in this package). */
public final class EventCatalogue {

    public static final Set<String> TYPES = Set.of(
            "nl.permitholders.housingstock.allocation-recorded.v1",
            "nl.permitholders.housingstock.capacity-delivered.v1",
            "nl.permitholders.housingstock.capacity-planned.v1",
            "nl.permitholders.housingstock.performance-agreement-set.v1",
            "nl.permitholders.housingstock.unit-corrected.v1",
            "nl.permitholders.housingstock.unit-registered.v1",
            "nl.permitholders.housingstock.unit-retired.v1",
            "nl.permitholders.housingstock.vacancy-reported.v1",
            "nl.permitholders.placement.coupling-cancelled.v1",
            "nl.permitholders.placement.coupling-corrected.v1",
            "nl.permitholders.placement.coupling-divided.v1",
            "nl.permitholders.placement.coupling-import-completed.v1",
            "nl.permitholders.placement.coupling-registered.v1",
            "nl.permitholders.placement.moved-to-follow-up-housing.v1",
            "nl.permitholders.placement.offer-declined.v1",
            "nl.permitholders.placement.placement-recorded.v1",
            "nl.permitholders.placement.placement-revoked.v1",
            "nl.permitholders.placement.reunification-arrived.v1",
            "nl.permitholders.placement.unit-offered.v1",
            "nl.permitholders.quota.municipalities-merged.v1",
            "nl.permitholders.quota.municipality-registered.v1",
            "nl.permitholders.quota.municipality-split.v1",
            "nl.permitholders.quota.national-quota-set.v1",
            "nl.permitholders.quota.opening-balance-set.v1",
            "nl.permitholders.quota.population-set.v1",
            "nl.permitholders.quota.province-registered.v1",
            "nl.permitholders.quota.quota-exchanged.v1",
            "nl.permitholders.quota.quota-set.v1",
            "nl.permitholders.supervision.action-plan-updated.v1",
            "nl.permitholders.supervision.intervention-stage-decided.v1",
            "nl.permitholders.supervision.supervision-regime-decided.v1");

    private EventCatalogue() {
    }
}
