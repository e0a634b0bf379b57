package nl.permitholders.housingstock.allocation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.permitholders.housingstock.period.ReportingPeriod;

/** The allocations' sums, which no one allocation answers. */
@ApplicationScoped
public class AllocationStore {

    private static final String TOTALS = "select count(a), "
            + "coalesce(sum(case when a.permitHolders = true then 1 else 0 end), 0), "
            + "coalesce(sum(case when a.permitHolders = true then a.persons else 0 end), 0) "
            + "from Allocation a where a.corporationId = :corporation and a.municipalityCode = :municipality "
            + "and a.allocatedOn between :first and :last";

    /** What a corporation allocated in a municipality in a period: all allocations, and those to permit holders. */
    public record Totals(long allocations, long permitHolderAllocations, long permitHolderPersons) {
    }

    public Uni<Totals> totals(String corporationId, String municipalityCode, ReportingPeriod period) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(TOTALS, Object[].class)
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
