package nl.permitholders.quota.quota;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.permitholders.platform.period.Period;

/** Reads the quotas. */
@ApplicationScoped
public class QuotaQueries {

    /** Every version of a municipality's quota of a half-year. */
    public Uni<QuotaHistory> history(String municipalityCode, Period period) {
        return QuotaVersionEntity.history(municipalityCode, period);
    }
}
