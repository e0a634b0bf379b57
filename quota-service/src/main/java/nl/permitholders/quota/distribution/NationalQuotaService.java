package nl.permitholders.quota.distribution;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.distribution.MergedPopulationRule;
import nl.permitholders.platform.distribution.MergedShareRule.HeldShare;
import nl.permitholders.platform.distribution.MergedShareRule;
import nl.permitholders.platform.distribution.NationalDistribution;
import nl.permitholders.platform.distribution.QuotaDistribution.Distribution;
import nl.permitholders.platform.distribution.QuotaDistribution;
import nl.permitholders.platform.distribution.SplitPopulationRule;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.events.QuotaEvents.NationalQuotaSet;
import nl.permitholders.quota.merger.SplitQuotaStore;
import nl.permitholders.quota.population.PopulationVersion;
import nl.permitholders.quota.quota.QuotaBasis;
import nl.permitholders.quota.quota.QuotaStatus;
import nl.permitholders.quota.quota.QuotaVersionStore;
import nl.permitholders.quota.reference.Municipality;
import nl.permitholders.quota.succession.QuotaHolderRule;
import nl.permitholders.quota.succession.RecordedMergers;
import nl.permitholders.quota.succession.RecordedSplit;
import nl.permitholders.quota.succession.RecordedSplits;

/**
 * The one path of setting a half-year's national total (R1): in one transaction, lock the municipalities that exist in
 * the half-year, let {@link NationalQuotaRule} decide whether this is a new version, distribute it with platform's
 * {@link NationalDistribution} (the code supervision's scenarios calculate with) over the municipalities that exist on
 * its first day ({@link QuotaDistribution}), each counting its parts' population where a merger joined them after the
 * reference date ({@link MergedPopulationRule}) and a receiver its part of a split one's ({@link SplitPopulationRule}),
 * each share given to the municipality that holds the half-year's quota ({@link MergedShareRule}: a merger's continuing
 * municipality the share of all its parts), then store the version, its shares and every municipality's quota (0 for one
 * merged into another; the share of one split during the half-year divided over its receivers, {@link SplitQuotaStore}),
 * and append {@link NationalQuotaSet} (and each changed quota's event) to the outbox.
 */
@ApplicationScoped
public class NationalQuotaService {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    QuotaVersionStore quotaVersions;

    @Inject
    SplitQuotaStore splitQuotaStore;

    @Inject
    NationalQuotaShareStore shareStore;

    /** Every version of the half-year's total after the write, the newest last; {@code changed} when the write made one. */
    public record Written(List<NationalQuotaVersion> history, boolean changed) {
    }

    /**
     * @param status      PROVISIONAL or FINAL; null keeps the standing status
     * @param publishedOn when the Rijk published the total; null when not known
     */
    public Uni<Written> set(Period period, int persons, QuotaStatus status, LocalDate publishedOn, String reason) {
        LocalDate referenceDate = QuotaDistribution.populationReferenceDate(period);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return transaction.run(() -> Municipality.lockExistingIn(period).flatMap(municipalities -> RecordedMergers.all().flatMap(mergers -> RecordedSplits.all().flatMap(splits ->
                PopulationVersion.currentOn(referenceDate).flatMap(populations ->
                        NationalQuotaVersion.history(period).flatMap(history -> {
                            NationalQuotaVersion current = history.isEmpty() ? null : history.get(history.size() - 1);
                            NationalQuotaRule.Standing standing = current == null ? null
                                    : new NationalQuotaRule.Standing(current.persons, current.status);
                            return NationalQuotaRule.newVersion(period, standing, persons, status)
                                    .map(newStatus -> {
                                        List<String> division = municipalities.stream().filter(m -> m.existsOn(period.firstDay()))
                                                .map(m -> m.code).toList();
                                        QuotaHolderRule holders = QuotaHolderRule.of(mergers, splits);
                                        NationalDistribution.Result distributed = distribute(period, persons, division, referenceDate,
                                                populations, holders);
                                        Distribution distribution = distributed.distribution();
                                        List<HeldShare> held = distributed.held();
                                        NationalQuotaVersion version = version(period, history.size() + 1, persons, newStatus,
                                                publishedOn, reason, referenceDate, distribution, now);
                                        return store(version, held, holders, distribution, reason, now)
                                                .call(() -> divideSplitShares(period, splits, reason, now)).map(saved -> {
                                            List<NationalQuotaVersion> all = new ArrayList<>(history);
                                            all.add(saved);
                                            return new Written(all, true);
                                        });
                                    })
                                    .orElseGet(() -> Uni.createFrom().item(new Written(history, false)));
                        }))))));
    }

