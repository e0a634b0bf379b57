package nl.permitholders.webhooks;

import java.util.Objects;

/**
 * Which events a subscription's owner hears of: what it may read through the APIs, never more (docs/security.md,
 * docs/webhooks.md#what-you-hear-of). The Rijk reads everything in quota-service and supervision's figures of every
 * municipality; COA everything in placement-service; a municipality what concerns itself in every service; a province
 * what quota-service and supervision hold of its own municipalities (and its own registration); a corporation the
 * units, vacancies, allocations and agreements it holds. A subscription's filter only narrows this: an event is sent
 * when the owner may read it and the filter takes it.
 */
public final class WebhookAudience {

    public static final String QUOTA = "nl.permitholders.quota.";
    public static final String PLACEMENT = "nl.permitholders.placement.";
    public static final String HOUSING_STOCK = "nl.permitholders.housingstock.";
    public static final String SUPERVISION = "nl.permitholders.supervision.";

    /** The roles that may subscribe; each but the Rijk's and COA's bound to one tenant. */
    public enum OwnerRole {
        RIJK, COA, MUNICIPALITY, PROVINCE, CORPORATION
    }

    /** Who owns a subscription: a role and, for a bound role, its tenant (a municipality, province or corporation). */
    public record Owner(OwnerRole role, String tenant) {

        public Owner {
            Objects.requireNonNull(role);
            if ((role == OwnerRole.RIJK || role == OwnerRole.COA) != (tenant == null)) {
                throw new IllegalArgumentException(role + " is " + (tenant == null ? "bound to a tenant" : "bound to no tenant"));
            }
        }

        /**
         * Whose audit trail its subscriptions' writes go in: {@code webhooks:} and the role, and the tenant where bound
         * ({@code webhooks:municipality:GM0141}), apart from a municipality's own trail of figures and decisions.
         */
        public String trail() {
            return "webhooks:" + role.name().toLowerCase(java.util.Locale.ROOT) + (tenant == null ? "" : ":" + tenant);
        }
    }

    /**
     * What an event says about whose it is: its type, the municipality it concerns, the province that municipality lies
     * in and the corporation that holds it, each null when there is none or it is not known.
     */
    public record EventFacts(String type, String municipalityCode, String provinceCode, String corporationId) {
    }

    private WebhookAudience() {
    }

    /** Whether an owner in {@code role} may hear of events of {@code type} at all (a filter naming another is refused). */
    public static boolean mayChoose(OwnerRole role, String type) {
        return switch (role) {
            case RIJK -> type.startsWith(QUOTA) || type.startsWith(SUPERVISION);
            case COA -> type.startsWith(PLACEMENT);
            case MUNICIPALITY -> type.startsWith(QUOTA) || type.startsWith(PLACEMENT) || type.startsWith(HOUSING_STOCK)
                    || type.startsWith(SUPERVISION);
            case PROVINCE -> type.startsWith(QUOTA) || type.startsWith(SUPERVISION);
            case CORPORATION -> type.startsWith(HOUSING_STOCK);
        };
    }

    /** Whether {@code owner} may read the event: its role reads the type, and its tenant is the event's. */
    public static boolean mayRead(Owner owner, EventFacts event) {
        if (!mayChoose(owner.role(), event.type())) {
            return false;
        }
        return switch (owner.role()) {
            case RIJK, COA -> true;
            case MUNICIPALITY -> owner.tenant().equals(event.municipalityCode());
            case PROVINCE -> owner.tenant().equals(event.provinceCode());
            case CORPORATION -> owner.tenant().equals(event.corporationId());
        };
    }
}
