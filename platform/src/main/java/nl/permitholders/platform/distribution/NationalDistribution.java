package nl.permitholders.platform.distribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.distribution.MergedShareRule.HeldShare;
import nl.permitholders.platform.distribution.QuotaDistribution.Distribution;
import nl.permitholders.platform.distribution.Reorganisations.Split;
import nl.permitholders.platform.merger.SplitShareRule;
import nl.permitholders.platform.period.Period;

/**
 * R1 as a whole, on plain inputs: a national total of a half-year distributed over the municipalities that exist on its
 * first day ({@link QuotaDistribution}), each counting the population of its territory on the reference date
 * ({@link MergedPopulationRule} for mergers, {@link SplitPopulationRule} for splits since that date), each share held by the
 * municipality that holds the half-year's quota ({@link MergedShareRule}), and the share of a municipality split during
 * the half-year divided over its receivers ({@link SplitShareRule}). quota-service sets a national total with it
 * ({@code NationalQuotaService}) and supervision-service calculates a scenario with it, on the same inputs, so that a
 * scenario's distribution is the very one the Rijk gets when it sets the same total.
 */
public final class NationalDistribution {

    private NationalDistribution() {
    }

    /** How a municipality's quota came about (quota-service's {@code QuotaBasis} of the same names). */
    public enum Basis {
        /** its own share */
        DISTRIBUTED,
        /** the shares of all its parts: it continues a merger that takes effect in the half-year (R3) */
        MERGED,
        /** its share plus its part of a municipality split over it during the half-year (R3) */
        SPLIT
    }

    /**
     * A municipality's quota of the half-year.
     *
     * @param population the inhabitants its share counted (its parts' included); 0 for a municipality that holds only a
     *                   split municipality's part
     * @param splitPart  persons of it that are its part of a municipality split over it during the half-year
     */
    public record Quota(String municipalityCode, int population, int persons, Basis basis, int splitPart) {
    }

    /**
     * The distribution: its figures ({@code distribution}: the national population, the sum of the shares, the surplus),
     * each holder's share ({@code held}) and every municipality's quota after a split in the half-year's course
     * ({@code quotas}, by code; a split municipality's is then 0).
     */
    public record Result(Period period, LocalDate referenceDate, Distribution distribution, List<HeldShare> held,
                         Map<String, Quota> quotas) {
    }

    /** No distribution is possible: nobody to distribute over, or municipalities without a population on the reference date. */
    public static final class NotDistributable extends IllegalStateException {

        private final List<String> missing;

        NotDistributable(String message, List<String> missing) {
            super(message);
            this.missing = List.copyOf(missing);
        }

        /** The municipalities (or parts of one, named so) without a figure on the reference date; empty when none exist. */
        public List<String> missing() {
            return missing;
        }
    }

    /**
     * @param division      the municipalities that exist on {@code period}'s first day
     * @param referenceDate the reference date of the populations ({@link QuotaDistribution#populationReferenceDate} as R1
     *                      has it)
     * @param figures       every municipality's current figure on {@code referenceDate}, by code
     * @throws NotDistributable when {@code division} is empty, or a municipality of it (or a part) has no figure
     */
    public static Result of(Period period, int nationalTotal, Collection<String> division, LocalDate referenceDate,
                            Map<String, MergedPopulationRule.Figure> figures, Reorganisations reorganisations) {
        if (division.isEmpty()) {
            throw new NotDistributable("No municipality exists on " + period.firstDay() + ".", List.of());
        }
        MergedPopulationRule.Counted counted = MergedPopulationRule.count(division, referenceDate, period.firstDay(), figures,
                reorganisations.mergers());
        if (!counted.missing().isEmpty()) {
            throw new NotDistributable(counted.missing().size() + " municipalities have no population on " + referenceDate
                    + ", the reference date for " + period + ": " + String.join(", ", counted.missing()), counted.missing());
        }
        Map<String, Integer> splitFigures = new TreeMap<>();
        reorganisations.splits().stream().filter(split -> figures.containsKey(split.split()))
                .forEach(split -> splitFigures.put(split.split(), figures.get(split.split()).persons()));
        Map<String, Integer> populations = SplitPopulationRule.withSplitParts(counted.persons(), referenceDate, period.firstDay(),
                splitFigures, reorganisations.splits());
        Distribution distribution = QuotaDistribution.distribute(nationalTotal, populations);
        List<HeldShare> held = MergedShareRule.held(period, populations, distribution, reorganisations);
        return new Result(period, referenceDate, distribution, held, quotas(period, held, reorganisations));
    }

    /**
     * Every holder's share, and (R3) the share of a municipality split after the half-year's first day divided over its
     * receivers by their shares, each part going to the municipality that holds the receiver's quota; the split one's 0.
     */
    private static Map<String, Quota> quotas(Period period, List<HeldShare> held, Reorganisations reorganisations) {
        Map<String, Quota> quotas = new TreeMap<>();
        held.forEach(share -> quotas.put(share.municipalityCode(), new Quota(share.municipalityCode(), share.population(),
                share.quota(), share.merged() ? Basis.MERGED : Basis.DISTRIBUTED, 0)));
        List<Split> inTheHalfYear = new ArrayList<>(reorganisations.splits().stream()
                .filter(split -> split.effectivePeriod().equals(period) && split.effectiveDate().isAfter(period.firstDay())).toList());
        for (Split split : inTheHalfYear) {
            Quota divided = quotas.get(split.split());
            if (divided == null || divided.persons() <= 0) {
                continue;
            }
            quotas.put(split.split(), new Quota(split.split(), divided.population(), 0, divided.basis(), 0));
            SplitShareRule.divide(divided.persons(), split.shares()).forEach((receiver, part) -> {
                String holder = reorganisations.holderOf(receiver, period);
                Quota own = quotas.getOrDefault(holder, new Quota(holder, 0, 0, Basis.DISTRIBUTED, 0));
                quotas.put(holder, new Quota(holder, own.population(), own.persons() + part, Basis.SPLIT, own.splitPart() + part));
            });
        }
        return quotas;
    }
}
