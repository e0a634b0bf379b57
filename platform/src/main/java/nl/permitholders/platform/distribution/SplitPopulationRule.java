package nl.permitholders.platform.distribution;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.merger.SplitShareRule;
import nl.permitholders.platform.distribution.Reorganisations.Split;

/**
 * R1 with R3, splits: no inhabitants lost. CBS counts by the division of its reference date, so when a municipality is
 * split after the reference date and before the half-year's first day, its inhabitants on the reference date belong to
 * its receivers: its figure there divided by their shares ({@link SplitShareRule}), or, without a figure, the shares
 * themselves (each its part of the population). From CBS's first reference date on or after the split, CBS's figures
 * are the new division's and nothing is added.
 */
public final class SplitPopulationRule {

    private SplitPopulationRule() {
    }

    /**
     * @param counted      the population each municipality of the division counts so far, by code
     * @param figures      the split municipalities' figures on {@code referenceDate}, by code (absent: none)
     * @return {@code counted} with each receiver's part of a split between the reference date and the division's date added
     */
    public static Map<String, Integer> withSplitParts(Map<String, Integer> counted, LocalDate referenceDate, LocalDate divisionDate,
                                                      Map<String, Integer> figures, Collection<Split> splits) {
        Map<String, Integer> persons = new TreeMap<>(counted);
        for (Split split : splits) {
            if (!split.effectiveDate().isAfter(referenceDate) || split.effectiveDate().isAfter(divisionDate)) {
                continue;
            }
            Integer figure = figures.get(split.split());
            Map<String, Long> parts = new java.util.LinkedHashMap<>();
            if (figure != null) {
                SplitShareRule.divide(figure, split.shares()).forEach((code, part) -> parts.put(code, (long) part));
            } else {
                parts.putAll(split.shares());
            }
            parts.forEach((code, part) -> persons.computeIfPresent(code, (c, own) -> own + part.intValue()));
        }
        return persons;
    }
}
