package nl.permitholders.supervision.figures;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
import java.util.function.Predicate;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.BacklogLedger.TakeOver;
import nl.permitholders.supervision.ladder.InterventionAdvisor;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.LedgerEntry.PlannedPlaces;
import nl.permitholders.supervision.reference.Merger;
import nl.permitholders.supervision.reference.Municipality;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.projection.ProjectionChanges;
import nl.permitholders.supervision.projection.ProjectionVersion;
import nl.permitholders.supervision.projection.ReadPool;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads municipalities' {@link BacklogLedger}s from the projection, including backlog taken over in mergers (R3):
 * one municipality for the API, many at once for the verdicts after a batch of events (then inside the consumer's
 * transaction, through its connection), and a province's or the country's a few at a time.
 */
@ApplicationScoped
public class MunicipalityLedgers {

    /** What supervision knows of a municipality: its register entry (if seen yet), its ledger, and its own merger. */
    public record Known(String code, Municipality municipality, BacklogLedger ledger, Optional<Merger> mergedInto) {

        /** Verdicts at every deadline that has passed; a merged municipality is judged no further than its merger (R3). */
        public List<DeadlineJudge.Judgement> judgements(LocalDate today) {
            return DeadlineJudge.judgeClosed(ledger, today).stream()
                    .filter(j -> mergedInto.isEmpty() || j.period().isBefore(mergedFrom().get()))
                    .toList();
        }

        /**
         * What the ladder counts on {@code date}: the deadline that opened the chain if the municipality joined behind,
         * then the verdicts at every deadline passed ({@link InterventionAdvisor#deadlines}); up to its merger (R3).
         */
        public List<InterventionAdvisor.Deadline> ladderDeadlines(LocalDate date) {
            Optional<BacklogLedger.OpeningBalance> opening = ledger.openingBalance().filter(o -> !mergedBy(o.period()));
            return InterventionAdvisor.deadlines(opening, judgements(date), date);
        }

        /** Whether this half-year belongs to the municipality it merged into. */
        public boolean mergedBy(Period period) {
            return mergedInto.isPresent() && !period.isBefore(mergedFrom().get());
        }

        public Optional<Period> mergedFrom() {
            return mergedInto.map(m -> Period.parse(m.effectivePeriod));
        }

        public String provinceCode() {
            return municipality == null ? null : municipality.provinceCode;
        }
    }

    /** Municipalities whose ledgers are read at once for a province or the country, at most. */
    static final int MUNICIPALITIES_PER_READ = 50;
    /** Ledger entries read at once for a province or the country, at most (about 2 MB of rows). */
    static final long ENTRIES_PER_READ = 10_000;

    private static final String ENTRY_COLUMNS = "e.event_id, e.event_type, e.municipality_code, e.kind, e.period, e.effective_date, "
            + "e.persons, e.version, e.reference, e.occurred_at, e.coupling_id, e.unit_type, e.temporary_housing, e.household_type, "
            + "e.cancellation_reason";
    /** Every municipality anything is known about (in the register, with ledger entries, or in a merger), with its entries. */
    private static final String ALL_LEDGER_SIZES = "SELECT code, sum(entries) FROM (SELECT municipality_code AS code, count(*) AS entries "
            + "FROM ledger_entry GROUP BY municipality_code UNION ALL SELECT code, 0 FROM municipality UNION ALL SELECT merged_code, 0 "
            + "FROM merger UNION ALL SELECT new_code, 0 FROM merger) known GROUP BY code";

    /** Every municipality the register places in a province ($1), with its entries. */
    private static final String PROVINCE_LEDGER_SIZES = "SELECT m.code, (SELECT count(*) FROM ledger_entry e WHERE e.municipality_code = m.code) "
            + "FROM municipality m WHERE m.province_code = $1";

    /**
     * Each query starts from the projection's version, so that it says which version its snapshot holds (a query sees
     * one snapshot; the version is raised in the same transaction as every change). Column 0 of every row.
     */
    private static final String FROM_VERSION = " FROM projection_version v LEFT JOIN ";

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    @ConfigProperty(name = "supervision.kept-ledger-entries", defaultValue = "100000")
    int keptLedgerEntries;

    @Inject
    MeterRegistry registry;

    private KeptLedgers kept;
    private Counter readFromMemory;
    private Counter readFromDatabase;

    @PostConstruct
    void keep() {
        kept = new KeptLedgers(keptLedgerEntries);
        Gauge.builder("supervision.ledgers.kept.entries", kept, KeptLedgers::entries)
                .description("ledger entries kept in memory to compute figures after a change (supervision.kept-ledger-entries at most)")
                .register(registry);
        readFromMemory = ledgerReads("memory");
        readFromDatabase = ledgerReads("database");
    }

