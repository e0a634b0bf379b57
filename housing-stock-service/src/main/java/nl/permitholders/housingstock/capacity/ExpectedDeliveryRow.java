package nl.permitholders.housingstock.capacity;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.permitholders.platform.period.Period;

/** How a project's expected delivery in one half-year is stored. */
@Entity
@Table(name = "capacity_expected_delivery")
@IdClass(ExpectedDeliveryRow.Key.class)
public class ExpectedDeliveryRow extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Id
    public String period;

    public int units;

    @Column(name = "permit_holder_places")
    public int permitHolderPlaces;

    public static class Key implements Serializable {
        public UUID projectId;
        public String period;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(projectId, key.projectId) && Objects.equals(period, key.period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, period);
        }
    }

    public static Uni<List<ExpectedDeliveryRow>> ofProject(UUID projectId) {
        return ExpectedDeliveryRow.list("projectId", projectId);
    }

    public static Uni<List<ExpectedDeliveryRow>> ofProjects(Collection<UUID> projectIds) {
        return ExpectedDeliveryRow.list("projectId in ?1", projectIds);
    }

    CapacityPlan.ExpectedDelivery toExpectedDelivery() {
        return new CapacityPlan.ExpectedDelivery(Period.parse(period), units, permitHolderPlaces);
    }
}
