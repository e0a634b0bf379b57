package nl.permitholders.platform.merger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.events.EventTypes;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.platform.security.Tenancy;

/**
 * The mergers and splits a service knows from quota.events, and its municipality checks with them (R3, {@link Succession}): a
 * municipality's staff read and write their own couplings, placements and units, and from a merger date on those of the
 * municipalities merged into theirs; the merged municipalities' staff still read their history. The checks are the
 * caller's {@link Tenancy} with the mergers known; callers in roles other than the municipality's pass (their role was
 * checked already). Fails closed: a municipality caller without a municipality claim passes nothing.
 */
@ApplicationScoped
public class Mergers {

    private volatile Succession known = Succession.none();

    @Inject
    MergerStore store;

    /** The CloudEvents type of quota-service's merger. */
    public static final String MUNICIPALITIES_MERGED = "nl.permitholders.quota.municipalities-merged.v1";

    /** The CloudEvents type of quota-service's split (R3, CBS's opsplitsing). */
    public static final String MUNICIPALITY_SPLIT = "nl.permitholders.quota.municipality-split.v1";

    /** The merger and the split are the quota events every consumer of them applies; a newer version is kept aside until known. */
    private static final EventTypes APPLIED = EventTypes.only(MUNICIPALITIES_MERGED, MUNICIPALITY_SPLIT);

    /** The part of quota-service's split event that the services read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MunicipalitySplit(UUID splitId, String municipalityCode, List<Receiver> receivers, LocalDate effectiveDate) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        record Receiver(String municipalityCode, Long share) {
        }
    }

    /** The part of quota-service's merger event that the services read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MunicipalitiesMerged(UUID mergerId, String municipalityCode, List<String> mergedMunicipalityCodes, LocalDate effectiveDate) {
    }

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Keeps a merger event from quota.events (call inside the consumer's transaction); other quota events change nothing,
     * but a newer version of the merger fails as not known yet ({@link EventTypes}).
     * Of two statements of one municipality's merger, the one applied last stands.
     */
    public Uni<Void> apply(IncomingEvent event, ObjectMapper json) {
        if (event.type().equals(MUNICIPALITY_SPLIT)) {
            return applySplit(event, json);
        }
        if (!event.type().equals(MUNICIPALITIES_MERGED)) {
            APPLIED.unknown(event);
            return Uni.createFrom().voidItem();
        }
        MunicipalitiesMerged merger = event.data(json, MunicipalitiesMerged.class);
        event.require(merger.mergerId(), merger.municipalityCode(), merger.mergedMunicipalityCodes(), merger.effectiveDate());
        Uni<Void> writes = Uni.createFrom().voidItem();
        for (String merged : merger.mergedMunicipalityCodes()) {
            writes = writes.call(() -> MunicipalityMerger.<MunicipalityMerger>findById(merged).flatMap(found -> {
                MunicipalityMerger row = found != null ? found : new MunicipalityMerger();
                row.mergedCode = merged;
                row.continuingCode = merger.municipalityCode();
                row.effectiveDate = merger.effectiveDate();
                row.mergerId = merger.mergerId();
                return row.persist();
            }));
        }
        return writes;
    }

    /** Keeps a split: one row per receiver, a restatement of the same split replacing its rows. */
    private Uni<Void> applySplit(IncomingEvent event, ObjectMapper json) {
        MunicipalitySplit split = event.data(json, MunicipalitySplit.class);
        event.require(split.splitId(), split.municipalityCode(), split.receivers(), split.effectiveDate());
        split.receivers().forEach(receiver -> event.require(receiver.municipalityCode(), receiver.share()));
        Uni<Void> writes = MunicipalitySplitReceiver.deleteOf(split.municipalityCode()).replaceWithVoid();
        for (int i = 0; i < split.receivers().size(); i++) {
            MunicipalitySplitReceiver row = new MunicipalitySplitReceiver();
            row.splitCode = split.municipalityCode();
            row.receiverCode = split.receivers().get(i).municipalityCode();
            row.position = i;
            row.share = split.receivers().get(i).share();
            row.effectiveDate = split.effectiveDate();
            row.splitId = split.splitId();
            writes = writes.call(() -> row.persist());
        }
        return writes;
    }

