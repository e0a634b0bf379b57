package nl.permitholders.housingstock.vacancy;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.housingstock.api.Filters;
import nl.permitholders.housingstock.api.TenantFact;
import nl.permitholders.platform.api.ResourceNotFoundException;

@Entity
@Table(name = "vacancy")
public class Vacancy extends TenantFact {

    @Column(name = "corporation_id")
    public String corporationId;

    @Column(name = "available_from")
    public LocalDate availableFrom;

    @Column(name = "unit_external_id")
    public String unitExternalId;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "reported_by")
    public String reportedBy;

    @Override
    public String corporation() {
        return corporationId;
    }

    public static ResourceNotFoundException notReported(UUID id) {
        return new ResourceNotFoundException("Vacancy " + id + " is not reported.");
    }

    public static Uni<Vacancy> findByCorporation(String corporationId, String externalId) {
        return Vacancy.<Vacancy>find("corporationId = ?1 and externalId = ?2", corporationId, externalId).firstResult();
    }

    /** The vacancies matching a list's filters (its {@code TenantList}), in the order given. */
    public static PanacheQuery<Vacancy> matching(Filters filters, Sort sort) {
        return find(filters.query(), sort, filters.parameters());
    }
}
