package nl.permitholders.platform.merger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R3, splits (CBS's <i>opsplitsing</i>): what the split municipality had in the half-year of the split (its quota, its
 * backlog) is divided over the receiving municipalities by their shares (each one's part of the population), in whole
 * persons, the total kept: the largest-remainder method. Every receiver first gets the whole part of
 * {@code total × share / sum of shares}; the persons left over go one each to the receivers with the largest remainders.
 * Of equal remainders the receiver with the larger share goes first (it took more of the population), and of equal
 * shares the one listed first. A negative total (a lead) is divided as its size, each part negative.
 */
public final class SplitShareRule {

    private SplitShareRule() {
    }

    /**
     * @param total  the figure to divide: persons of a quota or a backlog (negative: a lead)
     * @param shares each receiver's share, in the order the split lists them; each at least 1
     * @return each receiver's whole persons, in the same order, adding up to {@code total}
     * @throws IllegalArgumentException without receivers or with a share below 1
     */
    public static Map<String, Integer> divide(int total, Map<String, Long> shares) {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("a split has at least one receiver");
        }
        long whole = 0;
        for (long share : shares.values()) {
            if (share < 1) {
                throw new IllegalArgumentException("every share is at least 1, not " + share);
            }
            whole += share;
        }
        long size = Math.abs((long) total);
        record Part(int order, String code, long share, long persons, long remainder) {
        }
        List<Part> parts = new ArrayList<>();
        long given = 0;
        int order = 0;
        for (Map.Entry<String, Long> entry : shares.entrySet()) {
            long product = size * entry.getValue();
            parts.add(new Part(order++, entry.getKey(), entry.getValue(), product / whole, product % whole));
            given += product / whole;
        }
        List<Part> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.comparingLong(Part::remainder).reversed()
                .thenComparing(Comparator.comparingLong(Part::share).reversed())
                .thenComparingInt(Part::order));
        long left = size - given;
        Map<String, Integer> divided = new LinkedHashMap<>();
        parts.forEach(part -> divided.put(part.code(), (int) part.persons()));
        for (int i = 0; i < left; i++) {
            divided.merge(byRemainder.get(i).code(), 1, Integer::sum);
        }
        if (total < 0) {
            divided.replaceAll((code, persons) -> -persons);
        }
        return divided;
    }
}
