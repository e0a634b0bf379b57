package nl.permitholders.supervision.decision;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.supervision.decision.Authorship.Authored;
import nl.permitholders.supervision.store.MunicipalityLedgerStore;
import nl.permitholders.supervision.store.ReadPool;

/**
 * The decisions province staff record for municipalities, of each kind in its {@link DecisionTable}: read for many
 * municipalities at once, and recorded by the caller, append-only, with their event and the municipality's raised
 * ledger version (figures cached at the version before no longer count) in one transaction.
 */
@ApplicationScoped
public class DecisionStore {

    @Inject
    MunicipalityLedgerStore ledgers;

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Authorship authorship;

    /** Each municipality's decisions in the table, in no order; an empty list for one without. */
    public <V extends Enum<V>, D extends DecisionHistory.Dated> Uni<Map<String, List<D>>> of(DecisionTable<V, D> table, Collection<String> codes) {
        return reads.preparedQuery("SELECT " + table.columns() + " FROM " + table.name() + " WHERE municipality_code = ANY($1)")
                .execute(Tuple.of((Object) codes.toArray(String[]::new))).map(rows -> {
                    Map<String, List<D>> decisions = new HashMap<>();
                    codes.forEach(code -> decisions.put(code, new ArrayList<>()));
                    rows.forEach(row -> decisions.get(row.getString("municipality_code")).add(table.factory().of(row.getUUID("id"),
                            row.getString("municipality_code"), Enum.valueOf(table.type(), row.getString(table.decidedColumn())),
                            row.getLocalDate("decided_on"), row.getString("reason"), row.getString("decided_by"),
                            row.getOffsetDateTime("recorded_at").toInstant())));
                    return decisions;
                });
    }

    /** The municipality's decisions in the table; 404 for an unknown municipality. */
    public <V extends Enum<V>, D extends DecisionHistory.Dated> Uni<DecisionHistory<D>> history(DecisionTable<V, D> table, String code) {
        return ledgers.of(code).flatMap(known -> of(table, List.of(code))).map(found -> new DecisionHistory<>(found.get(code)));
    }

    /**
     * Records a decision of the caller's with the event {@code event} makes of it and of the decisions before it, as
     * {@code eventType}, and raises the municipality's ledger version (the overviews show the decision at once); 400
     * for a date after today, 404 for an unknown municipality. All three in the transaction that appends the event.
     */
    public <V extends Enum<V>, D extends DecisionHistory.Dated> Uni<D> record(DecisionTable<V, D> table, String code, V decided,
                                                                               LocalDate decidedOn, String reason, String eventType,
                                                                               BiFunction<D, DecisionHistory<D>, Object> event) {
        if (!DecisionHistory.mayBeDatedOn(decidedOn, LocalDate.now(clock))) {
            return Uni.createFrom().failure(InvalidInputException.of("decidedOn", "cannot be in the future"));
        }
        return transaction.runOnConnection(db -> history(table, code).flatMap(before -> {
            UUID id = UUID.randomUUID();
            Authored authored = authorship.now();
            D decision = table.factory().of(id, code, decided, decidedOn, reason, authored.by(), authored.at());
            return db.preparedQuery("INSERT INTO " + table.name() + " (" + table.columns() + ") VALUES ($1, $2, $3, $4, $5, $6, $7)")
                    .execute(Tuple.from(java.util.Arrays.asList(id, code, decided.name(), decidedOn, reason, authored.by(),
                            authored.at().atOffset(ZoneOffset.UTC))))
                    .chain(() -> db.preparedQuery(MunicipalityLedgerStore.RAISE_VERSION).execute(Tuple.of(code)))
                    .call(() -> outbox.append(db, eventType, code, event.apply(decision, before))).replaceWith(decision);
        }));
    }
}
