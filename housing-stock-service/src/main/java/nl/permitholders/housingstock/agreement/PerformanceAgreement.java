package nl.permitholders.housingstock.agreement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.permitholders.housingstock.api.Filters;
import nl.permitholders.housingstock.period.ReportingPeriod;

/** A performance agreement (prestatieafspraak) of a corporation with a municipality for a period. */
@Entity
@Table(name = "performance_agreement")
public class PerformanceAgreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "corporation_id")
    public String corporationId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    /** The canonical label of a {@link ReportingPeriod}: 2025 or 2025-H1. */
    public String period;

    @Column(name = "agreed_allocations")
    public Integer agreedAllocations;

    @Column(name = "agreed_percentage")
    public BigDecimal agreedPercentage;

    @Column(name = "set_at")
    public Instant setAt;

    @Column(name = "set_by")
    public String setBy;

    public static Uni<PerformanceAgreement> find(String corporationId, String municipalityCode, ReportingPeriod period) {
        return PerformanceAgreement.<PerformanceAgreement>find("corporationId = ?1 and municipalityCode = ?2 and period = ?3",
                corporationId, municipalityCode, period.label()).firstResult();
    }

    public AgreedShare agreed() {
        return new AgreedShare(agreedAllocations, agreedPercentage);
    }

    public ReportingPeriod reportingPeriod() {
        return ReportingPeriod.parse(period);
    }

    /** The agreements matching a list's filters (its {@code TenantList}), in the order given. */
    public static PanacheQuery<PerformanceAgreement> matching(Filters filters, Sort sort) {
        return find(filters.query(), sort, filters.parameters());
    }
}
