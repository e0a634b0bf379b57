package nl.permitholders.supervision.store;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.AdoptedFigure;
import nl.permitholders.supervision.ledger.Adopter;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.KnownMunicipality;
import nl.permitholders.supervision.ledger.Details.PlannedPlaces;
import nl.permitholders.supervision.ledger.MergerTakeOver;
import nl.permitholders.supervision.ledger.SplitBacklogRule;
import nl.permitholders.supervision.ledger.SplitCouplingsRule;
import nl.permitholders.supervision.reference.Merger;
import nl.permitholders.supervision.reference.Municipality;

/**
 * Reads municipalities' {@link BacklogLedger}s from the projection, including backlog taken over in mergers and a
 * receiver's part of a split municipality's ({@link SplitBacklogRule}) (R3):
 * one municipality for the API, many at once for the verdicts after a batch of events (then inside the consumer's
 * transaction, through its connection), and a province's a few at a time; and the versions of their ledgers, by which
 * the figures computed from them are cached ({@code FiguresQueries}).
 */
@ApplicationScoped
public class MunicipalityLedgerStore {

    /** Municipalities whose ledgers are read at once for a province, at most. */
    public static final int MUNICIPALITIES_PER_READ = 50;
    /** Ledger entries read at once for a province, at most (about 2 MB of rows). */
    static final long ENTRIES_PER_READ = 10_000;

    /** Every municipality the register places in a province ($1), with its entries. */
    private static final String PROVINCE_LEDGER_SIZES = "SELECT m.code, (SELECT count(*) FROM ledger_entry e WHERE e.municipality_code = m.code) "
            + "FROM municipality m WHERE m.province_code = $1";
    /** The municipalities of a text array ($1), with their entries. */
    private static final String LEDGER_SIZES = "SELECT c.code, (SELECT count(*) FROM ledger_entry e WHERE e.municipality_code = c.code) "
            + "FROM unnest($1::text[]) c(code)";

    /**
     * Raises a municipality's ledger version ($1) from its sequence: for a decision of province staff that changes what
     * its figures show without an event (a verdict, COA's position adopted), in the transaction that records it.
     */
    /**
     * When an import of COA's after adoption {@code a} first gave its figure otherwise (null if none did): a line of the
     * municipality in the figure's window of reference dates (as {@code CoaConvention.referenceDates}: the end position on
     * the deadline or the day before, the amount carried in during the half-year starting there).
     */
    private static final String REVISED_AT = "SELECT min(i.imported_at) FROM coa_position_line r "
            + "JOIN coa_position_import i ON i.id = r.import_id WHERE r.municipality_code = a.municipality_code "
            + "AND i.imported_at > a.adopted_at AND CASE WHEN a.kind = 'END_POSITION' "
            + "THEN r.reference_date BETWEEN a.deadline - 1 AND a.deadline AND r.position <> a.position "
            + "ELSE r.reference_date BETWEEN a.deadline + 1 AND (a.deadline + interval '6 months')::date "
            + "AND r.adjusted_quota - r.quota <> a.position END";

    public static final String RAISE_VERSION = "INSERT INTO ledger_version (municipality_code, version) "
            + "VALUES ($1, nextval('ledger_version_seq')) ON CONFLICT (municipality_code) DO UPDATE SET version = EXCLUDED.version";

    /** Raises the version of the municipality's ledger in the transaction given. */
    public static Uni<RowSet<Row>> raiseVersion(SqlClient db, String code) {
        return db.preparedQuery(RAISE_VERSION).execute(Tuple.of(code));
    }

    /** Raises the version of each municipality's ledger, in the order given, in the transaction given. */
    public static Uni<RowSet<Row>> raiseVersions(SqlClient db, List<String> codes) {
        return db.preparedQuery(RAISE_VERSION).executeBatch(codes.stream().map(code -> Tuple.of(code)).toList());
    }

