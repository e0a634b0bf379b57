package nl.permitholders.supervision.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
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
import nl.permitholders.supervision.ledger.Details.CapacityPlan;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.Details.PlannedPlaces;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import nl.permitholders.supervision.projection.ProjectionChange.Merged;
import nl.permitholders.supervision.projection.ProjectionChange.MunicipalityStated;
import nl.permitholders.supervision.projection.ProjectionChange.PopulationStated;
import nl.permitholders.supervision.projection.ProjectionChange.ProvinceStated;
import nl.permitholders.supervision.store.LedgerColumns;

/**
 * Writes decoded events into the projection's tables in one schema: {@code public} for the live projection, the
 * rebuild's own schema while the projection is rebuilt from the topics. Both go through this one class, so a rebuild
 * writes exactly what the live consumer writes. Runs inside the caller's transaction, many events at a time.
 */
@ApplicationScoped
public class ProjectionStore {

    /** The tables that hold only what was learned from the topics (the inbox included): what a rebuild replaces. */
    public static final List<String> TABLES = List.of("province", "municipality", "ledger_entry", "capacity_plan_period", "merger",
            "municipality_split", "population", "processed_event");
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

    /** Raises the version of every ledger ({@link #RAISE_EVERY_VERSION}) in the transaction given. */
    public static Uni<RowSet<Row>> raiseEveryVersion(SqlClient db) {
        return db.query(RAISE_EVERY_VERSION).execute();
    }

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
        return apply(db, schema, unique(events)).map(Applied::events);
    }

    /**
     * The live consumer's way: {@link #apply} in a transaction of its own, with the ledger versions of the municipalities
     * it changed raised. A batch of facts alone (placements, couplings, quotas: nearly all) is one statement, so
     * it costs a single round trip to the database and commits on its own.
     */
    public Uni<Applied> applyLive(Pool pool, List<Decoded> events) {
        Map<UUID, Decoded> unique = unique(events);
        return factsOnly(unique.values()) ? apply(pool, LIVE, unique) : pool.withTransaction(db -> apply(db, LIVE, unique));
    }

    /**
     * The inbox rows and facts in one statement ({@link #applyFacts}), then the register statements of the events seen
     * for the first time; in the live schema the ledger versions of every municipality changed are raised together,
     * in one statement, so that two writers never wait for each other's rows.
     */
    private static Uni<Applied> apply(SqlClient db, String schema, Map<UUID, Decoded> unique) {
        if (unique.isEmpty()) {
            return Uni.createFrom().item(Applied.NOTHING);
        }
        boolean live = LIVE.equals(schema);
        if (factsOnly(unique.values())) {
            return applyFacts(db, schema, unique, live);
        }
        return applyFacts(db, schema, unique, false).flatMap(facts -> writeStatements(db, schema, facts.events())
                .chain(() -> live ? raiseVersions(db, changed(facts.events())) : Uni.createFrom().item(-1L))
                .map(version -> new Applied(facts.events(), version)));
    }

    /** The municipalities whose figures the events change ({@link Decoded#municipalities}), in code order. */
    public static Set<String> changed(Collection<Decoded> events) {
        Set<String> codes = new TreeSet<>();
        events.forEach(event -> codes.addAll(event.municipalities()));
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

    /** The events, in order, whose ids the inbox took now (returned by its INSERT): those not handled before. */
    private static List<Decoded> firstSeen(Map<UUID, Decoded> unique, RowSet<Row> inserted) {
        Set<UUID> first = new HashSet<>();
        for (Row row : inserted) {
            first.add(row.getUUID(0));
        }
        return unique.values().stream().filter(e -> first.contains(e.event().id())).toList();
    }

    /**
     * In one statement: the inbox rows, and the ledger rows and planned places of the events the inbox did not know
     * yet (and, with {@code raiseVersions}, the ledger versions of their municipalities); their other changes are left
     * to the caller. Data-modifying CTEs all run, in one snapshot, and commit together. The inbox's INSERT names no
     * conflict target (its key is its only one), so that a rebuild can fill an inbox that has no key yet: there every
     * row is new, and the rebuild removes an event's second rows when it builds the keys.
     */
    private static Uni<Applied> applyFacts(SqlClient db, String schema, Map<UUID, Decoded> unique, boolean raiseVersions) {
        List<LedgerEntry> entries = new ArrayList<>();
        unique.values().forEach(e -> entries.addAll(e.facts()));
        Tuple columns = Tuple.tuple().addArrayOfUUID(unique.keySet().toArray(UUID[]::new))
                .addArrayOfString(unique.values().stream().map(e -> e.event().type()).toArray(String[]::new));
        LedgerColumns.ALL.forEach(column -> columns.addValue(column.values(entries)));
        int planned = columns.size() + 1;
        addPlannedColumns(columns, entries);
        String sql = "WITH fresh AS (INSERT INTO " + schema + ".processed_event (event_id, type) SELECT * FROM unnest($1::uuid[], $2::text[]) "
                + "ON CONFLICT DO NOTHING RETURNING event_id), "
                + "ledger AS (INSERT INTO " + schema + ".ledger_entry (" + LedgerColumns.NAMES + ") SELECT e.* FROM "
                + LedgerColumns.unnest(3) + " AS e(" + LedgerColumns.NAMES + ") "
                + "WHERE e.event_id IN (SELECT event_id FROM fresh) RETURNING municipality_code, kind, reference), "
                + "planned AS (INSERT INTO " + schema + ".capacity_plan_period (event_id, period, permit_holder_places) SELECT p.* FROM "
                + "unnest($" + planned + "::uuid[], $" + (planned + 1) + "::text[], $" + (planned + 2) + "::int[]) "
                + "AS p(event_id, period, permit_holder_places) WHERE p.event_id IN (SELECT event_id FROM fresh)) "
                + (raiseVersions ? ", versions AS (" + RAISE_VERSIONS.replace("unnest($1::text[]) u(code)", "(SELECT municipality_code FROM ledger "
                        // a unit or project that moved changes where it lay before too (R3, splits: SplitHousingRule)
                        + "UNION SELECT p.municipality_code FROM " + schema + ".ledger_entry p JOIN ledger n ON n.kind IN ('UNIT_LOCATED', "
                        + "'CAPACITY_PLANNED') AND p.kind = n.kind AND p.reference = n.reference) u(code)")
                        + ") " : "")
                + "SELECT event_id, " + (raiseVersions ? "COALESCE((SELECT max(version) FROM versions), -1)" : "-1::bigint") + " FROM fresh";
        return db.preparedQuery(sql).execute(columns).map(inserted -> new Applied(firstSeen(unique, inserted),
                inserted.size() == 0 ? -1 : inserted.iterator().next().getLong(1)));
    }

    /**
     * Writes the register entries, mergers, splits and populations the events state: the statement made last (for a population,
     * the highest version) stands, whatever order they arrive in (an outbox may send one again after later ones,
     * docs/architecture.md).
     */
    private static Uni<Void> writeStatements(SqlClient db, String schema, List<Decoded> events) {
        List<Tuple> provinces = new ArrayList<>();
        List<Tuple> municipalities = new ArrayList<>();
        List<Tuple> mergers = new ArrayList<>();
        List<Tuple> populations = new ArrayList<>();
        List<Tuple> splits = new ArrayList<>();
        for (Decoded event : events) {
            for (ProjectionChange change : event.changes()) {
                if (change instanceof ProvinceStated p) {
                    provinces.add(Tuple.of(p.code(), p.name(), p.statedAt()));
                } else if (change instanceof MunicipalityStated m) {
                    municipalities.add(Tuple.of(m.code(), m.name(), m.provinceCode(), m.validFrom(), m.validUntil(), m.statedAt()));
                } else if (change instanceof Merged m) {
                    m.mergedCodes().forEach(code -> mergers.add(Tuple.tuple().addString(code).addString(m.newCode())
                            .addString(m.effective().toString()).addLocalDate(m.effectiveDate()).addOffsetDateTime(m.statedAt())
                            .addBoolean(m.absorption()).addOffsetDateTime(m.recordedAt())));
                } else if (change instanceof ProjectionChange.Split split) {
                    for (int i = 0; i < split.receivers().size(); i++) {
                        splits.add(Tuple.tuple().addString(split.splitCode()).addString(split.receivers().get(i)).addInteger(i)
                                .addLong(split.shares().get(i)).addString(split.effective().toString()).addLocalDate(split.effectiveDate())
                                .addOffsetDateTime(split.statedAt()));
                    }
                } else if (change instanceof PopulationStated p) {
                    populations.add(Tuple.of(p.code(), p.referenceDate(), p.persons(), p.version(), p.setWithAMerger(), p.recordedAt()));
                }
            }
        }
        return batch(db, "INSERT INTO " + schema + ".province AS t (code, name, stated_at) VALUES ($1, $2, $3) "
                        + "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, stated_at = EXCLUDED.stated_at" + LATER, provinces)
                .chain(() -> batch(db, "INSERT INTO " + schema + ".municipality AS t (code, name, province_code, valid_from, valid_until, "
                        + "stated_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, "
                        + "province_code = EXCLUDED.province_code, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until, "
                        + "stated_at = EXCLUDED.stated_at" + LATER, municipalities))
                .chain(() -> batch(db, "INSERT INTO " + schema + ".merger AS t (merged_code, new_code, effective_period, effective_date, stated_at, "
                        + "absorption, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (merged_code) DO UPDATE SET "
                        + "new_code = EXCLUDED.new_code, effective_period = EXCLUDED.effective_period, effective_date = EXCLUDED.effective_date, "
                        + "stated_at = EXCLUDED.stated_at, absorption = EXCLUDED.absorption, recorded_at = EXCLUDED.recorded_at" + LATER, mergers))
                .chain(() -> batch(db, "INSERT INTO " + schema + ".municipality_split AS t (split_code, receiver_code, position, share, "
                        + "effective_period, effective_date, stated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (split_code, receiver_code) "
                        + "DO UPDATE SET position = EXCLUDED.position, share = EXCLUDED.share, effective_period = EXCLUDED.effective_period, "
                        + "effective_date = EXCLUDED.effective_date, stated_at = EXCLUDED.stated_at" + LATER, splits))
                .chain(() -> batch(db, "INSERT INTO " + schema + ".population AS t (municipality_code, reference_date, persons, version, "
                        + "set_with_a_merger, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (municipality_code, reference_date) "
                        + "DO UPDATE SET persons = EXCLUDED.persons, version = EXCLUDED.version, set_with_a_merger = EXCLUDED.set_with_a_merger, "
                        + "recorded_at = EXCLUDED.recorded_at WHERE t.version < EXCLUDED.version", populations));
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

    /** The places the entries' capacity plans expect, as three arrays (event id, period, places) added to {@code tuple}. */
    private static void addPlannedColumns(Tuple tuple, List<LedgerEntry> entries) {
        List<UUID> plannedEvents = new ArrayList<>();
        List<String> plannedPeriods = new ArrayList<>();
        List<Integer> plannedPlaces = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            if (entry.details() instanceof CapacityPlan plan) {
                for (PlannedPlaces places : plan.plannedPlaces()) {
                    plannedEvents.add(entry.eventId());
                    plannedPeriods.add(places.period().toString());
                    plannedPlaces.add(places.places());
                }
            }
        }
        tuple.addArrayOfUUID(plannedEvents.toArray(UUID[]::new)).addArrayOfString(plannedPeriods.toArray(String[]::new))
                .addArrayOfInteger(plannedPlaces.toArray(Integer[]::new));
    }

    /** Runs {@code sql} once for each of {@code rows}, built by {@link #writeStatements} in the order of its $1..$n; nothing for none. */
    private static Uni<Void> batch(SqlClient db, String sql, List<Tuple> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : db.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }
}
