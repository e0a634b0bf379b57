package nl.permitholders.quota.merger;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.permitholders.platform.merger.SplitShareRule;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.quota.QuotaBasis;
import nl.permitholders.quota.quota.QuotaHistory;
import nl.permitholders.quota.quota.QuotaVersion;
import nl.permitholders.quota.quota.QuotaVersionStore;
import nl.permitholders.quota.succession.QuotaHolderRule;
import nl.permitholders.quota.succession.RecordedMergers;
import nl.permitholders.quota.succession.RecordedSplit;

/**
 * R3, splits: a split municipality's quota of a half-year from its split's on is divided over its receivers by their
 * shares ({@link SplitShareRule}, whole persons, the total kept); each receiver's quota becomes its own plus its part
 * (basis SPLIT) and the split municipality's becomes 0. A receiver that merged into another by the half-year's end
 * holds no quota of it ({@link QuotaHolderRule}): its part goes to the municipality that holds its half-year, so that
 * nothing is lost. A store step of two application services, written through
 * {@link QuotaVersionStore}: {@link SplitService} when the split is recorded, and {@code NationalQuotaService} after a
 * distribution of a half-year the split municipality still had a share of (a split after the half-year's first day).
 * Call inside a transaction.
 */
@ApplicationScoped
public class SplitQuotaStore {

    @Inject
    QuotaVersionStore quotaVersions;

    /** @return each receiver's part of the split municipality's quota of {@code period}; empty when it had none to divide */
    public Uni<Map<String, Integer>> divide(RecordedSplit split, Period period, String reason, Instant now) {
        return RecordedMergers.all().flatMap(mergers -> quotaVersions.histories(period).flatMap(histories -> {
            QuotaHolderRule holders = QuotaHolderRule.of(mergers);
            Optional<QuotaVersion> divided = Optional.ofNullable(histories.get(split.split())).flatMap(QuotaHistory::current)
                    .filter(quota -> quota.persons() > 0);
            if (divided.isEmpty()) {
                return Uni.createFrom().item(Map.<String, Integer>of());
            }
            Map<String, Integer> parts = SplitShareRule.divide(divided.get().persons(), split.shares());
            Map<String, Integer> held = new LinkedHashMap<>();
            parts.forEach((code, part) -> held.merge(holders.holderOf(code, period), part, Integer::sum));
            Map<String, QuotaVersionStore.Figure> receivers = new LinkedHashMap<>();
            held.forEach((code, part) -> {
                Optional<QuotaVersion> own = Optional.ofNullable(histories.get(code)).flatMap(QuotaHistory::current);
                receivers.put(code, new QuotaVersionStore.Figure(own.map(QuotaVersion::persons).orElse(0) + part,
                        own.map(QuotaVersion::status).orElse(divided.get().status()), null));
            });
            Map<String, QuotaVersionStore.Figure> none = new TreeMap<>(Map.of(split.split(), new QuotaVersionStore.Figure(0, null, null)));
            return quotaVersions.set(period, receivers, QuotaBasis.SPLIT, "split of " + split.split() + ": " + reason, now)
                    .call(() -> quotaVersions.set(period, none, QuotaBasis.ADJUSTED, "split over "
                            + String.join(", ", split.shares().keySet()) + ": " + reason, now))
                    .replaceWith(parts);
        }));
    }
}
