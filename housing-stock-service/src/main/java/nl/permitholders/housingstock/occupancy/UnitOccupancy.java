package nl.permitholders.housingstock.occupancy;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import nl.permitholders.housingstock.unit.Unit;

/** A unit's occupancy from the placements recorded for it, and the availability column kept in step with it. */
@ApplicationScoped
public class UnitOccupancy {

    public static Occupancy of(Unit unit, Collection<UnitPlacement> placements) {
        List<Occupancy.Placement> inUnit = placements.stream().map(UnitPlacement::toPlacement).toList();
        return Occupancy.of(unit.type, unit.capacity, unit.retiredOn, inUnit);
    }

    /** Recomputes {@link Unit#occupied}; call in the transaction that changed the unit or its placements. */
    public Uni<Void> refresh(Unit unit) {
        return UnitPlacement.inUnit(unit.id).invoke(placements -> unit.occupied = of(unit, placements).eventually().occupied())
                .replaceWithVoid();
    }
}
