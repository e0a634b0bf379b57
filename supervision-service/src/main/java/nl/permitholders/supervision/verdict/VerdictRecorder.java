package nl.permitholders.supervision.verdict;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.store.LockedTransaction;
import nl.permitholders.supervision.store.ReadPool;
import nl.permitholders.supervision.verdict.VerdictRecordStore.LatestVerdict;

/**
 * Keeps the stored verdicts of closed half-years in line with the ledger: after events that move a municipality's
 * figures its closed half-years are judged again, and a verdict or figure that changed is recorded anew with the
 * event that changed it (a late adjustment, a revoked placement). Runs right after the consumer's transaction has
 * committed the events, in a transaction of its own, for all the municipalities a batch of events touched; when
 * several events of one municipality arrive in one batch, the last of them is named as the cause.
 */
@ApplicationScoped
public class VerdictRecorder {

    /**
     * What made supervision judge again: an event, or none ({@code eventId} null) when a deadline passed; with a
     * {@code note}, the verdict of {@code notedPeriod} is recorded with it even where it did not change, so that its
     * history shows the cause (an exchange agreement registered after the half-year closed).
     */
    public record Cause(String type, UUID eventId, String note, Period notedPeriod) {

        public Cause(String type, UUID eventId) {
            this(type, eventId, null, null);
        }
    }

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    @Inject
    Clock clock;

    /**
     * Judges the closed half-years of the municipalities again, and of those that continue them after a merger or a
     * split (R3), and records what changed. Must run in a transaction on
     * one connection (not a pool), after the facts it is to take into account have committed: one municipality is judged by one transaction at a
     * time, and each reads the ledger only once it holds the municipality's lock, so of two consumers that each
     * committed a fact, the one judging last sees both.
     */
    public Uni<Void> rejudge(SqlClient db, Map<String, Cause> causes) {
        if (causes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return VerdictRecordStore.withSuccessors(db, causes.keySet().toArray(String[]::new))
                .flatMap(continuing -> {
                    Map<String, Cause> all = new TreeMap<>(causes);
                    // A fact or an adoption of a merged or split municipality moves what its successors carry in: judged at
                    // once, naming the same cause, not only by the next night's watch.
                    continuing.forEach(successor -> {
                        Cause cause = causes.get(successor.origin());
                        all.putIfAbsent(successor.code(), new Cause(cause.type(), cause.eventId()));
                    });
                    return rejudgeEach(db, all);
                });
    }

    private Uni<Void> rejudgeEach(SqlClient db, Map<String, Cause> causes) {
        Map<String, Cause> sorted = new TreeMap<>(causes);
        String[] codes = sorted.keySet().toArray(String[]::new);
        // The locks, the ledgers and the latest verdicts are sent at once on the transaction's connection: the database
        // runs them in that order, so the ledgers are still read only once the locks are held, in one round trip instead of six.
        Uni<?> locked = LockedTransaction.lockAll(db, sorted.keySet().stream().map(code -> "verdicts:" + code).toList());
        Uni<Map<String, KnownMunicipality>> known = ledgers.of(db, sorted.keySet());
        Uni<Map<String, LatestVerdict>> latest = VerdictRecordStore.latest(db, codes).map(VerdictRecorder::byHalfYear);
        return Uni.combine().all().unis(locked, known, latest).with((lock, ledgersRead, stored) -> changed(ledgersRead, stored, sorted))
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().voidItem() : VerdictRecordStore.insert(db, rows).replaceWithVoid());
    }

    /** Every verdict recorded for the municipality, per half-year (as {@code 2025-H1}), oldest first. */
    public Uni<Map<String, List<RecordedVerdict>>> history(String code) {
        return VerdictRecordStore.history(reads, code);
    }

    private static boolean sameAs(LatestVerdict stored, DeadlineJudge.Judgement j) {
        return stored.verdict().equals(j.verdict().name()) && stored.backlog() == j.backlog() && stored.couplingDeficit() == j.couplingDeficit();
    }

    /** The verdicts keyed by municipality and half-year ({@code GM0001/2025-H1}). */
    private static Map<String, LatestVerdict> byHalfYear(List<LatestVerdict> verdicts) {
        Map<String, LatestVerdict> latest = new HashMap<>();
        for (LatestVerdict verdict : verdicts) {
            latest.put(verdict.municipalityCode() + "/" + verdict.period(), verdict);
        }
        return latest;
    }

    private List<VerdictRecordStore.Recorded> changed(Map<String, KnownMunicipality> known, Map<String, LatestVerdict> latest, Map<String, Cause> causes) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<VerdictRecordStore.Recorded> rows = new ArrayList<>();
        for (KnownMunicipality municipality : known.values()) {
            Cause cause = causes.get(municipality.code());
            for (DeadlineJudge.Judgement j : DeadlineJudge.judgeClosed(municipality, LocalDate.now(clock))) {
                LatestVerdict previous = latest.get(municipality.code() + "/" + j.period());
                if (previous == null || !sameAs(previous, j) || j.period().equals(cause.notedPeriod())) {
                    rows.add(new VerdictRecordStore.Recorded(municipality.code(), j.period().toString(), j.verdict().name(),
                            j.backlog(), j.stillToHouseAtReferenceDate(), j.coupledUnhousedAtReferenceDate(), j.couplingDeficit(),
                            cause.type(), cause.eventId(), now, cause.note()));
                }
            }
        }
        return rows;
    }
}
