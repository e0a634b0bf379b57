package nl.permitholders.housingstock.vacancy;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import nl.permitholders.housingstock.api.TenantList;
import nl.permitholders.housingstock.period.ReportingPeriod;
import nl.permitholders.platform.api.Page;

/** Reads the vacancies for the resources: a tenant's list, and the counts per corporation. */
@ApplicationScoped
@WithSession
public class VacancyQueries {

    private static final Sort BY_DATE = Sort.by("availableFrom").and("reportedAt").and("id");

    @Inject
    VacancyStore store;

    /** The vacancies of the list by availableFrom, from and to inclusive. */
    public <T> Uni<Page<T>> list(TenantList vacancies, LocalDate from, LocalDate to, Function<Vacancy, T> view) {
        vacancies.where().between("availableFrom", from, to);
        return vacancies.page(Vacancy::matching, BY_DATE, view);
    }

    /** As {@link VacancyStore#countPerCorporation}. */
    public Uni<Map<String, Long>> countPerCorporation(ReportingPeriod period, String municipalityCode, String corporationId) {
        return store.countPerCorporation(period, municipalityCode, corporationId);
    }
}
