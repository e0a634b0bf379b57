package nl.permitholders.supervision.rebuild;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.LedgerEntry.PlannedPlaces;
import nl.permitholders.supervision.projection.Decoded;
import nl.permitholders.supervision.projection.ProjectionChange;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import nl.permitholders.supervision.projection.ProjectionChange.Merged;
import nl.permitholders.supervision.projection.ProjectionChange.MunicipalityStated;
import nl.permitholders.supervision.projection.ProjectionChange.ProvinceStated;

/**
 * A rebuild's first pass over the topics: every event written into the shadow tables as fast as PostgreSQL takes it,
 * with the same outcome as {@code ProjectionStore} applying them one batch after another.
 * <ul>
 * <li>The tables have no keys or indexes yet ({@link ShadowTables#complete} adds them afterwards, which is far cheaper
 * than keeping them up to date row by row). Each batch is one INSERT per table from arrays, written while the caller
 * polls and decodes the next batch.</li>
 * <li>Facts (the ledger, capacity plans) and the inbox are only ever added to; an event delivered twice yields its
 * rows twice, and {@link ShadowTables#complete} keeps one of each.</li>
 * <li>The register (provinces, municipalities, mergers), where the last statement stands, is kept here in the order
 * it was read, skipping an event seen before, and written when the pass ends.</li>
 * </ul>
 */
final class BulkLoad {

    private static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(10);

    private final Pool pool;
    private final String schema;
    private final Set<UUID> registerEvents = new HashSet<>();
    private final Map<String, ProvinceStated> provinces = new LinkedHashMap<>();
    private final Map<String, MunicipalityStated> municipalities = new LinkedHashMap<>();
    private final Map<String, Tuple> mergers = new LinkedHashMap<>();
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
                    provinces.put(province.code(), province);
                } else if (change instanceof MunicipalityStated municipality) {
                    municipalities.put(municipality.code(), municipality);
                } else if (change instanceof Merged merged) {
                    merged.mergedCodes().forEach(code -> mergers.put(code, Tuple.of(code, merged.newCode(), merged.effective().toString())));
                }
            }
        }
        awaitWritten();
        writing = pool.withTransaction(db -> batch.write(db, schema)).subscribeAsCompletionStage().toCompletableFuture();
    }

    /** Waits until every batch is written, then writes the register as the events left it. */
    void finish() {
        awaitWritten();
        pool.withTransaction(db -> insert(db, "INSERT INTO " + schema + ".province (code, name) VALUES ($1, $2)",
                        provinces.values().stream().map(p -> Tuple.of(p.code(), p.name())).toList())
                        .chain(() -> insert(db, "INSERT INTO " + schema + ".municipality (code, name, province_code) VALUES ($1, $2, $3)",
                                municipalities.values().stream().map(m -> Tuple.of(m.code(), m.name(), m.provinceCode())).toList()))
                        .chain(() -> insert(db, "INSERT INTO " + schema + ".merger (merged_code, new_code, effective_period) VALUES ($1, $2, $3)",
                                List.copyOf(mergers.values()))))
                .await().atMost(STATEMENT_TIMEOUT);
    }

    /** Waits for the batch being written; a batch that failed fails the rebuild. */
    void awaitWritten() {
        writing.join();
    }

    private static Uni<Void> insert(SqlClient db, String sql, List<Tuple> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : db.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }

    /** One batch's rows, column by column, as the arrays its INSERTs unnest. */
    private static final class Batch {
        final List<UUID> inboxIds;
        final List<String> inboxTypes;
        final List<LedgerEntry> entries = new ArrayList<>();
        final List<UUID> plannedEvents = new ArrayList<>();
        final List<String> plannedPeriods = new ArrayList<>();
        final List<Integer> plannedPlaces = new ArrayList<>();

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
            for (PlannedPlaces places : entry.plannedPlaces()) {
                plannedEvents.add(entry.eventId());
                plannedPeriods.add(places.period().toString());
                plannedPlaces.add(places.places());
            }
        }

        Uni<Void> write(SqlClient db, String schema) {
            Uni<Void> inbox = db.preparedQuery("INSERT INTO " + schema + ".processed_event (event_id, type) "
                            + "SELECT * FROM unnest($1::uuid[], $2::text[])")
                    .execute(Tuple.of(inboxIds.toArray(UUID[]::new), inboxTypes.toArray(String[]::new))).replaceWithVoid();
            return inbox.chain(() -> entries.isEmpty() ? Uni.createFrom().voidItem() : db.preparedQuery("INSERT INTO " + schema
                                    + ".ledger_entry (event_id, event_type, municipality_code, kind, period, effective_date, persons, version, "
                                    + "reference, occurred_at, coupling_id, unit_type, temporary_housing, household_type) SELECT * FROM unnest("
                                    + "$1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::int[], $8::int[], $9::text[], "
                                    + "$10::timestamptz[], $11::text[], $12::text[], $13::boolean[], $14::text[])")
                            .execute(entryColumns()).replaceWithVoid())
                    .chain(() -> plannedEvents.isEmpty() ? Uni.createFrom().voidItem() : db.preparedQuery("INSERT INTO " + schema
                                    + ".capacity_plan_period (event_id, period, permit_holder_places) "
                                    + "SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[])")
                            .execute(Tuple.of(plannedEvents.toArray(UUID[]::new), plannedPeriods.toArray(String[]::new),
                                    plannedPlaces.toArray(Integer[]::new)))
                            .replaceWithVoid());
        }

        /** The ledger rows as ProjectionStore writes them, one array per column. */
        private Tuple entryColumns() {
            int n = entries.size();
            UUID[] eventIds = new UUID[n];
            String[] eventTypes = new String[n];
            String[] codes = new String[n];
            String[] kinds = new String[n];
            String[] periods = new String[n];
            LocalDate[] dates = new LocalDate[n];
            Integer[] persons = new Integer[n];
            Integer[] versions = new Integer[n];
            String[] references = new String[n];
            OffsetDateTime[] occurred = new OffsetDateTime[n];
            String[] couplings = new String[n];
            String[] unitTypes = new String[n];
            Boolean[] temporary = new Boolean[n];
            String[] householdTypes = new String[n];
            for (int i = 0; i < n; i++) {
                LedgerEntry e = entries.get(i);
                eventIds[i] = e.eventId();
                eventTypes[i] = e.eventType();
                codes[i] = e.municipalityCode();
                kinds[i] = e.kind().name();
                periods[i] = e.period() == null ? null : e.period().toString();
                dates[i] = e.effectiveDate();
                persons[i] = e.persons();
                versions[i] = e.version();
                references[i] = e.reference();
                occurred[i] = e.occurredAt();
                couplings[i] = e.couplingId();
                unitTypes[i] = e.unitType();
                temporary[i] = e.temporary();
                householdTypes[i] = e.householdType();
            }
            return Tuple.tuple().addArrayOfUUID(eventIds).addArrayOfString(eventTypes).addArrayOfString(codes).addArrayOfString(kinds)
                    .addArrayOfString(periods).addArrayOfLocalDate(dates).addArrayOfInteger(persons).addArrayOfInteger(versions)
                    .addArrayOfString(references).addArrayOfOffsetDateTime(occurred).addArrayOfString(couplings)
                    .addArrayOfString(unitTypes).addArrayOfBoolean(temporary).addArrayOfString(householdTypes);
        }
    }
}
