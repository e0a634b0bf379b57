package nl.permitholders.quota.merger;

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
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.events.QuotaEvents.MunicipalitiesMerged;
import nl.permitholders.quota.events.QuotaEvents.MunicipalityRegistered;
import nl.permitholders.quota.population.PopulationService;
import nl.permitholders.quota.population.PopulationVersion;
import nl.permitholders.quota.quota.QuotaBasis;
import nl.permitholders.quota.quota.QuotaVersionEntity;
import nl.permitholders.quota.quota.QuotaVersionStore;
import nl.permitholders.quota.reference.Municipality;
import nl.permitholders.quota.reference.Province;
import nl.permitholders.quota.succession.MergerPart;
import nl.permitholders.quota.succession.MergerRecord;

/**
 * Records a merger (R3) in one transaction: checks it ({@link MergerPlan}), ends the merged municipalities the day before
 * it takes effect, registers a new continuing municipality (an absorbing one stays as it is), sets the populations the
 * province gives, moves the quotas of the merger's half-year and later ({@link QuotaTakeOver}) and publishes it all;
 * the other services move couplings, placements and units on the merger event.
 */
@ApplicationScoped
public class MergerService {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    QuotaVersionStore quotaVersions;

    @Inject
    PopulationService populationService;

    /** A merger as the Rijk records it; {@code name} and {@code provinceCode} are null for an absorbing municipality. */
    public record Merger(String code, String name, String provinceCode, List<String> merged, LocalDate effectiveDate,
                         Map<LocalDate, Integer> populations, String reason) {
    }

    /** The merger as recorded, with the quota the continuing municipality has in each half-year from the merger's on. */
    public record Recorded(UUID id, Municipality continuing, boolean absorption, List<String> merged, LocalDate effectiveDate,
                           Map<Period, Integer> quotasTakenOver, String reason) {
    }

