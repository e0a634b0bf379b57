package nl.permitholders.quota.distribution;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.reference.Municipality;

/** Reads the national totals and their distributions. */
@ApplicationScoped
public class NationalQuotaQueries {

    /** Every version of a half-year's national total, the oldest first; empty when none is set. */
    public Uni<List<NationalQuotaVersion>> history(Period period) {
        return NationalQuotaVersion.history(period);
    }

    /** The shares of a version's distribution by municipality code, with the names of those municipalities alone. */
    public Uni<Distribution> distribution(NationalQuotaVersion version) {
        return NationalQuotaShare.of(version.id).flatMap(shares -> Municipality.namesOf(
                shares.stream().map(s -> s.municipalityCode).toList()).map(names -> new Distribution(shares, names)));
    }

    public record Distribution(List<NationalQuotaShare> shares, Map<String, String> names) {
    }
}
