package nl.permitholders.housingstock.vacancy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.housingstock.api.TenantFact;
import nl.permitholders.housingstock.period.ReportingPeriod;
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

    /**
     * Vacancies available from a day in the period, per corporation in id order.
     *
     * @param municipalityCode only in this municipality, or null for all
     * @param corporationId    only of this corporation, or null for all
     */
    public static Uni<Map<String, Long>> countPerCorporation(ReportingPeriod period, String municipalityCode,
                                                             String corporationId) {
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
