package nl.permitholders.benchmarks;

import java.util.List;

/**
 * One measured figure beside its floor, as medians over the rounds, with the machine's load during the rounds.
 * {@code higherIsBetter}: a throughput (ratio = figure ÷ floor), otherwise a latency (ratio = figure ÷ floor too, so
 * lower is better).
 */
public record Figure(String name, String unit, List<Double> rounds, List<Double> floorRounds, List<Double> loadAverages,
              boolean higherIsBetter, String goal) {

    double median() {
        return Samples.median(rounds);
    }

    double floor() {
        return floorRounds.isEmpty() ? Double.NaN : Samples.median(floorRounds);
    }

    double ratio() {
        return median() / floor();
    }

    String markdownRow() {
        String floor = floorRounds.isEmpty() ? "—" : format(floor());
        String ratio = floorRounds.isEmpty() ? "—" : String.format("%.2f", ratio());
        return String.format("| %s | %s %s | %s | %s | %s | %s | %s |", name, format(median()), unit, floor, ratio, goal,
                rounds.stream().map(Figure::format).toList(), loadAverages.stream().map(l -> String.format("%.1f", l)).toList());
    }

    static String format(double value) {
        return value >= 100 ? String.format("%.0f", value) : String.format("%.1f", value);
    }
}
