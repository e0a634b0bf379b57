package nl.permitholders.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Prometheus histogram a service publishes on {@code /q/metrics}, read twice so that the difference covers exactly
 * one benchmark: where inside the services the time of a figure went. Quantiles are the upper bounds of the buckets
 * they fall in, so they are as coarse as the service's buckets (about 10 % apart).
 */
final class ServiceHistogram {

    private final TreeMap<Double, Long> cumulativeCounts;

    private ServiceHistogram(TreeMap<Double, Long> cumulativeCounts) {
        this.cumulativeCounts = cumulativeCounts;
    }

    /** The histogram {@code name} (e.g. {@code supervision_projection_delay_seconds}) as the service at {@code baseUrl} has it now. */
    static ServiceHistogram read(Http http, String baseUrl, String name) {
        Http.Answer answer = http.get(baseUrl + "/q/metrics");
        if (answer.status() != 200) {
            throw new IllegalStateException("metrics of " + baseUrl + " not readable: " + answer.status());
        }
        Pattern bucket = Pattern.compile("^" + Pattern.quote(name) + "_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE);
        TreeMap<Double, Long> counts = new TreeMap<>();
        Matcher m = bucket.matcher(answer.body());
        while (m.find()) {
            double le = "+Inf".equals(m.group(1)) ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1));
            counts.merge(le, (long) Double.parseDouble(m.group(2)), Long::sum);
        }
        if (counts.isEmpty()) {
            throw new IllegalStateException(baseUrl + " publishes no histogram " + name);
        }
        return new ServiceHistogram(counts);
    }

    /** What was recorded between {@code earlier} and this reading. */
    ServiceHistogram since(ServiceHistogram earlier) {
        TreeMap<Double, Long> delta = new TreeMap<>();
        for (Map.Entry<Double, Long> e : cumulativeCounts.entrySet()) {
            delta.put(e.getKey(), e.getValue() - earlier.cumulativeCounts.getOrDefault(e.getKey(), 0L));
        }
        return new ServiceHistogram(delta);
    }

    long count() {
        return cumulativeCounts.lastEntry().getValue();
    }

    /** The upper bound, in milliseconds, of the bucket holding the q-quantile; NaN if nothing was recorded. */
    double quantileMillis(double q) {
        long total = count();
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(q * total);
        for (Map.Entry<Double, Long> e : cumulativeCounts.entrySet()) {
            if (e.getValue() >= rank) {
                return e.getKey() * 1000;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
