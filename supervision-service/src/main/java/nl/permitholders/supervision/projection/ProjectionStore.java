package nl.permitholders.supervision.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.permitholders.platform.events.LatestStatement;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.LedgerEntry.PlannedPlaces;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import nl.permitholders.supervision.projection.ProjectionChange.Merged;
import nl.permitholders.supervision.projection.ProjectionChange.MunicipalityStated;
import nl.permitholders.supervision.projection.ProjectionChange.ProvinceStated;

/**
 * Writes decoded events into the projection's tables in one schema: {@code public} for the live projection, the
 * rebuild's own schema while the projection is rebuilt from the topics. Both go through this one class, so a rebuild
 * writes exactly what the live consumer writes. Runs inside the caller's transaction, many events at a time.
 */
@ApplicationScoped
public class ProjectionStore {

    /** The tables that hold only what was learned from the topics (the inbox included): what a rebuild replaces. */
    public static final List<String> TABLES = List.of("province", "municipality", "ledger_entry", "capacity_plan_period", "merger",
            "processed_event");
    public static final String LIVE = "public";

    /** The condition under which a register statement replaces the standing one: as {@link LatestStatement#replaces}. */
    private static final String LATER = " WHERE EXCLUDED.stated_at IS NULL OR t.stated_at IS NULL OR t.stated_at <= EXCLUDED.stated_at";

    /**
     * Raises the ledger versions of the municipalities of a text array ({@code $1}) from their sequence, in code order
     * (so that two writers never wait for each other's rows); returns each version raised.
     */
    private static final String RAISE_VERSIONS = "INSERT INTO " + LIVE + ".ledger_version AS v (municipality_code, version) "
            + "SELECT code, nextval('" + LIVE + ".ledger_version_seq') FROM (SELECT DISTINCT code FROM unnest($1::text[]) u(code) ORDER BY code) c "
            + "ON CONFLICT (municipality_code) DO UPDATE SET version = EXCLUDED.version RETURNING version";

    /**
     * Raises the ledger version of every municipality anything is known about: a rebuild's exchange runs it in its
     * transaction, so that no figure cached from the replaced projection is taken for current.
     */
    public static final String RAISE_EVERY_VERSION = RAISE_VERSIONS.replace("unnest($1::text[])",
            "(SELECT municipality_code FROM " + LIVE + ".ledger_version UNION SELECT municipality_code FROM " + LIVE + ".ledger_entry "
                    + "UNION SELECT code FROM " + LIVE + ".municipality UNION SELECT merged_code FROM " + LIVE + ".merger "
                    + "UNION SELECT new_code FROM " + LIVE + ".merger)");

    /**
     * What a transaction of the live consumer applied, and the highest ledger version it raised (-1 when it applied
     * nothing): figures cached at that version or later show it.
     */
    public record Applied(List<Decoded> events, long version) {

        static final Applied NOTHING = new Applied(List.of(), -1);
    }

    /**
     * Records the events as handled (the idempotent inbox) and applies those seen for the first time, in order; an
     * event delivered twice, in this batch or before, changes nothing the second time.
     *
     * @return the events applied now
     */
    public Uni<List<Decoded>> apply(SqlClient db, String schema, List<Decoded> events) {
        return apply(db, schema, unique(events));
    }