    /** Every municipality anything is known about: each has a ledger version (raised by whatever stated it). */
    private static final String EVERY_KNOWN = "SELECT municipality_code FROM ledger_version";
    /** Every municipality the register places in a province ($1). */
    private static final String OF_PROVINCE = "SELECT code FROM municipality WHERE province_code = $1";
    /** The municipalities of a text array ($1). */
    private static final String OF_CODES = "SELECT unnest($1::text[])";
    /**
     * The highest version in each chain, looked up by key for each member: for one municipality or a province's the
     * planner cannot know how short a chain is, and would otherwise read and hash every ledger version to join them (a
     * read of the figures spent more time there than anywhere else, docs/performance-log.md, "the reads, profiled").
     */
    private static final String VERSION_BY_LOOKUP = "COALESCE(max((SELECT v.version FROM ledger_version v "
            + "WHERE v.municipality_code = c.member)), 0) FROM chain c GROUP BY c.code";
    /** The same for every municipality at once, where one pass over the versions is what a lookup per member would cost. */
    private static final String VERSION_BY_JOIN = "COALESCE(max(v.version), 0) FROM chain c "
            + "LEFT JOIN ledger_version v ON v.municipality_code = c.member GROUP BY c.code";

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    /** One municipality, or 404 when nothing at all is known about it yet. */
    public Uni<KnownMunicipality> of(String code) {
        return of(pool, List.of(code)).map(found -> found.get(code))
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("Nothing is known yet about municipality " + code + "."));
    }

    /** The municipalities of {@code codes} that anything is known about, read from the read pool. */
    public Uni<Map<String, KnownMunicipality>> of(Collection<String> codes) {
        return of(pool, codes);
    }

    /** The municipalities of {@code codes} that anything is known about. */
    public Uni<Map<String, KnownMunicipality>> of(SqlClient db, Collection<String> codes) {
        Set<String> requested = new LinkedHashSet<>(codes);
        return read(db, OF_CODES, Tuple.of((Object) requested.toArray(String[]::new))).map(read -> read.build(requested));
    }

    /**
     * The version of each municipality's figures, by code in code order: the highest ledger version of the municipality
     * and of every municipality merged into it or split over it, directly or by a chain of mergers, since a merged municipality's facts
     * change the backlog the new one took over (R3). Versions come from one sequence, so this one grows whenever any of
     * those ledgers changes, also when a rebuild's exchange raises them all.
     */
    public Uni<Map<String, Long>> versions(Collection<String> codes) {
        return versions(OF_CODES, VERSION_BY_LOOKUP, Tuple.of((Object) new TreeSet<>(codes).toArray(String[]::new)));
    }

    /** As {@link #versions(Collection)}, for every municipality the register places in the province. */
    public Uni<Map<String, Long>> versionsOfProvince(String provinceCode) {
        return versions(OF_PROVINCE, VERSION_BY_LOOKUP, Tuple.of(provinceCode));
    }

    /** As {@link #versions(Collection)}, for every municipality anything is known about. */
    public Uni<Map<String, Long>> versionsOfAll() {
        return versions(EVERY_KNOWN, VERSION_BY_JOIN, Tuple.tuple());
    }

    /**
     * The ledger version of each municipality {@code seed} selects ({@link #EVERY_KNOWN}, {@link #OF_PROVINCE} or
     * {@link #OF_CODES}), {@code params} being seed's own: none, $1 the province's code, or $1 a text array of codes.
     */
    private Uni<Map<String, Long>> versions(String seed, String version, Tuple params) {
        return pool.preparedQuery("WITH RECURSIVE chain(code, member) AS (SELECT s.code, s.code FROM (" + seed + ") s(code) UNION "
                        + "SELECT c.code, g.part FROM (SELECT merged_code AS part, new_code AS whole FROM merger UNION ALL "
                        + "SELECT split_code, receiver_code FROM municipality_split) g JOIN chain c ON g.whole = c.member) "
                        + "SELECT c.code, " + version)
                .execute(params)
                .map(rows -> {
                    Map<String, Long> versions = new TreeMap<>();
                    rows.forEach(row -> versions.put(row.getString(0), row.getLong(1)));
                    return versions;
                });
    }

    /**
     * {@code compute} applied to every municipality the register places in the province, in code order, their ledgers
     * read a few at a time ({@link LedgerChunks}) and let go once computed, all in one read-only snapshot, so that every
     * municipality is seen at the same moment; null results left out.
     */
    public <R> Uni<List<R>> eachOfProvince(String provinceCode, Function<KnownMunicipality, R> compute) {
        return each(PROVINCE_LEDGER_SIZES, Tuple.of(provinceCode), compute).map(results -> List.copyOf(results.values()));
    }

    /**
     * {@code compute} applied to each of {@code codes} that anything is known about, by code, read as
     * {@link #eachOfProvince} reads a province's: a few ledgers at a time in one snapshot, so that the country costs a
     * few reads rather than one per municipality; null results left out.
     */
    public <R> Uni<Map<String, R>> each(Collection<String> codes, Function<KnownMunicipality, R> compute) {
        return each(LEDGER_SIZES, Tuple.of((Object) new TreeSet<>(codes).toArray(String[]::new)), compute);
    }

    /**
     * {@code compute} applied to the municipalities {@code sizes} selects with their ledgers' entries (code, count);
     * {@code params} are sizes' own: $1 the province's code ({@link #PROVINCE_LEDGER_SIZES}) or a text array of codes
     * ({@link #LEDGER_SIZES}).
     */
    private <R> Uni<Map<String, R>> each(String sizes, Tuple params, Function<KnownMunicipality, R> compute) {
        return pool.withTransaction(db -> db.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute()
                .chain(() -> db.preparedQuery(sizes).execute(params))
                .flatMap(rows -> computeEach(db, ledgerSizes(rows), compute)));
    }

    /** The rows (code, ledger entries), in code order. */
    private static List<LedgerChunks.Ledger> ledgerSizes(RowSet<Row> rows) {
        return rows.stream().map(row -> new LedgerChunks.Ledger(row.getString(0), row.getLong(1)))
                .sorted(Comparator.comparing(LedgerChunks.Ledger::municipalityCode)).toList();
    }

    private <R> Uni<Map<String, R>> computeEach(SqlClient db, List<LedgerChunks.Ledger> ledgers, Function<KnownMunicipality, R> compute) {
        return Multi.createFrom().iterable(LedgerChunks.of(ledgers, MUNICIPALITIES_PER_READ, ENTRIES_PER_READ))
                .onItem().transformToUniAndConcatenate(chunk -> of(db, chunk))
                .collect().in(() -> new TreeMap<String, R>(), (results, found) -> found.values().forEach(known -> {
                    R result = compute.apply(known);
                    if (result != null) {
                        results.put(known.code(), result);
                    }
                }));
    }

    /**
     * The register entries, mergers, ledger rows, planned places, COA's positions adopted (re-anchorings) and the changes
     * of registered exchange agreements (decisions rather than events, kept outside the projection) of the municipalities that {@code seed} selects (a query of one
     * column of codes, with {@code params} its $1: a text array of codes for {@link #OF_CODES}) and of every municipality merged into them, directly or by a chain of
     * mergers (R3). The six queries are sent at once on one connection (pipelined), so the read costs one
     * round trip to the database instead of one per query.
     */
    private Uni<Read> read(SqlClient db, String seed, Tuple params) {
        if (db instanceof Pool connections) {
            return connections.withConnection(connection -> read(connection, seed, params));
        }
        // An array, not a join: so the planner reads the ledger by its index on the municipality, also for a generic plan.
        String in = " = ANY (ARRAY(WITH RECURSIVE wanted(code) AS (" + seed + " UNION "
                + "SELECT l.part FROM (SELECT merged_code AS part, new_code AS whole FROM merger "
                + "UNION ALL SELECT split_code, receiver_code FROM municipality_split) l JOIN wanted w ON l.whole = w.code) SELECT code FROM wanted))";
        Read read = new Read();
        Uni<RowSet<Row>> municipalities = execute(db, "SELECT m.code, m.name, m.province_code FROM municipality m WHERE m.code" + in, params);
        Uni<RowSet<Row>> mergers = execute(db, "SELECT g.merged_code, g.new_code, g.effective_period, g.effective_date FROM merger g WHERE g.merged_code"
                + in + " OR g.new_code" + in, params);
        Uni<RowSet<Row>> planned = execute(db, "SELECT c.event_id, c.period, c.permit_holder_places FROM capacity_plan_period c "
                + "JOIN ledger_entry e ON e.event_id = c.event_id WHERE e.municipality_code" + in, params);
        Uni<RowSet<Row>> entries = execute(db, "SELECT " + LedgerColumns.NAMES + " FROM ledger_entry e WHERE e.municipality_code" + in, params);
        Uni<RowSet<Row>> adoptions = execute(db, "SELECT a.id, a.municipality_code, a.deadline, a.position, a.reason, a.adopted_by, "
                + "a.adopted_at, a.kind, l.reference_date, (" + REVISED_AT + "), a.adopter, a.decided_on FROM coa_position_adoption a "
                + "JOIN coa_position_line l ON l.import_id = a.import_id AND l.line = a.line WHERE a.municipality_code" + in, params);
        Uni<RowSet<Row>> agreed = execute(db, "SELECT c.agreement_id, c.municipality_code, x.period, c.delta, c.backlog_transfer, "
                + "x.reason, s.author, s.at FROM exchange_agreement_change c JOIN exchange_agreement x ON x.id = c.agreement_id "
                + "JOIN exchange_agreement_step s ON s.agreement_id = c.agreement_id AND s.step = 'REGISTERED' "
                + "WHERE c.municipality_code" + in, params);
        Uni<RowSet<Row>> splits = execute(db, "SELECT s.split_code, s.receiver_code, s.share, s.effective_period, s.effective_date FROM municipality_split s "
                + "WHERE s.split_code IN (SELECT x.split_code FROM municipality_split x WHERE x.receiver_code" + in + " OR x.split_code" + in
                + ") ORDER BY s.split_code, s.position", params);
        // R3, splits: where the units and capacity projects of the split municipalities among them lie now, wherever that
        // is. The split municipalities as an array too: as a subquery, the generic plan scanned the whole ledger per read.
        Uni<RowSet<Row>> located = execute(db, "SELECT DISTINCT ON (l.reference) l.reference, l.municipality_code FROM ledger_entry l "
                + "WHERE l.kind IN ('UNIT_LOCATED', 'CAPACITY_PLANNED') AND l.reference IN (SELECT COALESCE(h.unit_id, h.reference) "
                + "FROM ledger_entry h WHERE h.municipality_code = ANY (ARRAY(SELECT s.split_code FROM municipality_split s WHERE s.split_code" + in
                + ")) AND (h.kind = 'HOUSED' AND h.unit_id IS NOT NULL OR h.kind = 'CAPACITY_PLANNED')) "
                + "ORDER BY l.reference, l.occurred_at DESC NULLS LAST, l.event_id DESC", params);
        return Uni.combine().all().unis(municipalities, mergers, planned, entries, adoptions, agreed, splits, located).with(results -> {
            @SuppressWarnings("unchecked") RowSet<Row> m = (RowSet<Row>) results.get(0);
            @SuppressWarnings("unchecked") RowSet<Row> g = (RowSet<Row>) results.get(1);
            @SuppressWarnings("unchecked") RowSet<Row> p = (RowSet<Row>) results.get(2);
            @SuppressWarnings("unchecked") RowSet<Row> e = (RowSet<Row>) results.get(3);
            @SuppressWarnings("unchecked") RowSet<Row> a = (RowSet<Row>) results.get(4);
            @SuppressWarnings("unchecked") RowSet<Row> x = (RowSet<Row>) results.get(5);
            @SuppressWarnings("unchecked") RowSet<Row> s = (RowSet<Row>) results.get(6);
            @SuppressWarnings("unchecked") RowSet<Row> l = (RowSet<Row>) results.get(7);
            l.forEach(row -> read.located.put(row.getString(0), row.getString(1)));
            s.forEach(row -> read.split(row.getString(0), row.getString(1), row.getLong(2), row.getLocalDate(4)));
            m.forEach(row -> read.municipalities.put(row.getString(0), new Municipality(row.getString(0), row.getString(1),
                    row.getString(2))));
            g.forEach(row -> read.merger(merger(row)));
            p.forEach(row -> read.planned.computeIfAbsent(row.getUUID(0), k -> new ArrayList<>())
                    .add(new PlannedPlaces(Period.parse(row.getString(1)), row.getInteger(2))));
            e.forEach(row -> {
                LedgerEntry entry = LedgerColumns.entry(row, read.planned, read.repeated);
                read.entries.computeIfAbsent(entry.municipalityCode(), k -> new ArrayList<>()).add(entry);
            });
            a.forEach(row -> read.entries.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(LedgerEntry.anchored(
                    row.getUUID(0), AdoptedFigure.valueOf(row.getString(7)).eventType(), row.getString(1), row.getLocalDate(2),
                    row.getInteger(3), row.getLocalDate(8), row.getString(4), row.getString(5), row.getOffsetDateTime(6),
                    row.getOffsetDateTime(9), Adopter.valueOf(row.getString(10)), row.getLocalDate(11))));
            x.forEach(row -> read.agreed(row));
            return read;
        });
    }

    /** Runs one of the read's queries, {@code params} being those of its seed, passed through by {@link #read}. */
    private static Uni<RowSet<Row>> execute(SqlClient db, String sql, Tuple params) {
        return db.preparedQuery(sql).execute(params);
    }

    private static Merger merger(Row row) {
        return new Merger(row.getString(0), row.getString(1), row.getString(2), row.getLocalDate(3));
    }

    /** What was read, turned into ledgers. */
    private static final class Read {
        final Map<String, Municipality> municipalities = new HashMap<>();
        final Map<String, Merger> mergedInto = new HashMap<>();
        final Map<String, List<Merger>> byNewCode = new HashMap<>();
        final Map<String, List<LedgerEntry>> entries = new HashMap<>();
        final Map<UUID, List<PlannedPlaces>> planned = new HashMap<>();
        /** Event types, municipality codes, unit and household types: the same few strings on every row. */
        final Map<String, String> repeated = new HashMap<>();
        final Map<String, BacklogLedger> ledgers = new HashMap<>();

        /** A registered exchange agreement's change for one party: its quota change and its backlog transfer, where not 0. */
        void agreed(Row row) {
            List<LedgerEntry> ledger = entries.computeIfAbsent(row.getString(1), k -> new ArrayList<>());
            Period period = Period.parse(row.getString(2));
            if (row.getInteger(3) != 0) {
                ledger.add(LedgerEntry.agreed(EntryKind.EXCHANGE, row.getUUID(0), row.getString(1), period, row.getInteger(3),
                        row.getString(5), row.getString(6), row.getOffsetDateTime(7)));
            }
            if (row.getInteger(4) != 0) {
                ledger.add(LedgerEntry.agreed(EntryKind.BACKLOG_TRANSFERRED, row.getUUID(0), row.getString(1), period, row.getInteger(4),
                        row.getString(5), row.getString(6), row.getOffsetDateTime(7)));
            }
        }

        /** Per unit or capacity project of a split municipality, the municipality it lies in now (R3). */
        final Map<String, String> located = new HashMap<>();

        /** Per split municipality, every receiver's share in the split's order, and the split's half-year. */
        final Map<String, Map<String, Long>> splitShares = new HashMap<>();
        final Map<String, LocalDate> splitDates = new HashMap<>();
        /** Per receiver, the municipalities split over it and others. */
        final Map<String, List<String>> splitsReceived = new HashMap<>();

        void split(String splitCode, String receiver, long share, LocalDate effective) {
            splitShares.computeIfAbsent(splitCode, k -> new java.util.LinkedHashMap<>()).put(receiver, share);
            splitDates.put(splitCode, effective);
            splitsReceived.computeIfAbsent(receiver, k -> new ArrayList<>()).add(splitCode);
        }

        void merger(Merger merger) {
            mergedInto.put(merger.mergedCode(), merger);
            byNewCode.computeIfAbsent(merger.newCode(), k -> new ArrayList<>()).add(merger);
        }

        Map<String, KnownMunicipality> build(Set<String> codes) {
            Map<String, KnownMunicipality> known = new TreeMap<>();
            for (String code : codes) {
                if (!municipalities.containsKey(code) && !entries.containsKey(code) && !byNewCode.containsKey(code)) {
                    continue;
                }
                known.put(code, new KnownMunicipality(code, municipalities.get(code), ledger(code, new HashSet<>()),
                        Optional.ofNullable(mergedInto.get(code)), Optional.ofNullable(splitDates.get(code))));
            }
            return known;
        }

        /** A ledger with the facts and backlog of the municipalities it continues ({@link MergerTakeOver}, R3). */
        private BacklogLedger ledger(String code, Set<String> underway) {
            BacklogLedger done = ledgers.get(code);
            if (done != null) {
                return done;
            }
            underway.add(code);
            List<Merger> predecessors = byNewCode.getOrDefault(code, List.of());
            List<LedgerEntry> own = entries.getOrDefault(code, List.of());
            if (splitsReceived.containsKey(code)) {
                // R3, splits: what it housed on couplings COA divided to it counts in its figures ({@link SplitCouplingsRule})
                own = new ArrayList<>(own);
                for (String split : splitsReceived.get(code)) {
                    own.addAll(SplitCouplingsRule.countedFor(code, entries.getOrDefault(split, List.of()), splitDates.get(split)));
                }
            }
            BacklogLedger ledger;
            if (predecessors.isEmpty()) {
                ledger = new BacklogLedger(code, own);
            } else {
                Map<LocalDate, List<BacklogLedger>> merged = new TreeMap<>();
                predecessors.stream().filter(p -> !underway.contains(p.mergedCode())).forEach(p -> merged
                        .computeIfAbsent(p.effectiveDate(), k -> new ArrayList<>()).add(ledger(p.mergedCode(), underway)));
                ledger = MergerTakeOver.continuing(code, own, merged);
            }
            List<MergerTakeOver> parts = new ArrayList<>();
            List<BacklogLedger.Received> received = new ArrayList<>();
            for (String split : splitsReceived.getOrDefault(code, List.of())) {
                if (!underway.contains(split)) {
                    BacklogLedger splitLedger = ledger(split, underway);
                    parts.addAll(SplitBacklogRule.partsFor(code, splitDates.get(split), splitLedger, splitShares.get(split)));
                    Municipality named = municipalities.get(split);
                    received.add(new BacklogLedger.Received(split, named == null ? null : named.name(), splitDates.get(split),
                            splitLedger.entries(), splitShares.get(split).keySet(), located));
                }
            }
            ledger = ledger.withTakeOvers(parts).receiving(received);
            if (splitDates.containsKey(code)) {
                ledger = ledger.splitOn(splitDates.get(code));
            }
            ledgers.put(code, ledger);
            underway.remove(code);
            return ledger;
        }
    }
}
