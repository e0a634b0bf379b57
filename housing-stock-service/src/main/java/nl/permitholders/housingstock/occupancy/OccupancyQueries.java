package nl.permitholders.housingstock.occupancy;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.permitholders.housingstock.occupancy.FreeCapacity.UnitOnDate;
import nl.permitholders.housingstock.unit.Occupancy;
import nl.permitholders.housingstock.unit.Unit;
import nl.permitholders.housingstock.unit.UnitPlacement;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Tenancy;

/** Reads occupancy for the resources: a unit's on a date, and a municipality's free capacity. */
@ApplicationScoped
@WithSession
public class OccupancyQueries {

    /** A unit and how much of it is taken on the date asked. */
    public record UnitOccupancy(Unit unit, Occupancy.Snapshot snapshot) {
    }

    /** The unit's occupancy on {@code asOf}, when it lies in the caller's municipality or is its corporation's (403). */
    public Uni<UnitOccupancy> ofUnit(UUID id, Tenancy tenancy, LocalDate asOf) {
        return Unit.<Unit>findById(id)
                .onItem().ifNull().failWith(() -> Unit.notRegistered(id))
                .invoke(unit -> Caller.require(tenancy.reaches(unit.municipalityCode, unit.ownerId), "unit " + id))
                .flatMap(unit -> UnitPlacement.inUnit(id)
                        .map(placements -> new UnitOccupancy(unit, UnitPlacement.occupancyOf(unit, placements).on(asOf))));
    }

    /** Every unit registered in the municipality, as occupied on {@code asOf}, added up. */
    public Uni<FreeCapacity> freeCapacity(String municipalityCode, LocalDate asOf) {
        return Unit.inMunicipality(municipalityCode).flatMap(units -> UnitPlacement.inUnitsOf(municipalityCode).map(placements -> {
            Map<UUID, List<UnitPlacement>> byUnit = placements.stream().collect(Collectors.groupingBy(p -> p.unitId));
            return FreeCapacity.of(units.stream()
                    .map(unit -> new UnitOnDate(unit.type, UnitPlacement.occupancyOf(unit, byUnit.getOrDefault(unit.id, List.of())).on(asOf)))
                    .toList());
        }));
    }
}