    private Uni<List<Decoded>> apply(SqlClient db, String schema, Map<UUID, Decoded> unique) {
        if (unique.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return applyAndRaise(db, schema, unique).map(Applied::events);
    }

    /** As {@link #apply}; in the live schema the ledger versions of the municipalities changed are raised with it. */
    private Uni<Applied> applyAndRaise(SqlClient db, String schema, Map<UUID, Decoded> unique) {
        if (factsOnly(unique.values())) {
            return applyFacts(db, schema, unique);
        }
        return db.preparedQuery("INSERT INTO " + schema + ".processed_event (event_id, type) SELECT * FROM unnest($1::uuid[], $2::text[]) "
                        + "ON CONFLICT DO NOTHING RETURNING event_id")
                .execute(inboxColumns(unique))
                .flatMap(inserted -> {
                    List<Decoded> applied = firstSeen(unique, inserted);
                    return write(db, schema, applied).map(version -> new Applied(applied, version));
                });
    }

    /**
     * The live consumer's way: {@link #apply} in a transaction of its own, with the ledger versions of the municipalities
     * it changed raised. A batch of facts alone (placements, couplings, quotas: nearly all) is one statement, so
     * it costs a single round trip to the database and commits on its own.
     */
    public Uni<Applied> applyLive(Pool pool, List<Decoded> events) {
        Map<UUID, Decoded> unique = unique(events);
        if (unique.isEmpty()) {
            return Uni.createFrom().item(Applied.NOTHING);
        }
        if (factsOnly(unique.values())) {
            return applyFacts(pool, LIVE, unique);
        }
        return pool.withTransaction(db -> applyAndRaise(db, LIVE, unique));
    }

    /**
     * The municipalities whose figures the events change: those of their facts, register entries and mergers (a
     * province's name is in none of a municipality's figures).
     */
    public static Set<String> changed(Collection<Decoded> events) {
        Set<String> codes = new TreeSet<>();
        for (Decoded event : events) {
            event.facts().forEach(fact -> codes.add(fact.municipalityCode()));
            codes.addAll(event.restated());
        }
        return codes;
    }

    private static Map<UUID, Decoded> unique(List<Decoded> events) {
        Map<UUID, Decoded> unique = new LinkedHashMap<>();
        events.forEach(e -> unique.putIfAbsent(e.event().id(), e));
        return unique;
    }

    private static boolean factsOnly(Collection<Decoded> events) {
        return events.stream().allMatch(e -> e.changes().stream().allMatch(Fact.class::isInstance));
    }

    /**
     * The inbox rows of the events: their ids and types, as two arrays. The inbox's INSERTs name no conflict target
     * (its key is its only one), so that a rebuild can fill an inbox that has no key yet: there every row is new, and
     * the rebuild removes an event's second rows when it builds the keys.
     */
    private static Tuple inboxColumns(Map<UUID, Decoded> unique) {
        return Tuple.tuple().addArrayOfUUID(unique.keySet().toArray(UUID[]::new))
                .addArrayOfString(unique.values().stream().map(e -> e.event().type()).toArray(String[]::new));
    }

    /** The events, in order, whose ids the inbox took now (returned by its INSERT): those not handled before. */
    private static List<Decoded> firstSeen(Map<UUID, Decoded> unique, RowSet<Row> inserted) {
        Set<UUID> first = new HashSet<>();
        for (Row row : inserted) {
            first.add(row.getUUID(0));
        }
        return unique.values().stream().filter(e -> first.contains(e.event().id())).toList();
    }

    /**
     * Events whose changes are all facts, in one statement: the inbox rows, and the ledger rows and planned places of
     * the events the inbox did not know yet (and, in the live schema, the ledger versions of their municipalities).
     * Data-modifying CTEs all run, in one snapshot, and commit together.
     */
    private static Uni<Applied> applyFacts(SqlClient db, String schema, Map<UUID, Decoded> unique) {
        boolean raiseVersions = LIVE.equals(schema);
        List<LedgerEntry> entries = new ArrayList<>();
        unique.values().forEach(e -> e.changes().forEach(c -> entries.add(((Fact) c).entry())));
        Tuple columns = inboxColumns(unique);
        addEntryColumns(columns, entries);
        int planned = columns.size() + 1;
        addPlannedColumns(columns, entries);
        String sql = "WITH fresh AS (INSERT INTO " + schema + ".processed_event (event_id, type) SELECT * FROM unnest($1::uuid[], $2::text[]) "
                + "ON CONFLICT DO NOTHING RETURNING event_id), "
                + "ledger AS (INSERT INTO " + schema + ".ledger_entry (" + LEDGER_COLUMNS + ") SELECT e.* FROM " + ledgerUnnest(3)
                + " AS e(" + LEDGER_COLUMNS + ") WHERE e.event_id IN (SELECT event_id FROM fresh) RETURNING municipality_code), "
                + "planned AS (INSERT INTO " + schema + ".capacity_plan_period (event_id, period, permit_holder_places) SELECT p.* FROM "
                + plannedUnnest(planned) + " AS p(event_id, period, permit_holder_places) "
                + "WHERE p.event_id IN (SELECT event_id FROM fresh)) "
                + (raiseVersions ? ", versions AS (" + RAISE_VERSIONS.replace("unnest($1::text[]) u(code)", "(SELECT municipality_code FROM ledger) u(code)")
                        + ") " : "")
                + "SELECT event_id, " + (raiseVersions ? "COALESCE((SELECT max(version) FROM versions), -1)" : "-1::bigint") + " FROM fresh";
        return db.preparedQuery(sql).execute(columns).map(inserted -> new Applied(firstSeen(unique, inserted),
                inserted.size() == 0 ? -1 : inserted.iterator().next().getLong(1)));
    }

    /** Writes the events' changes; in the live schema, raises the ledger versions they change: the highest, or -1. */
    private Uni<Long> write(SqlClient db, String schema, List<Decoded> events) {
        List<Tuple> provinces = new ArrayList<>();
        List<Tuple> municipalities = new ArrayList<>();
        List<LedgerEntry> facts = new ArrayList<>();
        List<Tuple> mergers = new ArrayList<>();
        for (Decoded event : events) {
            for (ProjectionChange change : event.changes()) {
                if (change instanceof ProvinceStated p) {
                    provinces.add(Tuple.of(p.code(), p.name(), p.statedAt()));
                } else if (change instanceof MunicipalityStated m) {
                    municipalities.add(Tuple.of(m.code(), m.name(), m.provinceCode(), m.statedAt()));
                } else if (change instanceof Fact f) {
                    facts.add(f.entry());
                } else if (change instanceof Merged m) {
                    m.mergedCodes().forEach(code -> mergers.add(Tuple.of(code, m.newCode(), m.effective().toString(), m.statedAt())));
                }
            }
        }
        // Register entries and mergers: the statement made last stands, whatever order they arrive in (an outbox may send
        // one again after later ones, docs/architecture.md); facts are only ever added.
        return batch(db, "INSERT INTO " + schema + ".province AS t (code, name, stated_at) VALUES ($1, $2, $3) "
                        + "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, stated_at = EXCLUDED.stated_at" + LATER, provinces)
                .chain(() -> batch(db, "INSERT INTO " + schema + ".municipality AS t (code, name, province_code, stated_at) "
                        + "VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, "
                        + "province_code = EXCLUDED.province_code, stated_at = EXCLUDED.stated_at" + LATER, municipalities))
                .chain(() -> insertFacts(db, schema, facts))
                .chain(() -> batch(db, "INSERT INTO " + schema + ".merger AS t (merged_code, new_code, effective_period, stated_at) "
                        + "VALUES ($1, $2, $3, $4) ON CONFLICT (merged_code) DO UPDATE SET new_code = EXCLUDED.new_code, "
                        + "effective_period = EXCLUDED.effective_period, stated_at = EXCLUDED.stated_at" + LATER, mergers))
                .chain(() -> LIVE.equals(schema) ? raiseVersions(db, changed(events)) : Uni.createFrom().item(-1L));
    }

    /** Raises the ledger versions of {@code codes}: the highest it raised, or -1 for none. */
    private static Uni<Long> raiseVersions(SqlClient db, Set<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(-1L);
        }
        return db.preparedQuery(RAISE_VERSIONS).execute(Tuple.of((Object) codes.toArray(String[]::new)))
                .map(rows -> {
                    long highest = -1;
                    for (Row row : rows) {
                        highest = Math.max(highest, row.getLong(0));
                    }
                    return highest;
                });
    }

