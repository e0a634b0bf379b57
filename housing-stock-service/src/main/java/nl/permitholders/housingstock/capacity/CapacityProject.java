package nl.permitholders.housingstock.capacity;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A project that adds capacity (new-build, flex, transformation); its expected deliveries are {@link ExpectedDeliveryRow}s. */
@Entity
@Table(name = "capacity_project")
public class CapacityProject extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public String name;

    @Enumerated(EnumType.STRING)
    public ProjectType type;

    public int units;

    @Column(name = "permit_holder_places")
    public int permitHolderPlaces;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "planned_at")
    public Instant plannedAt;

    @Column(name = "planned_by")
    public String plannedBy;

    public CapacityPlan plan(List<ExpectedDeliveryRow> expected) {
        return new CapacityPlan(type, units, permitHolderPlaces,
                expected.stream().map(ExpectedDeliveryRow::toExpectedDelivery).toList());
    }
}
