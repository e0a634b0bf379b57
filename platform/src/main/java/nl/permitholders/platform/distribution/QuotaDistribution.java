package nl.permitholders.platform.distribution;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.period.Period;

/**
 * R1 (Huisvestingswet 2014, art. 29 lid 1): the quota of a municipality is the national total times its
 * population divided by the national population, rounded up to a whole person. Because every share is rounded up,
 * the municipal quotas together are at least the national total; the difference is the surplus, reported, never
 * hidden. It is less than the number of municipalities, since each is rounded up by less than one.
 */
public final class QuotaDistribution {

    private QuotaDistribution() {
    }

    /** The population that counts for a half-year: CBS's figure on 1 January of the calendar year before (R1). */
    public static LocalDate populationReferenceDate(Period period) {
        return LocalDate.of(period.year() - 1, 1, 1);
    }

    /**
     * @param nationalTotal persons the Rijk assigns to all municipalities together in a half-year
     * @param populations   population of every municipality on the reference date (1 January of the year before)
     */
    public static Distribution distribute(int nationalTotal, Map<String, Integer> populations) {
        if (nationalTotal < 0) {
            throw new IllegalArgumentException("a national total cannot be negative");
        }
        if (populations.isEmpty()) {
            throw new IllegalArgumentException("there are no municipalities to distribute over");
        }
        long nationalPopulation = 0;
        for (Map.Entry<String, Integer> entry : populations.entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 0) {
                throw new IllegalArgumentException("population of " + entry.getKey() + " must be zero or more");
            }
            nationalPopulation += entry.getValue();
        }
        if (nationalPopulation == 0) {
            throw new IllegalArgumentException("the national population is zero");
        }
        Map<String, Integer> quotas = new TreeMap<>();
        long sum = 0;
        for (Map.Entry<String, Integer> entry : populations.entrySet()) {
            int quota = ceilDiv((long) nationalTotal * entry.getValue(), nationalPopulation);
            quotas.put(entry.getKey(), quota);
            sum += quota;
        }
        return new Distribution(nationalTotal, nationalPopulation, Collections.unmodifiableMap(new LinkedHashMap<>(quotas)),
                Math.toIntExact(sum));
    }

    private static int ceilDiv(long dividend, long divisor) {
        return Math.toIntExact((dividend + divisor - 1) / divisor);
    }

    /** The outcome: every municipality's quota, their sum and the surplus over the national total. */
    public record Distribution(int nationalTotal, long nationalPopulation, Map<String, Integer> quotas, int sumOfQuotas) {

        public int surplus() {
            return sumOfQuotas - nationalTotal;
        }
    }
}