    /** The ledger's columns, in the order of {@link #addEntryColumns}'s arrays. */
    private static final String LEDGER_COLUMNS = "event_id, event_type, municipality_code, kind, period, effective_date, persons, "
            + "version, reference, occurred_at, coupling_id, unit_type, temporary_housing, household_type, cancellation_reason";

    /** unnest of the 15 ledger column arrays, the first of them parameter {@code first}. */
    private static String ledgerUnnest(int first) {
        String[] types = {"uuid", "text", "text", "text", "text", "date", "int", "int", "text", "timestamptz", "text", "text", "boolean", "text",
                "text"};
        StringBuilder sql = new StringBuilder("unnest(");
        for (int i = 0; i < types.length; i++) {
            sql.append(i == 0 ? "" : ", ").append('$').append(first + i).append("::").append(types[i]).append("[]");
        }
        return sql.append(')').toString();
    }

    /**
     * Adds ledger rows and the places their capacity plans expect, one INSERT per table from column arrays: the same
     * columns as {@link #applyFacts} takes from {@link #addEntryColumns}.
     */
    private static Uni<Void> insertFacts(SqlClient db, String schema, List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple planned = addPlannedColumns(Tuple.tuple(), entries);
        Uni<Void> ledger = db.preparedQuery("INSERT INTO " + schema + ".ledger_entry (" + LEDGER_COLUMNS + ") SELECT * FROM "
                        + ledgerUnnest(1))
                .execute(addEntryColumns(Tuple.tuple(), entries)).replaceWithVoid();
        return planned.getArrayOfUUIDs(0).length == 0 ? ledger : ledger.chain(() -> db.preparedQuery("INSERT INTO " + schema
                        + ".capacity_plan_period (event_id, period, permit_holder_places) SELECT * FROM " + plannedUnnest(1))
                .execute(planned)
                .replaceWithVoid());
    }