    private Counter ledgerReads(String source) {
        return Counter.builder("supervision.ledgers.reads").tag("source", source)
                .description("a municipality's ledger wanted for its figures after a change, by where it came from").register(registry);
    }

    /** The version through which this instance's kept ledgers have been told of every change (-1: none yet); for tests. */
    long keptThrough() {
        return kept.toldThrough();
    }

    /** Whether a reader that saw {@code version} gets {@code code}'s ledger from memory, without reading it; for tests. */
    boolean keeps(String code, long version) {
        return kept.get(code, version).isPresent();
    }

    /** One municipality, or 404 when nothing at all is known about it yet. */
    public Uni<Known> of(String code) {
        return of(pool, List.of(code)).map(found -> known(code, found));
    }

    /**
     * One municipality, at least as new as the projection's {@code version}: from the ledgers kept in memory when they
     * are, else read (and kept). 404 when nothing at all is known about it yet.
     */
    public Uni<Known> of(String code, long version) {
        Optional<KeptLedgers.Kept> ledger = kept.get(code, version);
        (ledger.isPresent() ? readFromMemory : readFromDatabase).increment();
        return ledger.isPresent() ? Uni.createFrom().item(ledger.get().known()) : of(code);
    }

    /**
     * This instance's consumer committed a transaction that raised the projection to {@code version}, with these new
     * facts per municipality and register statements (see {@link KeptLedgers#committed}). Versions skipped since the last
     * one told were written by someone else (another instance): the change log says which municipalities they changed,
     * and only those ledgers are dropped ({@link KeptLedgers#othersChanged}); if it cannot say, everything kept is.
     */
    public Uni<Void> committed(long version, Map<String, List<LedgerEntry>> facts, Set<String> restated) {
        long told = kept.toldThrough();
        if (told < 0 || version <= told + 1) {
            kept.committed(version, facts, restated);
            return Uni.createFrom().voidItem();
        }
        // Every version up to ours has committed (raising it orders the commits), so the log holds them.
        return ProjectionChanges.between(pool, told, version - 1)
                .onFailure().recoverWithItem(Optional.empty())
                .invoke(changed -> {
                    changed.ifPresent(codes -> kept.othersChanged(told, version - 1, codes));
                    kept.committed(version, facts, restated);
                })
                .replaceWithVoid();
    }

    private static Known known(String code, Map<String, Known> found) {
        Known known = found.get(code);
        if (known == null) {
            throw new ResourceNotFoundException("Nothing is known yet about municipality " + code + ".");
        }
        return known;
    }

    /** The municipalities of {@code codes} that anything is known about. */
    public Uni<Map<String, Known>> of(SqlClient db, Collection<String> codes) {
        return of(db, codes, true);
    }

    /** As {@link #of(SqlClient, Collection)}; the ledgers read are kept in memory ({@link KeptLedgers}) only if {@code keep}. */
    private Uni<Map<String, Known>> of(SqlClient db, Collection<String> codes, boolean keep) {
        Set<String> requested = new LinkedHashSet<>(codes);
        return read(db, "SELECT unnest($1::text[])", Tuple.of((Object) requested.toArray(String[]::new)))
                .map(read -> {
                    Map<String, Known> found = read.build(requested);
                    if (keep) {
                        read.keep(found, kept);
                    }
                    return found;
                });
    }

    /**
     * {@code compute} applied to every municipality the register places in the province, in code order, their ledgers
     * read a few at a time; null results left out (see {@link #each}).
     */
    public <R> Uni<List<R>> eachOfProvince(String provinceCode, Function<Known, R> compute) {
        return each(PROVINCE_LEDGER_SIZES, Tuple.of(provinceCode), compute);
    }

    /**
     * {@code compute} applied to every municipality anything is known about (in the register, with ledger entries, or in a
     * merger), in code order, their ledgers read a few at a time; null results left out (see {@link #each}).
     */
    public <R> Uni<List<R>> eachOfAll(Function<Known, R> compute) {
        return each(ALL_LEDGER_SIZES, Tuple.tuple(), compute);
    }

    /** What {@link #eachChangedSince} computed, in the snapshot of the projection's {@code version}. */
    public record Recomputed<R>(long version, boolean everything, Set<String> codes, Map<String, R> results) {

