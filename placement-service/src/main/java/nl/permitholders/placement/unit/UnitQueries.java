package nl.permitholders.placement.unit;

import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.merger.Mergers;

/** The reads of a unit as placement-service knows it from housing-stock events, with its occupancy. */
@ApplicationScoped
@WithSession
public class UnitQueries {

    @Inject
    OccupancyStore occupancy;

    @Inject
    Mergers mergers;

    /** The unit with its occupancy, for COA and the municipality whose staff read the unit's municipality (R3). */
    public Uni<UnitSnapshot> readable(UUID unitId) {
        return registered(unitId).call(unit -> mergers.requireMayRead(unit.municipalityCode)).flatMap(occupancy::of);
    }

    /** The unit with its occupancy, for COA and the municipality whose staff act for the unit's municipality (R3). */
    public Uni<UnitSnapshot> actedOn(UUID unitId) {
        return registered(unitId).call(unit -> mergers.requireMayWrite(unit.municipalityCode)).flatMap(occupancy::of);
    }

    private static Uni<KnownUnit> registered(UUID unitId) {
        return KnownUnit.findRegistered(unitId).onItem().ifNull().failWith(() -> notKnown(unitId));
    }

    public static ResourceNotFoundException notKnown(UUID unitId) {
        return new ResourceNotFoundException("No unit " + unitId + " is known from housing-stock events.");
    }
}
