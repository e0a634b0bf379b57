package nl.permitholders.supervision.figures;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.BacklogLedger.TakeOver;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.LedgerEntry.PlannedPlaces;
import nl.permitholders.supervision.reference.Merger;
import nl.permitholders.supervision.reference.Municipality;
import nl.permitholders.supervision.verdict.DeadlineJudge;
import nl.permitholders.supervision.projection.ReadPool;

/**
 * Reads municipalities' {@link BacklogLedger}s from the projection, including backlog taken over in mergers (R3):
 * one municipality for the API, many at once for a province, the country, or the verdicts after a batch of events
 * (then inside the consumer's transaction, through its connection).
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

    private static final String ENTRY_COLUMNS = "e.event_id, e.event_type, e.municipality_code, e.kind, e.period, e.effective_date, "
            + "e.persons, e.version, e.reference, e.occurred_at, e.coupling_id, e.unit_type, e.temporary_housing, e.household_type";

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool pool;

    /** One municipality, or 404 when nothing at all is known about it yet. */
    public Uni<Known> of(String code) {
        return of(pool, List.of(code)).map(found -> {
            Known known = found.get(code);
            if (known == null) {
                throw new ResourceNotFoundException("Nothing is known yet about municipality " + code + ".");
            }
            return known;
        });
    }

    /** The municipalities of {@code codes} that anything is known about. */
    public Uni<Map<String, Known>> of(SqlClient db, Collection<String> codes) {
        Set<String> requested = new LinkedHashSet<>(codes);
        return read(db, "SELECT unnest($1::text[])", Tuple.of((Object) requested.toArray(String[]::new)))
                .map(read -> read.build(requested));
    }

    /** The municipalities the register places in the province, in code order. */
    public Uni<List<Known>> ofProvince(String provinceCode) {
        return read(pool, "SELECT code FROM municipality WHERE province_code = $1", Tuple.of(provinceCode)).map(found -> {
            Set<String> inProvince = new java.util.TreeSet<>();
            found.municipalities.values().forEach(m -> {
                if (provinceCode.equals(m.provinceCode)) {
                    inProvince.add(m.code);
                }
            });
            return List.copyOf(found.build(inProvince).values());
        });
    }

    /** Every municipality in the projection. */
    public Uni<Map<String, Known>> all(SqlClient db) {
        return read(db, null, null).map(read -> {
            Set<String> codes = new LinkedHashSet<>(read.municipalities.keySet());
            codes.addAll(read.entries.keySet());
            read.byNewCode.forEach((code, merged) -> {
                codes.add(code);
                merged.forEach(m -> codes.add(m.mergedCode));
            });
            return read.build(codes);
        });
    }

    public Uni<Map<String, Known>> all() {
        return all(pool);
    }

    /**
     * The register entries, mergers, ledger rows and planned places of the municipalities that {@code seed} selects
     * (a query of one column of codes, with {@code params}) and of every municipality merged into them, directly or
     * by a chain of mergers (R3); of every municipality for a null seed. The four queries are sent at once on one
     * connection (pipelined), so the read costs one round trip to the database instead of one per query.
     */
    private Uni<Read> read(SqlClient db, String seed, Tuple params) {
        if (db instanceof Pool connections) {
            return connections.withConnection(connection -> read(connection, seed, params));
        }
        // An array, not a join: so the planner reads the ledger by its index on the municipality, also for a generic plan.
        String in = seed == null ? "" : " = ANY (ARRAY(WITH RECURSIVE wanted(code) AS (" + seed + " UNION "
                + "SELECT m.merged_code FROM merger m JOIN wanted w ON m.new_code = w.code) SELECT code FROM wanted))";
        Read read = new Read();
        Uni<RowSet<Row>> municipalities = execute(db, "SELECT code, name, province_code FROM municipality"
                + (seed == null ? "" : " WHERE code" + in), params);
        Uni<RowSet<Row>> mergers = execute(db, "SELECT merged_code, new_code, effective_period FROM merger"
                + (seed == null ? "" : " WHERE merged_code" + in + " OR new_code" + in), params);
        Uni<RowSet<Row>> planned = execute(db, "SELECT c.event_id, c.period, c.permit_holder_places FROM capacity_plan_period c"
                + (seed == null ? "" : " JOIN ledger_entry e ON e.event_id = c.event_id WHERE e.municipality_code" + in), params);
        Uni<RowSet<Row>> entries = execute(db, "SELECT " + ENTRY_COLUMNS + " FROM ledger_entry e"
                + (seed == null ? "" : " WHERE e.municipality_code" + in), params);
        return Uni.combine().all().unis(municipalities, mergers, planned, entries).with((m, g, p, e) -> {
            m.forEach(row -> {
                Municipality municipality = new Municipality();
                municipality.code = row.getString("code");
                municipality.name = row.getString("name");
                municipality.provinceCode = row.getString("province_code");
                read.municipalities.put(municipality.code, municipality);
            });
            g.forEach(row -> read.merger(merger(row)));
            p.forEach(row -> read.planned.computeIfAbsent(row.getUUID("event_id"), k -> new ArrayList<>())
                    .add(new PlannedPlaces(Period.parse(row.getString("period")), row.getInteger("permit_holder_places"))));
            e.forEach(row -> {
                LedgerEntry entry = entry(row, read.planned, read.repeated);
                read.entries.computeIfAbsent(entry.municipalityCode(), k -> new ArrayList<>()).add(entry);
            });
            return read;
        });
    }

    private static Uni<RowSet<Row>> execute(SqlClient db, String sql, Tuple params) {
        return params == null ? db.query(sql).execute() : db.preparedQuery(sql).execute(params);
    }

    /**
     * A row of {@link #ENTRY_COLUMNS}, read by position: a ledger has thousands of rows, and finding a column by name
     * hashes the name every time. The few values that repeat on every row are kept once.
     */
    private static LedgerEntry entry(Row row, Map<UUID, List<PlannedPlaces>> planned, Map<String, String> repeated) {
        UUID eventId = row.getUUID(0);
        String period = row.getString(4);
        return new LedgerEntry(eventId, once(repeated, row.getString(1)), once(repeated, row.getString(2)),
                EntryKind.valueOf(row.getString(3)), period == null ? null : Period.parse(period),
                row.getLocalDate(5), row.getInteger(6), row.getInteger(7), row.getString(8),
                row.getString(10), once(repeated, row.getString(11)), row.getBoolean(12),
                row.getOffsetDateTime(9), planned.getOrDefault(eventId, List.of()), once(repeated, row.getString(13)));
    }

    private static String once(Map<String, String> repeated, String value) {
        return value == null ? null : repeated.computeIfAbsent(value, v -> v);
    }

    private static Merger merger(Row row) {
        Merger m = new Merger();
        m.mergedCode = row.getString("merged_code");
        m.newCode = row.getString("new_code");
        m.effectivePeriod = row.getString("effective_period");
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
