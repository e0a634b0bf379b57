package nl.permitholders.housingstock.allocation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.permitholders.housingstock.api.TenantFact;
import nl.permitholders.housingstock.period.ReportingPeriod;
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

    /** What a corporation allocated in a municipality in a period: all allocations, and those to permit holders. */
    public record Totals(long allocations, long permitHolderAllocations, long permitHolderPersons) {
    }

    public static Uni<Totals> totals(String corporationId, String municipalityCode, ReportingPeriod period) {
        String hql = "select count(a), "
                + "coalesce(sum(case when a.permitHolders = true then 1 else 0 end), 0), "
                + "coalesce(sum(case when a.permitHolders = true then a.persons else 0 end), 0) "
                + "from Allocation a where a.corporationId = :corporation and a.municipalityCode = :municipality "
                + "and a.allocatedOn between :first and :last";
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(hql, Object[].class)
                        .setParameter("corporation", corporationId)
                        .setParameter("municipality", municipalityCode)
                        .setParameter("first", period.firstDay())
                        .setParameter("last", period.lastDay())
                        .getSingleResult())
                .map(row -> new Totals(number(row[0]), number(row[1]), number(row[2])));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
