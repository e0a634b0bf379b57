package nl.permitholders.localstack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * What no source gives of the country outside Overijssel, invented for the demo and marked so in demo/README.md: each
 * municipality's backlog on 1 January 2024, the persons it housed in 2024-I and its pace from 2024-II on. Scaled on the
 * Rijk's published totals (demo/national-2024.csv): the backlogs of the whole country add up to the backlog carried into
 * 2024-I, the persons housed in 2024-I to the 14,271 housed then, with Overijssel's own figures (the province's letter)
 * counted in. Each municipality's share follows its population and its R1 quota, varied by a random factor seeded by its
 * code, so every load invents the same.
 */
final class InventedCountry {

    /** A municipality's invented start and pace; Overijssel's come from demo/overijssel-backlogs.csv. */
    record Figures(String code, int backlogOn1January2024, int housedIn2024I, Double pace) {
    }

    private InventedCountry() {
    }

    /** Every municipality's figures: Overijssel's from the province's letter's split, the others invented. */
    static Map<String, Figures> of(DemoFigures demo) {
        DemoFigures.NationalQuota first = demo.nationalQuota("2024-H1");
        Map<String, Figures> all = new TreeMap<>();
        int carriedInOverijssel = 0;
        int housedInOverijssel = 0;
        for (DemoFigures.Backlogs m : demo.backlogs.values()) {
            int housed = m.firstOfJanuary2024() + demo.quota(m.code(), first) - m.firstOfJuly2024();
            all.put(m.code(), new Figures(m.code(), m.firstOfJanuary2024(), housed, m.pace()));
            carriedInOverijssel += m.firstOfJanuary2024();
            housedInOverijssel += housed;
        }
        List<String> others = demo.municipalities.keySet().stream().filter(code -> !demo.backlogs.containsKey(code)).toList();
        Map<String, Double> backlogWeight = new TreeMap<>();
        others.forEach(code -> backlogWeight.put(code, demo.populations.get(code) * (0.3 + 1.4 * random(code, 1))));
        Map<String, Integer> backlogs = shares(demo.national2024("backlog_carried_in").persons() - carriedInOverijssel, backlogWeight);
        Map<String, Double> housedWeight = new TreeMap<>();
        others.forEach(code -> housedWeight.put(code, (backlogs.get(code) + demo.quota(code, first)) * (0.6 + 0.8 * random(code, 2))));
        Map<String, Integer> housed = shares(demo.national2024("housed").persons() - housedInOverijssel, housedWeight);
        others.forEach(code -> all.put(code, new Figures(code, backlogs.get(code), housed.get(code), 0.45 + 0.4 * random(code, 3))));
        return all;
    }

    /** A number in [0, 1) of the municipality's own, the same on every load; {@code draw} tells the figures apart. */
    private static double random(String code, int draw) {
        Random random = new Random(code.hashCode() * 31L + draw);
        return random.nextDouble();
    }

    /** {@code total} divided in proportion to the weights, in whole persons adding up to it exactly (largest remainder). */
    static Map<String, Integer> shares(int total, Map<String, Double> weights) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Integer> shares = new TreeMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            double exact = total * weight.getValue() / sum;
            int whole = (int) Math.floor(exact);
            shares.put(weight.getKey(), whole);
            remainders.add(Map.entry(weight.getKey(), exact - whole));
            given += whole;
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < total - given; i++) {
            shares.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return shares;
    }
}
