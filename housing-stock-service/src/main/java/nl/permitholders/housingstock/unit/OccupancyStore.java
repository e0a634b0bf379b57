package nl.permitholders.housingstock.unit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps a unit's availability column ({@link Unit#occupied}) in step with the placements recorded in it, for the
 * application services and the consumer that change either.
 */
@ApplicationScoped
public class OccupancyStore {

    /** Recomputes {@link Unit#occupied}; call in the transaction that changed the unit or its placements. */
    public Uni<Void> refresh(Unit unit) {
        return UnitPlacement.inUnit(unit.id)
                .invoke(placements -> unit.occupied = UnitPlacement.occupancyOf(unit, placements).eventually().occupied())
                .replaceWithVoid();
    }
}
