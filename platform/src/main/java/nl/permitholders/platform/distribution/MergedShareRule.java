package nl.permitholders.platform.distribution;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.distribution.QuotaDistribution.Distribution;

/**
 * R1 with R3: a distribution of the half-year in which a merger takes effect gives the continuing municipality the share
 * of all its parts, as a merger's sum (basis MERGED): the half-year is wholly its own. The shares are those of the
 * division on the half-year's first day (R1); each goes to the municipality that holds the half-year's quota
 * ({@link Reorganisations#holderOf}), and a municipality merged into another holds none. The sum of the quotas stays the sum of the
 * shares.
 */
public final class MergedShareRule {

    private MergedShareRule() {
    }

    /**
     * A municipality's part of the distribution: its population and quota, its parts' included.
     *
     * @param merged whether it continues a merger that takes effect in the half-year (the quota is a merger's sum)
     */
    public record HeldShare(String municipalityCode, int population, int quota, boolean merged) {
    }

    /** @param populations the population each municipality of the distribution counted, by code */
    public static List<HeldShare> held(Period period, Map<String, Integer> populations, Distribution distribution,
                                       Reorganisations holders) {
        Map<String, Integer> population = new TreeMap<>();
        Map<String, Integer> quota = new TreeMap<>();
        distribution.quotas().forEach((code, share) -> {
            String holder = holders.holderOf(code, period);
            population.merge(holder, populations.get(code), Integer::sum);
            quota.merge(holder, share, Integer::sum);
        });
        return quota.keySet().stream().map(code -> new HeldShare(code, population.get(code), quota.get(code),
                holders.continuesAMergerIn(code, period))).toList();
    }
}
