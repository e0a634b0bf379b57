package nl.permitholders.housingstock.allocation;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.permitholders.housingstock.api.Filters;
import nl.permitholders.housingstock.api.TenantFact;
import nl.permitholders.platform.api.ResourceNotFoundException;

/** A unit allocated to a household by a corporation; counts only, nothing that identifies the household (R9). */
@Entity
@Table(name = "allocation")
public class Allocation extends TenantFact {

    @Column(name = "corporation_id")
    public String corporationId;

    /** The unit as the corporation named it (VERA eenheid). */
    @Column(name = "unit_reference")
    public String unitReference;

    /** The unit when the corporation registered it here. */
    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "allocated_on")
    public LocalDate allocatedOn;

    public int persons;

    @Column(name = "permit_holders")
    public boolean permitHolders;

    /** VERA AANVULLENDEDOELGROEP code; STH for permit holders. */
    @Column(name = "additional_target_group")
    public String additionalTargetGroup;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Override
    public String corporation() {
        return corporationId;
    }

    public static ResourceNotFoundException notRecorded(UUID id) {
        return new ResourceNotFoundException("Allocation " + id + " is not recorded.");
    }

    public static Uni<List<Allocation>> findByCorporation(String corporationId, Collection<String> externalIds) {
        return Allocation.list("corporationId = ?1 and externalId in ?2", corporationId, externalIds);
    }

    /** The allocations matching a list's filters (its {@code TenantList}), in the order given. */
    public static PanacheQuery<Allocation> matching(Filters filters, Sort sort) {
        return find(filters.query(), sort, filters.parameters());
    }
}
