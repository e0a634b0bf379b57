package nl.permitholders.housingstock.unit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import nl.permitholders.housingstock.api.TenantList;
import nl.permitholders.platform.api.Page;

/** Reads the units for the resources: a tenant's list of them. */
@ApplicationScoped
@WithSession
public class UnitQueries {

    private static final Sort REGISTRATION_ORDER = Sort.by("registeredAt").and("id");

    /**
     * The units of the list in registration order: those in the stock, or with {@code retired} the retired ones; of
     * the type and owner type when given; with {@code available} those with free capacity (false: the full ones).
     */
    public <T> Uni<Page<T>> list(TenantList units, UnitType type, OwnerType ownerType, Boolean available, Boolean retired,
                                 Function<Unit, T> view) {
        units.where().always(Boolean.TRUE.equals(retired) ? "retiredOn is not null" : "retiredOn is null")
                .equal("type", type)
                .equal("ownerType", ownerType);
        if (available != null) {
            units.where().always(available ? "occupied < capacity" : "occupied >= capacity");
        }
        return units.page(Unit::matching, REGISTRATION_ORDER, view);
    }
}
