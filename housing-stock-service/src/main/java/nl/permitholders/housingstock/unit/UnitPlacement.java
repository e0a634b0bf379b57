package nl.permitholders.housingstock.unit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A placement in a unit as placement.events told it: who was housed there from when, when it was revoked and when its
 * persons moved on to follow-up housing.
 */
@Entity
@Table(name = "unit_placement")
public class UnitPlacement extends PanacheEntityBase {

    @Id
    @Column(name = "placement_id")
    public UUID placementId;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public int persons;

    @Column(name = "housed_on")
    public LocalDate housedOn;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "moved_on")
    public LocalDate movedOn;

    public static Uni<List<UnitPlacement>> inUnit(UUID unitId) {
        return UnitPlacement.list("unitId", unitId);
    }

    /** The placements in every unit registered in the municipality. */
    public static Uni<List<UnitPlacement>> inUnitsOf(String municipalityCode) {
        return UnitPlacement.list("unitId in (select u.id from Unit u where u.municipalityCode = ?1)", municipalityCode);
    }

    /** The unit's occupancy from the placements recorded in it. */
    public static Occupancy occupancyOf(Unit unit, Collection<UnitPlacement> placements) {
        return Occupancy.of(unit.type, unit.capacity, unit.retiredOn, placements.stream().map(UnitPlacement::toPlacement).toList());
    }

    public Occupancy.Placement toPlacement() {
        return new Occupancy.Placement(persons, housedOn, revokedOn, movedOn);
    }
}