        /**
         * {@code before} (computed at an older version) brought up to this one: the results of the municipalities
         * computed again replace theirs, and one computed again without a result (merged by now, or nothing known) is
         * gone. Everything computed again: just the results.
         */
        public Map<String, R> appliedTo(Map<String, R> before) {
            Map<String, R> now = new TreeMap<>(everything ? Map.of() : before);
            if (!everything) {
                now.keySet().removeAll(codes);
            }
            now.putAll(results);
            // Kept and shared by every reader of the results: nobody may change them.
            return Collections.unmodifiableMap(now);
        }
    }

    /**
     * {@code compute} applied to every municipality whose result may differ from what it was at the projection's
     * version {@code since} (-1: never computed): those that the versions after it changed ({@link ProjectionChanges}),
     * and those that took over their backlog in a merger (R3); every municipality, as {@link #eachOfAll}, when what
     * changed is not known. Results are by code; null ones left out. All in one snapshot, whose version it says.
     */
    public <R> Uni<Recomputed<R>> eachChangedSince(long since, Function<Known, R> compute) {
        return changedSince(since, null, compute);
    }

    /**
     * As {@link #eachChangedSince} for the municipalities the register places in the province: where what changed is
     * not known, as {@link #eachOfProvince}. A changed municipality now in another province (or none) is among those
     * computed again, without a result and without reading its ledger.
     */
    public <R> Uni<Recomputed<R>> eachOfProvinceChangedSince(String provinceCode, long since, Function<Known, R> compute) {
        return changedSince(since, provinceCode, compute);
    }

    /** As {@link #eachChangedSince}, for the municipalities of {@code provinceCode} only unless it is null. */
    private <R> Uni<Recomputed<R>> changedSince(long since, String provinceCode, Function<Known, R> compute) {
        return inOneSnapshot(db -> ProjectionVersion.current(db).flatMap(version -> ProjectionChanges.between(db, since, version)
                .flatMap(changed -> {
                    if (changed.isEmpty()) {
                        Uni<Map<String, R>> everything = provinceCode == null ? computeEach(db, ALL_LEDGER_SIZES, Tuple.tuple(), compute)
                                : computeEach(db, PROVINCE_LEDGER_SIZES, Tuple.of(provinceCode), compute);
                        return everything.map(results -> new Recomputed<>(version, true, results.keySet(), results));
                    }
                    Set<String> changedCodes = changed.get();
                    if (changedCodes.isEmpty()) {
                        return Uni.createFrom().item(new Recomputed<R>(version, false, Set.of(), Map.of()));
                    }
                    // Those whose backlog a changed one carries, by a chain of mergers; computed again whatever their result.
                    // Only those of the province asked for (if any) are read: the others have no result in it.
                    return db.preparedQuery("WITH RECURSIVE affected(code) AS (SELECT unnest($1::text[]) UNION "
                                    + "SELECT g.new_code FROM merger g JOIN affected a ON g.merged_code = a.code), "
                                    + "scoped AS (SELECT a.code, COALESCE($2::text IS NULL OR m.province_code = $2, false) AS wanted "
                                    + "FROM affected a LEFT JOIN municipality m ON m.code = a.code) "
                                    + "SELECT code, CASE WHEN wanted THEN (SELECT count(*) FROM ledger_entry e WHERE e.municipality_code = s.code) END, "
                                    + "wanted FROM scoped s")
                            .execute(Tuple.of(changedCodes.toArray(String[]::new), provinceCode))
                            .flatMap(rows -> {
                                Set<String> affected = new TreeSet<>();
                                rows.forEach(row -> affected.add(row.getString(0)));
                                return computeEach(db, ledgerSizes(rows, row -> row.getBoolean(2)), compute)
                                        .map(results -> new Recomputed<>(version, false, Set.copyOf(affected), results));
                            });
                })));
    }

    /**
     * {@code compute} applied to each municipality that {@code ledgerSizes} lists (code, ledger entries), in code order;
     * a municipality for which it returns null is left out (one merged into another by the half-year asked for). Their
     * ledgers are read a few at a time ({@link LedgerChunks}) and let go once computed, so that the country's million
     * ledger entries are never in memory at once; all in one read-only snapshot, so that every municipality is seen at
     * the same moment, as when they were read in one query.
     */
    private <R> Uni<List<R>> each(String ledgerSizes, Tuple params, Function<Known, R> compute) {
        return inOneSnapshot(db -> computeEach(db, ledgerSizes, params, compute))
                // Shared by every reader of a result kept per version: nobody may change it.
                .map(results -> List.copyOf(results.values()));
    }

    /** {@code work} in one read-only transaction that sees one snapshot of the projection throughout. */
    private <T> Uni<T> inOneSnapshot(Function<SqlClient, Uni<T>> work) {
        return pool.withTransaction(db -> db.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute()
                .chain(() -> work.apply(db)));
    }