    /** The mergers known now, read from the database (and kept for {@link #known()}). */
    public Uni<Succession> succession() {
        return store.succession().invoke(read -> known = read);
    }

    /**
     * The mergers and splits as recorded now, read in the caller's Hibernate session: a write that judges by them (a
     * coupling to a municipality that had ceased to exist) reads them in its own transaction, as they stand when it stores.
     */
    public Uni<Succession> recorded() {
        return MunicipalityMerger.<MunicipalityMerger>listAll().flatMap(mergers -> MunicipalitySplitReceiver
                .<MunicipalitySplitReceiver>listAll(io.quarkus.panache.common.Sort.by("splitCode").and("position"))
                .map(receivers -> Succession.ofReceivers(
                        mergers.stream().map(m -> new Succession.Merger(m.mergedCode, m.continuingCode, m.effectiveDate)).toList(),
                        receivers.stream().map(r -> new Succession.Receiver(r.splitCode, r.receiverCode, r.effectiveDate)).toList())));
    }

    /**
     * The mergers as last read, for checks that cannot wait for the database (housing-stock's tenancy): read again
     * every few seconds ({@code mergers.refresh-interval}), so a merger reaches them within that time of its event.
     */
    public Succession known() {
        return known;
    }

    @Scheduled(every = "${mergers.refresh-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return succession().replaceWithVoid().onFailure().recoverWithNull().replaceWithVoid();
    }

    /** 403 unless the caller may read what belongs to municipality {@code code}. */
    public Uni<Void> requireMayRead(String code) {
        return check(code, true);
    }

    /** 403 unless the caller may write on what belongs to municipality {@code code} today. */
    public Uni<Void> requireMayWrite(String code) {
        return check(code, false);
    }

    /** The municipalities whose couplings municipality {@code code}'s lists hold today: its own and those merged into it. */
    public Uni<Set<String>> answeringFor(String code) {
        return succession().map(succession -> succession.answeringFor(code, LocalDate.now(clock)));
    }

    /**
     * The municipalities whose couplings municipality {@code code}'s lists hold today ({@code all}): its own, those
     * merged into it, and those split with it among the receivers, whose open couplings are to be divided
     * ({@code toBeDivided}) until COA names the receiver of each.
     */
    public record Listed(Set<String> all, Set<String> toBeDivided) {
    }

    /** As {@link #answeringFor}, with the split municipalities {@code code} received part of (R3). */
    public Uni<Listed> listedFor(String code) {
        return succession().map(succession -> {
            LocalDate today = LocalDate.now(clock);
            Set<String> all = new java.util.LinkedHashSet<>(succession.answeringFor(code, today));
            Set<String> toBeDivided = succession.toBeDividedFor(code, today);
            all.addAll(toBeDivided);
            return new Listed(Set.copyOf(all), toBeDivided);
        });
    }

    private Uni<Void> check(String code, boolean reading) {
        if (!caller.is(Roles.MUNICIPALITY)) {
            return Uni.createFrom().voidItem();
        }
        if (reading && caller.tenancy().readsMunicipality(code, null)) {
            return Uni.createFrom().voidItem(); // its own, readable whatever merged: no need to read the mergers
        }
        return succession().invoke(succession -> {
            Tenancy tenancy = caller.tenancy(succession);
            if (!(reading ? tenancy.readsMunicipality(code, null) : tenancy.actsForMunicipality(code, null))) {
                String own = caller.municipality().orElse(null);
                throw Caller.forbidden("municipality " + code + (own != null && own.equals(code) ? " since it merged into "
                        + succession.responsibleOn(code, LocalDate.now(clock)) + " (its history stays readable)" : ""));
            }
        }).replaceWithVoid();
    }
}
