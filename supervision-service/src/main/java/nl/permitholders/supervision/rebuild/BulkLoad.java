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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import nl.permitholders.platform.events.LatestStatement;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.LedgerEntry.PlannedPlaces;
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
 * than keeping them up to date row by row). The inbox, the ledger and the capacity plans each take their rows through
 * one COPY that stays open for the whole pass ({@link TableCopy}); a batch is encoded and written by a thread of its
 * own while the caller polls and decodes the next.</li>
 * <li>Facts (the ledger, capacity plans) and the inbox are only ever added to; an event delivered twice yields its
 * rows twice, and {@link ShadowTables#complete} keeps one of each.</li>
 * <li>The register (provinces, municipalities, mergers), where the statement made last stands (by its time, as in
 * the live projection), is kept here, skipping an event seen before, and written when the pass ends.</li>
 * </ul>
 * Nothing of the COPYs is stored unless {@link #finish} returns; {@link #close} cancels what is unfinished.
 */
final class BulkLoad implements AutoCloseable {

    private static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(10);
    /** About what one ledger row takes in the binary format, to size a batch's buffer once. */
    private static final int LEDGER_ROW_BYTES = 220;

    private final Pool pool;
    private final String schema;
    private final Set<UUID> registerEvents = new HashSet<>();
    private final Map<String, ProvinceStated> provinces = new LinkedHashMap<>();
    private final Map<String, MunicipalityStated> municipalities = new LinkedHashMap<>();
    private final Map<String, MergerStated> mergers = new LinkedHashMap<>();
    private final List<TableCopy> copies = new ArrayList<>();
    private final TableCopy inbox;
    private final TableCopy ledger;
    private final TableCopy planned;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild-copy");
        thread.setDaemon(true);
        return thread;
    });

    /** A merged municipality's merger, as the register stated it last. */
    private record MergerStated(String mergedCode, String newCode, String effectivePeriod, OffsetDateTime statedAt) {
    }
    private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);

    /** Starts the COPYs, each on a connection of {@code dataSource}'s; the register goes through {@code pool}. */
    BulkLoad(Pool pool, DataSource dataSource, String schema) {
        this.pool = pool;
        this.schema = schema;
        try {
            inbox = start(dataSource, "processed_event", "event_id, type");
            ledger = start(dataSource, "ledger_entry", ProjectionStore.LEDGER_COLUMNS);
            planned = start(dataSource, "capacity_plan_period", "event_id, period, permit_holder_places");
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private TableCopy start(DataSource dataSource, String table, String columns) {
        TableCopy copy = TableCopy.into(dataSource, schema + "." + table, columns);
        copies.add(copy);
        return copy;
    }

    /** Starts writing a batch once the one before it is written; returns without waiting for this one. */
    void add(List<Decoded> events) {
        for (Decoded event : events) {
            boolean statesRegister = event.changes().stream().anyMatch(c -> !(c instanceof Fact));
            boolean seenBefore = statesRegister && !registerEvents.add(event.event().id());
            if (!statesRegister || seenBefore) {
                continue;
            }
            for (ProjectionChange change : event.changes()) {
                if (change instanceof ProvinceStated province) {
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
        writing = CompletableFuture.runAsync(() -> write(events), writer);
    }

    /** Waits until every batch is written, ends the COPYs, then writes the register as the events left it. */
    void finish() {
        awaitWritten();
        for (TableCopy copy : copies) {
            copy.finish();
        }
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

    /** Cancels the COPYs not finished and gives their connections back. */
    @Override
    public void close() {
        writer.shutdownNow();
        copies.forEach(TableCopy::close);
    }

    /** One batch's rows, each table's encoded in the binary COPY format and handed to its COPY. */
    private void write(List<Decoded> events) {
        BinaryCopyRows inboxRows = new BinaryCopyRows(events.size() * 40);
        BinaryCopyRows ledgerRows = new BinaryCopyRows(events.size() * LEDGER_ROW_BYTES);
        BinaryCopyRows plannedRows = new BinaryCopyRows(0);
        int entries = 0;
        int places = 0;
        for (Decoded event : events) {
            inboxRows.row(2).uuid(event.event().id()).text(event.event().type());
            for (ProjectionChange change : event.changes()) {
                if (change instanceof Fact fact) {
                    LedgerEntry entry = fact.entry();
                    ledgerRow(ledgerRows, entry);
                    entries++;
                    for (PlannedPlaces place : entry.plannedPlaces()) {
                        plannedRows.row(3).uuid(entry.eventId()).text(place.period().toString()).integer(place.places());
                        places++;
                    }
                }
            }
        }
        inbox.write(inboxRows, events.size());
        ledger.write(ledgerRows, entries);
        planned.write(plannedRows, places);
    }

    /** A ledger row, its fields in the order of {@link ProjectionStore#LEDGER_COLUMNS}. */
    private static void ledgerRow(BinaryCopyRows rows, LedgerEntry e) {
        rows.row(15).uuid(e.eventId()).text(e.eventType()).text(e.municipalityCode()).text(e.kind().name())
                .text(e.period() == null ? null : e.period().toString()).date(e.effectiveDate()).integer(e.persons())
                .integer(e.version()).text(e.reference()).timestamptz(e.occurredAt()).text(e.couplingId()).text(e.unitType())
                .bool(e.temporary()).text(e.householdType())
                .text(e.cancellationReason() == null ? null : e.cancellationReason().name());
    }

    private static Uni<Void> insert(SqlClient db, String sql, List<Tuple> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : db.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }
}
