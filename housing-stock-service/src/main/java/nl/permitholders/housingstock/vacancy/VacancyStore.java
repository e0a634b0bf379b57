package nl.permitholders.housingstock.vacancy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.permitholders.housingstock.period.ReportingPeriod;

/** The vacancies' counts, which no one vacancy answers. */
@ApplicationScoped
public class VacancyStore {

    /**
     * Vacancies available from a day in the period, per corporation in id order.
     *
     * @param municipalityCode only in this municipality, or null for all
     * @param corporationId    only of this corporation, or null for all
     */
    public Uni<Map<String, Long>> countPerCorporation(ReportingPeriod period, String municipalityCode, String corporationId) {
        String hql = "select v.corporationId, count(v) from Vacancy v where v.availableFrom between :first and :last"
                + (municipalityCode == null ? "" : " and v.municipalityCode = :municipality")
                + (corporationId == null ? "" : " and v.corporationId = :corporation")
                + " group by v.corporationId order by v.corporationId";
        return Panache.getSession().flatMap(session -> {
            var query = session.createSelectionQuery(hql, Object[].class)
                    .setParameter("first", period.firstDay())
                    .setParameter("last", period.lastDay());
            if (municipalityCode != null) {
                query.setParameter("municipality", municipalityCode);
            }
            if (corporationId != null) {
                query.setParameter("corporation", corporationId);
            }
            return query.getResultList();
        }).map(rows -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            rows.forEach(row -> counts.put((String) row[0], (Long) row[1]));
            return counts;
        });
    }
}