    public Uni<Recorded> record(Merger merger) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return transaction.run(() -> province(merger.provinceCode())
                .flatMap(ignored -> Municipality.lockedForAReorganisation(
                        Stream.concat(merger.merged().stream(), Stream.of(merger.code())).toList()))
                .flatMap(found -> {
                    Map<String, Municipality> byCode = found.stream().collect(Collectors.toMap(m -> m.code, m -> m));
                    Municipality existing = byCode.get(merger.code());
                    Map<String, Boolean> exists = new TreeMap<>();
                    merger.merged().stream().filter(byCode::containsKey)
                            .forEach(code -> exists.put(code, byCode.get(code).existsOn(merger.effectiveDate().minusDays(1))
                                    && byCode.get(code).existsOn(merger.effectiveDate())));
                    MergerPlan.Registered registered = existing == null ? null : new MergerPlan.Registered(existing.name,
                            existing.provinceCode, existing.existsOn(merger.effectiveDate()));
                    MergerPlan.check(merger.code(), registered, merger.name(), merger.provinceCode(), merger.merged(),
                            merger.effectiveDate(), exists).throwIfAny();
                    return write(merger, existing, merger.merged().stream().map(byCode::get).toList(), now);
                }));
    }

    private static Uni<Province> province(String code) {
        if (code == null) {
            return Uni.createFrom().nullItem();
        }
        return Province.<Province>findById(code).onItem().ifNull().failWith(() -> InvalidInputException.of("municipality.provinceCode",
                code + " is not a registered province"));
    }

    private Uni<Recorded> write(Merger merger, Municipality existing, List<Municipality> old, Instant now) {
        boolean absorption = existing != null;
        Municipality continuing = absorption ? existing : newMunicipality(merger);
        Uni<Void> writes = absorption ? Uni.createFrom().voidItem() : continuing.persist()
                .call(() -> outbox.append(MunicipalityRegistered.TYPE, continuing.code, continuing.registered()))
                .replaceWithVoid();
        for (Municipality municipality : old) {
            municipality.validUntil = merger.effectiveDate().minusDays(1);
            writes = writes.call(() -> outbox.append(MunicipalityRegistered.TYPE, municipality.code, municipality.registered()));
        }
        MergerRecord record = new MergerRecord();
        record.id = UUID.randomUUID();
        record.continuingMunicipalityCode = continuing.code;
        record.absorption = absorption;
        record.effectiveDate = merger.effectiveDate();
        record.reason = merger.reason();
        record.recordedAt = now;
        List<String> codes = old.stream().map(m -> m.code).toList();
        List<MergerPart> parts = codes.stream().map(code -> MergerPart.of(record.id, code)).toList();
        Period effective = Period.containing(merger.effectiveDate());
        return writes.call(() -> setPopulations(continuing.code, merger.populations(), now))
                .call(() -> record.persist())
                .call(() -> MergerPart.persist(parts))
                .flatMap(ignored -> takeOverQuotas(continuing.code, codes, effective, merger.reason(), now))
                .call(() -> outbox.append(MunicipalitiesMerged.TYPE, continuing.code, new MunicipalitiesMerged(record.id,
                        continuing.code, codes, merger.effectiveDate(), effective.toString(), absorption, record.recordedAt)))
                .map(takenOver -> new Recorded(record.id, continuing, absorption, codes, merger.effectiveDate(), takenOver,
                        merger.reason()));
    }

    private static Municipality newMunicipality(Merger merger) {
        Municipality created = new Municipality();
        created.code = merger.code();
        created.name = merger.name();
        created.provinceCode = merger.provinceCode();
        created.validFrom = merger.effectiveDate();
        return created;
    }

    /**
     * The populations the province gives, each a new version of the continuing municipality's figure on its reference
     * date (an absorbing one may have one already; the same figure again changes nothing), published as an import's are.
     */
    private Uni<Void> setPopulations(String code, Map<LocalDate, Integer> persons, Instant now) {
        if (persons.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return PopulationVersion.versionsOf(code).flatMap(existing -> {
            Map<LocalDate, PopulationVersion> current = new TreeMap<>();
            existing.forEach(p -> current.put(p.referenceDate, p));
            List<PopulationVersion> changes = new ArrayList<>();
            persons.forEach((date, figure) -> {
                PopulationVersion before = current.get(date);
                if (before == null || before.persons != figure) {
                    changes.add(PopulationVersion.next(before, code, date, figure, PopulationVersion.SET_WITH_A_MERGER, now));
                }
            });
            return populationService.store(changes);
        });
    }

    /**
     * For every half-year from the merger's on in which the continuing or a merged municipality has a quota: the sum
     * goes to the continuing one ({@link QuotaTakeOver}), the merged ones' become 0.
     */
    private Uni<Map<Period, Integer>> takeOverQuotas(String continuing, List<String> merged, Period effective, String reason,
                                                     Instant now) {
        return QuotaVersionEntity.ofMunicipalities(merged)
                .map(rows -> rows.stream().map(row -> Period.parse(row.period)).filter(p -> !p.isBefore(effective))
                        .distinct().sorted().toList())
                .flatMap(periods -> {
                    Map<Period, Integer> takenOver = new TreeMap<>();
                    Uni<Void> writes = Uni.createFrom().voidItem();
                    for (Period period : periods) {
                        writes = writes.call(() -> quotaVersions.histories(period).flatMap(histories -> {
                            QuotaTakeOver.Sum sum = QuotaTakeOver.of(continuing, merged, histories).orElseThrow();
                            takenOver.put(period, sum.persons());
                            Map<String, QuotaVersionStore.Figure> zeros = new TreeMap<>();
                            merged.forEach(code -> zeros.put(code, new QuotaVersionStore.Figure(0, null, null)));
                            return quotaVersions.set(period, Map.of(continuing, new QuotaVersionStore.Figure(sum.persons(), sum.status(), null)),
                                            QuotaBasis.MERGED, "merger: " + reason, now)
                                    .call(() -> quotaVersions.set(period, zeros, QuotaBasis.ADJUSTED, "merged into " + continuing + ": " + reason, now));
                        }));
                    }
                    return writes.replaceWith(takenOver);
                });
    }
}
