package nl.permitholders.housingstock.capacity;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Units a project delivered on a date. */
@Entity
@Table(name = "capacity_delivery")
public class CapacityDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "delivered_on")
    public LocalDate deliveredOn;

    public int units;

    @Column(name = "permit_holder_places")
    public int permitHolderPlaces;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    public static Uni<List<CapacityDelivery>> ofProject(UUID projectId) {
        return CapacityDelivery.list("projectId = ?1 order by deliveredOn", projectId);
    }

    public static Uni<List<CapacityDelivery>> ofProjects(Collection<UUID> projectIds) {
        return CapacityDelivery.list("projectId in ?1", projectIds);
    }
}