    /** As {@link #each}, in the caller's snapshot: the non-null results by code, in code order. */
    private <R> Uni<Map<String, R>> computeEach(SqlClient db, String ledgerSizes, Tuple params, Function<Known, R> compute) {
        return db.preparedQuery(ledgerSizes).execute(params).flatMap(sizes -> computeEach(db, ledgerSizes(sizes, row -> true), compute));
    }

    /** The rows (code, ledger entries) that are {@code wanted}, in code order. */
    private static List<LedgerChunks.Ledger> ledgerSizes(RowSet<Row> rows, Predicate<Row> wanted) {
        List<LedgerChunks.Ledger> ledgers = new ArrayList<>();
        rows.forEach(row -> {
            if (wanted.test(row)) {
                ledgers.add(new LedgerChunks.Ledger(row.getString(0), row.getLong(1)));
            }
        });
        ledgers.sort(Comparator.comparing(LedgerChunks.Ledger::municipalityCode));
        return ledgers;
    }

    private <R> Uni<Map<String, R>> computeEach(SqlClient db, List<LedgerChunks.Ledger> ledgers, Function<Known, R> compute) {
        return Multi.createFrom().iterable(LedgerChunks.of(ledgers, MUNICIPALITIES_PER_READ, ENTRIES_PER_READ))
                // Not kept in memory: a province or the country would push out the ledgers that changes are applied to.
                .onItem().transformToUniAndConcatenate(chunk -> of(db, chunk, false))
                .collect().in(() -> new TreeMap<String, R>(), (results, found) -> found.values().forEach(known -> {
                    R result = compute.apply(known);
                    if (result != null) {
                        results.put(known.code(), result);
                    }
                }))
                .map(Collections::unmodifiableMap);
    }

    /**
     * The register entries, mergers, ledger rows and planned places of the municipalities that {@code seed} selects
     * (a query of one column of codes, with {@code params}) and of every municipality merged into them, directly or
     * by a chain of mergers (R3). The four queries are sent at once on one connection (pipelined), so the read costs one
     * round trip to the database instead of one per query.
     */
    private Uni<Read> read(SqlClient db, String seed, Tuple params) {
        if (db instanceof Pool connections) {
            return connections.withConnection(connection -> read(connection, seed, params));
        }
        // An array, not a join: so the planner reads the ledger by its index on the municipality, also for a generic plan.
        String in = " = ANY (ARRAY(WITH RECURSIVE wanted(code) AS (" + seed + " UNION "
                + "SELECT m.merged_code FROM merger m JOIN wanted w ON m.new_code = w.code) SELECT code FROM wanted))";
        Read read = new Read();
        Uni<RowSet<Row>> municipalities = execute(db, "SELECT v.version, m.code, m.name, m.province_code" + FROM_VERSION + "municipality m ON "
                + "m.code" + in, params);
        Uni<RowSet<Row>> mergers = execute(db, "SELECT v.version, g.merged_code, g.new_code, g.effective_period" + FROM_VERSION + "merger g ON "
                + "g.merged_code" + in + " OR g.new_code" + in, params);
        Uni<RowSet<Row>> planned = execute(db, "SELECT v.version, c.event_id, c.period, c.permit_holder_places" + FROM_VERSION
                + "(capacity_plan_period c JOIN ledger_entry e ON e.event_id = c.event_id) ON e.municipality_code" + in, params);
        Uni<RowSet<Row>> entries = execute(db, "SELECT v.version, " + ENTRY_COLUMNS + FROM_VERSION + "ledger_entry e ON "
                + "e.municipality_code" + in, params);
        return Uni.combine().all().unis(municipalities, mergers, planned, entries).with((m, g, p, e) -> {
            m.forEach(row -> {
                read.snapshot(row);
                if (row.getString(1) != null) {
                    Municipality municipality = new Municipality();
                    municipality.code = row.getString(1);
                    municipality.name = row.getString(2);
                    municipality.provinceCode = row.getString(3);
                    read.municipalities.put(municipality.code, municipality);
                }
            });
            g.forEach(row -> {
                read.snapshot(row);
                if (row.getString(1) != null) {
                    read.merger(merger(row));
                }
            });
            p.forEach(row -> {
                read.snapshot(row);
                if (row.getUUID(1) != null) {
                    read.planned.computeIfAbsent(row.getUUID(1), k -> new ArrayList<>())
                            .add(new PlannedPlaces(Period.parse(row.getString(2)), row.getInteger(3)));
                }
            });
            e.forEach(row -> {
                read.snapshot(row);
                if (row.getUUID(1) != null) {
                    LedgerEntry entry = entry(row, read.planned, read.repeated);
                    read.entries.computeIfAbsent(entry.municipalityCode(), k -> new ArrayList<>()).add(entry);
                }
            });
            return read;
        });
    }

