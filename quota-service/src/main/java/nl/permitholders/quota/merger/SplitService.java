package nl.permitholders.quota.merger;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.events.QuotaEvents.MunicipalityRegistered;
import nl.permitholders.quota.events.QuotaEvents.MunicipalitySplit;
import nl.permitholders.quota.population.PopulationVersion;
import nl.permitholders.quota.quota.QuotaVersionEntity;
import nl.permitholders.quota.reference.Municipality;
import nl.permitholders.quota.succession.RecordedSplit;
import nl.permitholders.quota.succession.SplitPart;
import nl.permitholders.quota.succession.SplitRecord;

/**
 * Records a split (R3) in one transaction: checks it ({@link SplitPlan}), ends the split municipality the day before it
 * takes effect, divides its quotas of the split's half-year and later over the receivers by their shares
 * ({@link SplitQuotaStore}) and publishes it all: the register change and one split event, on which the other services
 * divide its backlog (supervision), hand its open couplings to the receivers (placement) and move its units
 * (housing-stock).
 */
@ApplicationScoped
public class SplitService {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    SplitQuotaStore splitQuotaStore;

    /** A split as the Rijk records it: each receiver with its share, in the order the law lists them. */
    public record Split(String code, List<SplitPlan.Receiver> receivers, LocalDate effectiveDate, String reason) {
    }

    /** The split as recorded, with each receiver's part of the split municipality's quota in each half-year divided. */
    public record Recorded(UUID id, Municipality split, Map<String, Long> shares, LocalDate effectiveDate,
                           Map<Period, Map<String, Integer>> quotasDivided, String reason) {
    }

    public Uni<Recorded> record(Split split) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<String> codes = new ArrayList<>(split.receivers().stream().map(SplitPlan.Receiver::code).toList());
        codes.add(split.code());
        LocalDate populationDate = LocalDate.of(split.effectiveDate().minusDays(1).getYear(), 1, 1);
        return transaction.run(() -> Municipality.lockedForAReorganisation(codes)
                .flatMap(found -> PopulationVersion.currentOn(populationDate).flatMap(populations -> {
                    Map<String, Municipality> byCode = found.stream().collect(Collectors.toMap(m -> m.code, m -> m));
                    Municipality splitMunicipality = byCode.get(split.code());
                    LocalDate day = split.effectiveDate();
                    Map<String, SplitPlan.Registered> registered = new TreeMap<>();
                    byCode.forEach((code, m) -> registered.put(code, new SplitPlan.Registered(m.existsOn(day.minusDays(1)), m.existsOn(day))));
                    PopulationVersion population = populations.get(split.code());
                    SplitPlan.check(split.code(), registered.get(split.code()), split.receivers(), registered, day,
                            population == null ? null : population.persons).throwIfAny();
                    return write(split, splitMunicipality, now);
                })));
    }

    private Uni<Recorded> write(Split split, Municipality municipality, Instant now) {
        municipality.validUntil = split.effectiveDate().minusDays(1);
        SplitRecord record = new SplitRecord();
        record.id = UUID.randomUUID();
        record.splitMunicipalityCode = split.code();
        record.effectiveDate = split.effectiveDate();
        record.reason = split.reason();
        record.recordedAt = now;
        Map<String, Long> shares = new LinkedHashMap<>();
        List<SplitPart> parts = new ArrayList<>();
        for (SplitPlan.Receiver receiver : split.receivers()) {
            shares.put(receiver.code(), receiver.share());
            parts.add(SplitPart.of(record.id, receiver.code(), parts.size(), receiver.share()));
        }
        RecordedSplit recorded = new RecordedSplit(split.code(), shares, split.effectiveDate());
        Period effective = recorded.effectivePeriod();
        return outbox.append(MunicipalityRegistered.TYPE, municipality.code, municipality.registered())
                .call(() -> record.persist())
                .call(() -> SplitPart.persist(parts))
                .flatMap(ignored -> divideQuotas(recorded, effective, split.reason(), now))
                .call(() -> outbox.append(MunicipalitySplit.TYPE, split.code(), new MunicipalitySplit(record.id, split.code(),
                        split.receivers().stream().map(r -> new MunicipalitySplit.Receiver(r.code(), r.share())).toList(),
                        split.effectiveDate(), effective.toString())))
                .map(divided -> new Recorded(record.id, municipality, shares, split.effectiveDate(), divided, split.reason()));
    }

    /** Every half-year from the split's on in which the split municipality has a quota: divided over the receivers. */
    private Uni<Map<Period, Map<String, Integer>>> divideQuotas(RecordedSplit split, Period effective, String reason, Instant now) {
        return QuotaVersionEntity.ofMunicipalities(List.of(split.split()))
                .map(rows -> rows.stream().map(row -> Period.parse(row.period)).filter(p -> !p.isBefore(effective))
                        .distinct().sorted().toList())
                .flatMap(periods -> {
                    Map<Period, Map<String, Integer>> divided = new TreeMap<>();
                    Uni<Void> writes = Uni.createFrom().voidItem();
                    for (Period period : periods) {
                        writes = writes.call(() -> splitQuotaStore.divide(split, period, reason, now)
                                .invoke(parts -> {
                                    if (!parts.isEmpty()) {
                                        divided.put(period, parts);
                                    }
                                }));
                    }
                    return writes.replaceWith(divided);
                });
    }
}