    private Uni<NationalQuotaVersion> store(NationalQuotaVersion version, List<HeldShare> held, QuotaHolderRule holders,
                                            Distribution distribution, String reason, Instant now) {
        Period period = Period.parse(version.period);
        return version.<NationalQuotaVersion>persist()
                .call(saved -> shareStore.insertAll(shares(saved.id, held)))
                .call(saved -> quotaVersions.set(period, figures(held, false, saved.status, saved.publishedOn),
                        QuotaBasis.DISTRIBUTED, reason, now))
                .call(saved -> quotaVersions.set(period, figures(held, true, saved.status, saved.publishedOn),
                        QuotaBasis.MERGED, reason, now))
                .call(saved -> noneForTheMerged(period, holders, reason, now))
                .call(saved -> outbox.append(NationalQuotaSet.TYPE, NationalQuotaSet.SUBJECT, new NationalQuotaSet(
                        period.toString(), saved.persons, saved.version, saved.referenceDate,
                        distribution.nationalPopulation(), distribution.sumOfQuotas(), distribution.surplus(),
                        saved.status.name(), saved.publishedOn)));
    }

    /** A municipality merged into another by the half-year's end keeps no quota there: it is counted in its successor's (R3). */
    private Uni<Integer> noneForTheMerged(Period period, QuotaHolderRule holders, String reason, Instant now) {
        return quotaVersions.histories(period).flatMap(histories -> {
            Map<String, Map<String, QuotaVersionStore.Figure>> zerosByHolder = new TreeMap<>();
            histories.forEach((code, history) -> {
                String holder = holders.holderOf(code, period);
                if (!holder.equals(code) && history.current().map(v -> v.persons() != 0).orElse(false)) {
                    zerosByHolder.computeIfAbsent(holder, h -> new TreeMap<>()).put(code, new QuotaVersionStore.Figure(0, null, null));
                }
            });
            Uni<Integer> writes = Uni.createFrom().item(0);
            for (Map.Entry<String, Map<String, QuotaVersionStore.Figure>> zeros : zerosByHolder.entrySet()) {
                writes = writes.call(() -> quotaVersions.set(period, zeros.getValue(), QuotaBasis.ADJUSTED,
                        "merged into " + zeros.getKey() + ": " + reason, now));
            }
            return writes;
        });
    }

    /**
     * A municipality split after the half-year's first day had a share of the distribution: divided over its receivers
     * by their shares (R3), as when the split was recorded.
     */
    private Uni<Void> divideSplitShares(Period period, List<RecordedSplit> splits, String reason, Instant now) {
        Uni<Void> writes = Uni.createFrom().voidItem();
        for (RecordedSplit split : splits) {
            if (split.effectivePeriod().equals(period) && split.effectiveDate().isAfter(period.firstDay())) {
                writes = writes.call(() -> splitQuotaStore.divide(split, period, reason, now));
            }
        }
        return writes;
    }

    /** R1 on the register, populations, mergers and splits as recorded; 409 naming what is missing when it cannot be made. */
    private static NationalDistribution.Result distribute(Period period, int persons, List<String> division, LocalDate referenceDate,
                                                          Map<String, PopulationVersion> populations, QuotaHolderRule holders) {
        if (division.isEmpty()) {
            throw new ConflictException("No municipality exists on " + period.firstDay() + "; register the municipalities first.");
        }
        Map<String, MergedPopulationRule.Figure> figures = new TreeMap<>();
        populations.forEach((code, p) -> figures.put(code,
                new MergedPopulationRule.Figure(p.persons, p.recordedAt, p.providedWithAMerger())));
        try {
            return NationalDistribution.of(period, persons, division, referenceDate, figures, holders.reorganisations());
        } catch (NationalDistribution.NotDistributable refused) {
            throw new ConflictException(refused.missing().size() + " municipalities have no population on " + referenceDate
                    + ", the reference date for " + period + ": " + String.join(", ", refused.missing())
                    + ". Import CBS populations with PUT /quota/v1/populations/" + referenceDate + " first.");
        }
    }

    private static Map<String, QuotaVersionStore.Figure> figures(List<HeldShare> held, boolean merged, QuotaStatus status,
                                                            LocalDate publishedOn) {
        Map<String, QuotaVersionStore.Figure> figures = new TreeMap<>();
        held.stream().filter(share -> share.merged() == merged).forEach(share -> figures.put(share.municipalityCode(),
                new QuotaVersionStore.Figure(share.quota(), status, publishedOn)));
        return figures;
    }

    private static NationalQuotaVersion version(Period period, int number, int persons, QuotaStatus status, LocalDate publishedOn,
                                                String reason, LocalDate referenceDate, Distribution distribution, Instant now) {
        NationalQuotaVersion version = new NationalQuotaVersion();
        version.period = period.toString();
        version.version = number;
        version.persons = persons;
        version.status = status;
        version.publishedOn = publishedOn;
        version.reason = reason;
        version.referenceDate = referenceDate;
        version.nationalPopulation = distribution.nationalPopulation();
        version.sumOfQuotas = distribution.sumOfQuotas();
        version.recordedAt = now;
        return version;
    }

    private static List<NationalQuotaShare> shares(Long nationalQuotaId, List<HeldShare> held) {
        return held.stream().map(h -> {
            NationalQuotaShare share = new NationalQuotaShare();
            share.nationalQuotaId = nationalQuotaId;
            share.municipalityCode = h.municipalityCode();
            share.population = h.population();
            share.quota = h.quota();
            return share;
        }).toList();
    }
}
