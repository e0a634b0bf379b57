package nl.permitholders.supervision.rebuild;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.permitholders.platform.events.LatestStatement;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.projection.Decoded;
import nl.permitholders.supervision.projection.ProjectionChange;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import nl.permitholders.supervision.projection.ProjectionChange.Merged;
import nl.permitholders.supervision.projection.ProjectionChange.MunicipalityStated;
import nl.permitholders.supervision.projection.ProjectionChange.ProvinceStated;
import nl.permitholders.supervision.projection.ProjectionStore;

/**
 * A rebuild's first pass over the topics: every event written into the shadow tables as fast as PostgreSQL takes it,
 * with the same outcome as {@code ProjectionStore} applying them one batch after another.
 * <ul>
 * <li>The tables have no keys or indexes yet ({@link ShadowTables#complete} adds them afterwards, which is far cheaper
 * than keeping them up to date row by row). Each batch is one INSERT per table from arrays, written while the caller
 * polls and decodes the next batch.</li>
 * <li>Facts (the ledger, capacity plans) and the inbox are only ever added to; an event delivered twice yields its
 * rows twice, and {@link ShadowTables#complete} keeps one of each.</li>
 * <li>The register (provinces, municipalities, mergers), where the statement made last stands (by its time, as in
 * the live projection), is kept here, skipping an event seen before, and written when the pass ends.</li>
 * </ul>
 */
final class BulkLoad {

    private static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(10);

    private final Pool pool;
    private final String schema;
    private final Set<UUID> registerEvents = new HashSet<>();
    private final Map<String, ProvinceStated> provinces = new LinkedHashMap<>();
    private final Map<String, MunicipalityStated> municipalities = new LinkedHashMap<>();
    private final Map<String, MergerStated> mergers = new LinkedHashMap<>();

    /** A merged municipality's merger, as the register stated it last. */
    private record MergerStated(String mergedCode, String newCode, String effectivePeriod, OffsetDateTime statedAt) {
    }
    private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);

    BulkLoad(Pool pool, String schema) {
        this.pool = pool;
        this.schema = schema;
    }

    /** Starts writing a batch once the one before it is written; returns without waiting for this one. */
    void add(List<Decoded> events) {
        Batch batch = new Batch(events.size());
        for (Decoded event : events) {
            batch.inbox(event);
            boolean statesRegister = event.changes().stream().anyMatch(c -> !(c instanceof Fact));
            boolean seenBefore = statesRegister && !registerEvents.add(event.event().id());
            for (ProjectionChange change : event.changes()) {
                if (change instanceof Fact fact) {
                    batch.fact(fact.entry());
                } else if (seenBefore) {
                    continue;
                } else if (change instanceof ProvinceStated province) {
                    provinces.merge(province.code(), province,
                            (standing, stated) -> LatestStatement.replaces(stated.statedAt(), standing.statedAt()) ? stated : standing);
                } else if (change instanceof MunicipalityStated municipality) {
                    municipalities.merge(municipality.code(), municipality,
                            (standing, stated) -> LatestStatement.replaces(stated.statedAt(), standing.statedAt()) ? stated : standing);
                } else if (change instanceof Merged merged) {
                    merged.mergedCodes().forEach(code -> mergers.merge(code,
                            new MergerStated(code, merged.newCode(), merged.effective().toString(), merged.statedAt()),
                            (standing, stated) -> LatestStatement.replaces(stated.statedAt(), standing.statedAt()) ? stated : standing));
                }
            }
        }
        awaitWritten();
        writing = pool.withTransaction(db -> batch.write(db, schema)).subscribeAsCompletionStage().toCompletableFuture();
    }

    /** Waits until every batch is written, then writes the register as the events left it. */
    void finish() {
        awaitWritten();
        pool.withTransaction(db -> insert(db, "INSERT INTO " + schema + ".province (code, name, stated_at) VALUES ($1, $2, $3)",
                        provinces.values().stream().map(p -> Tuple.of(p.code(), p.name(), p.statedAt())).toList())
                        .chain(() -> insert(db, "INSERT INTO " + schema + ".municipality (code, name, province_code, stated_at) "
                                        + "VALUES ($1, $2, $3, $4)",
                                municipalities.values().stream().map(m -> Tuple.of(m.code(), m.name(), m.provinceCode(), m.statedAt())).toList()))
                        .chain(() -> insert(db, "INSERT INTO " + schema + ".merger (merged_code, new_code, effective_period, stated_at) "
                                        + "VALUES ($1, $2, $3, $4)",
                                mergers.values().stream().map(m -> Tuple.of(m.mergedCode(), m.newCode(), m.effectivePeriod(), m.statedAt())).toList())))
                .await().atMost(STATEMENT_TIMEOUT);
    }

    /** Waits for the batch being written; a batch that failed fails the rebuild. */
    void awaitWritten() {
        writing.join();
    }

    private static Uni<Void> insert(SqlClient db, String sql, List<Tuple> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : db.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }

    /** One batch's inbox rows, as the arrays its INSERT unnests, and its facts. */
    private static final class Batch {
        final List<UUID> inboxIds;
        final List<String> inboxTypes;
        final List<LedgerEntry> entries = new ArrayList<>();

        Batch(int size) {
            inboxIds = new ArrayList<>(size);
            inboxTypes = new ArrayList<>(size);
        }

        void inbox(Decoded event) {
            inboxIds.add(event.event().id());
            inboxTypes.add(event.event().type());
        }

        void fact(LedgerEntry entry) {
            entries.add(entry);
        }

        Uni<Void> write(SqlClient db, String schema) {
            return db.preparedQuery("INSERT INTO " + schema + ".processed_event (event_id, type) SELECT * FROM unnest($1::uuid[], $2::text[])")
                    .execute(Tuple.of(inboxIds.toArray(UUID[]::new), inboxTypes.toArray(String[]::new)))
                    .chain(() -> ProjectionStore.insertFacts(db, schema, entries));
        }
    }
}
