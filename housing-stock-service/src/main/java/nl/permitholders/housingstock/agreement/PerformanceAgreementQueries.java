package nl.permitholders.housingstock.agreement;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Function;
import nl.permitholders.housingstock.allocation.AllocationStore;
import nl.permitholders.housingstock.api.TenantList;
import nl.permitholders.housingstock.period.ReportingPeriod;
import nl.permitholders.housingstock.vacancy.VacancyStore;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Tenancy;

/** Reads the performance agreements for the resources, and what the corporation did against one. */
@ApplicationScoped
@WithSession
public class PerformanceAgreementQueries {

    private static final Sort BY_PARTIES = Sort.by("corporationId").and("municipalityCode").and("period");

    @Inject
    VacancyStore vacancies;

    @Inject
    AllocationStore allocations;

    /** The agreements of the list, by corporation, municipality and period. */
    public <T> Uni<Page<T>> list(TenantList agreements, Function<PerformanceAgreement, T> view) {
        return agreements.page(PerformanceAgreement::matching, BY_PARTIES, view);
    }

    /** The agreement, when the caller is a party to it (403 otherwise, 404 when there is none). */
    public Uni<PerformanceAgreement> readable(UUID id, Tenancy tenancy) {
        return PerformanceAgreement.<PerformanceAgreement>findById(id)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("Performance agreement " + id + " is not set."))
                .invoke(a -> Caller.require(tenancy.reaches(a.municipalityCode, a.corporationId), "performance agreement " + id));
    }

    /** What the corporation reported in the agreement's municipality and period, against what it agreed. */
    public Uni<PerformanceReport> report(PerformanceAgreement agreement) {
        ReportingPeriod period = agreement.reportingPeriod();
        return vacancies.countPerCorporation(period, agreement.municipalityCode, agreement.corporationId)
                .flatMap(counted -> allocations.totals(agreement.corporationId, agreement.municipalityCode, period)
                        .map(totals -> PerformanceReport.of(agreement.agreed(), counted.getOrDefault(agreement.corporationId, 0L),
                                totals.allocations(), totals.permitHolderAllocations(), totals.permitHolderPersons())));
    }
}
