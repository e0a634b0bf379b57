package nl.permitholders.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Latencies in nanoseconds, and the medians across rounds that the report shows. */
final class Samples {

    private Samples() {
    }

    /** The q-quantile (0..1) of the samples by the nearest-rank method, in milliseconds. */
    static double percentileMillis(long[] nanos, double q) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
