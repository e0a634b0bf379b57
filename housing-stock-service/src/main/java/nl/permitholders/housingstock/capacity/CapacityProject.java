package nl.permitholders.housingstock.capacity;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.permitholders.housingstock.api.Filters;
import nl.permitholders.housingstock.api.TenantFact;

/** A project that adds capacity (new-build, flex, transformation); its expected deliveries are {@link ExpectedDeliveryRow}s. */
@Entity
@Table(name = "capacity_project")
public class CapacityProject extends TenantFact {

    @Column(name = "owner_id")
    public String ownerId;

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

    @Override
    public String corporation() {
        return ownerId;
    }

    public CapacityPlan plan(List<ExpectedDeliveryRow> expected) {
        return new CapacityPlan(type, units, permitHolderPlaces,
                expected.stream().map(ExpectedDeliveryRow::toExpectedDelivery).toList());
    }

    /** The projects matching a list's filters (its {@code TenantList}), in the order given. */
    public static PanacheQuery<CapacityProject> matching(Filters filters, Sort sort) {
        return find(filters.query(), sort, filters.parameters());
    }

    /** Every project in the municipality. */
    public static Uni<List<CapacityProject>> inMunicipality(String municipalityCode) {
        return list("municipalityCode", municipalityCode);
    }

    /** The project this owner planned under its own id, locked for the rest of the transaction; null when none. */
    public static Uni<CapacityProject> lockByOwner(String ownerId, String externalId) {
        return CapacityProject.<CapacityProject>find("ownerId = ?1 and externalId = ?2", ownerId, externalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