    /** unnest of the three arrays of {@link #addPlannedColumns}, the first of them parameter {@code first}. */
    private static String plannedUnnest(int first) {
        return "unnest($" + first + "::uuid[], $" + (first + 1) + "::text[], $" + (first + 2) + "::int[])";
    }

    /** The places the entries' capacity plans expect, as three arrays (event id, period, places) added to {@code tuple}. */
    private static Tuple addPlannedColumns(Tuple tuple, List<LedgerEntry> entries) {
        List<UUID> plannedEvents = new ArrayList<>();
        List<String> plannedPeriods = new ArrayList<>();
        List<Integer> plannedPlaces = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            for (PlannedPlaces places : entry.plannedPlaces()) {
                plannedEvents.add(entry.eventId());
                plannedPeriods.add(places.period().toString());
                plannedPlaces.add(places.places());
            }
        }
        return tuple.addArrayOfUUID(plannedEvents.toArray(UUID[]::new)).addArrayOfString(plannedPeriods.toArray(String[]::new))
                .addArrayOfInteger(plannedPlaces.toArray(Integer[]::new));
    }

    /** The ledger rows, one array per column of {@link #LEDGER_COLUMNS}, added to {@code tuple}. */
    private static Tuple addEntryColumns(Tuple tuple, List<LedgerEntry> entries) {
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
        String[] cancellationReasons = new String[n];
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
            cancellationReasons[i] = e.cancellationReason() == null ? null : e.cancellationReason().name();
        }
        return tuple.addArrayOfUUID(eventIds).addArrayOfString(eventTypes).addArrayOfString(codes).addArrayOfString(kinds)
                .addArrayOfString(periods).addArrayOfLocalDate(dates).addArrayOfInteger(persons).addArrayOfInteger(versions)
                .addArrayOfString(references).addArrayOfOffsetDateTime(occurred).addArrayOfString(couplings)
                .addArrayOfString(unitTypes).addArrayOfBoolean(temporary).addArrayOfString(householdTypes)
                .addArrayOfString(cancellationReasons);
    }

    private static Uni<Void> batch(SqlClient db, String sql, List<Tuple> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : db.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }
}