    private static Uni<RowSet<Row>> execute(SqlClient db, String sql, Tuple params) {
        return db.preparedQuery(sql).execute(params);
    }

    /**
     * A row of the version and {@link #ENTRY_COLUMNS}, read by position: a ledger has thousands of rows, and finding a
     * column by name hashes the name every time. The few values that repeat on every row are kept once.
     */
    private static LedgerEntry entry(Row row, Map<UUID, List<PlannedPlaces>> planned, Map<String, String> repeated) {
        UUID eventId = row.getUUID(1);
        String period = row.getString(5);
        return new LedgerEntry(eventId, once(repeated, row.getString(2)), once(repeated, row.getString(3)),
                EntryKind.valueOf(row.getString(4)), period == null ? null : Period.parse(period),
                row.getLocalDate(6), row.getInteger(7), row.getInteger(8), row.getString(9),
                row.getString(11), once(repeated, row.getString(12)), row.getBoolean(13),
                row.getOffsetDateTime(10), planned.getOrDefault(eventId, List.of()), once(repeated, row.getString(14)),
                reason(row.getString(15)));
    }

    private static CancellationReason reason(String name) {
        return name == null ? null : CancellationReason.valueOf(name);
    }

    private static String once(Map<String, String> repeated, String value) {
        return value == null ? null : repeated.computeIfAbsent(value, v -> v);
    }

    private static Merger merger(Row row) {
        Merger m = new Merger();
        m.mergedCode = row.getString(1);
        m.newCode = row.getString(2);
        m.effectivePeriod = row.getString(3);
        return m;
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
        /** The projection's version in the snapshots of the four queries: one, or -1 if they saw different ones. */
        long version = Long.MIN_VALUE;

        void snapshot(Row row) {
            long seen = row.getLong(0);
            version = version == Long.MIN_VALUE || version == seen ? seen : -1;
        }

        /** Keeps the ledgers read, when all four queries saw one version, of the municipalities that took over none. */
        void keep(Map<String, Known> found, KeptLedgers kept) {
            if (version < 0) {
                return;
            }
            found.values().forEach(known -> {
                if (byNewCode.getOrDefault(known.code(), List.of()).isEmpty()) {
                    kept.put(new KeptLedgers.Kept(version, known, entries.getOrDefault(known.code(), List.of())));
                }
            });
        }

        void merger(Merger merger) {
            mergedInto.put(merger.mergedCode, merger);
            byNewCode.computeIfAbsent(merger.newCode, k -> new ArrayList<>()).add(merger);
        }

        Map<String, Known> build(Set<String> codes) {
            Map<String, Known> known = new TreeMap<>();
            for (String code : codes) {
                List<Merger> predecessors = byNewCode.getOrDefault(code, List.of());
                if (!municipalities.containsKey(code) && !entries.containsKey(code) && predecessors.isEmpty()) {
                    continue;
                }
                known.put(code, new Known(code, municipalities.get(code), ledger(code, byNewCode, new HashSet<>()),
                        Optional.ofNullable(mergedInto.get(code))));
            }
            return known;
        }

        /** A ledger with the backlog its merged municipalities carried in: theirs at the end of the half-year before (R3). */
        private BacklogLedger ledger(String code, Map<String, List<Merger>> byNewCode, Set<String> underway) {
            BacklogLedger done = ledgers.get(code);
            if (done != null) {
                return done;
            }
            underway.add(code);
            List<Merger> predecessors = byNewCode.getOrDefault(code, List.of());
            Optional<TakeOver> takeOver = Optional.empty();
            if (!predecessors.isEmpty()) {
                Period effective = Period.parse(predecessors.get(0).effectivePeriod);
                int backlog = 0;
                for (Merger predecessor : predecessors) {
                    if (!underway.contains(predecessor.mergedCode)) {
                        backlog += ledger(predecessor.mergedCode, byNewCode, underway).figures(effective.previous(), null).backlog();
                    }
                }
                takeOver = Optional.of(new TakeOver(effective, backlog));
            }
            BacklogLedger ledger = new BacklogLedger(code, entries.getOrDefault(code, List.of()), takeOver);
            ledgers.put(code, ledger);
            underway.remove(code);
            return ledger;
        }
    }
}
