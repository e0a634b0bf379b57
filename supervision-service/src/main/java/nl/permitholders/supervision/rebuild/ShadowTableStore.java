package nl.permitholders.supervision.rebuild;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.permitholders.platform.persistence.UniqueViolation;
import nl.permitholders.supervision.projection.ProjectionStore;
import org.jboss.logging.Logger;

/**
 * The tables a rebuild writes, in a schema of their own ({@value #SHADOW}), and their exchange with the live ones.
 * <ol>
 * <li>{@link #prepare}: a copy of each live table's columns, defaults and checks. The inbox, the ledger and the
 * capacity plans ({@link #INDEXED_WHEN_FILLED}), only ever added to, are filled without keys or indexes, so that the
 * first pass writes a million rows quickly; the register keeps its keys throughout, which the store's statements need
 * to let the statement made last stand.</li>
 * <li>{@link #complete}: the keys and indexes of the live tables, under the same names, built once over all rows;
 * where an event was delivered twice, its second set of rows is removed first. Then a vacuum with statistics, so the
 * planner knows the new tables as it knew the old ones, and autovacuum finds nothing to do in them once they are live:
 * it would otherwise work through the million new rows, throttled, for minutes after the exchange, and hold up the
 * next rebuild's exchange all that time (its lock waits are shorter than the deadlock timeout that would cancel
 * autovacuum). Autovacuum stays off the tables while they are filled.</li>
 * <li>{@link #exchange}: in the caller's transaction, each live table moves aside to {@value #REPLACED} and its
 * rebuilt copy takes its place, keys and indexes with it: a rename, however many rows there are.</li>
 * </ol>
 */
final class ShadowTableStore {

    static final String SHADOW = "projection_rebuilding";
    static final String REPLACED = "projection_replaced";
    private static final Logger LOG = Logger.getLogger(ShadowTableStore.class);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(10);

    /** The tables filled without keys or indexes, which are built once they are filled: those only ever added to. */
    static final Set<String> INDEXED_WHEN_FILLED = Set.of("processed_event", "ledger_entry", "capacity_plan_period");

    private final Pool pool;

    ShadowTableStore(Pool pool) {
        this.pool = pool;
    }

    /** Empty copies of the live tables in a fresh {@value #SHADOW}, keyed but for {@link #INDEXED_WHEN_FILLED}. */
    void prepare() {
        drop();
        StringBuilder sql = new StringBuilder("CREATE SCHEMA " + SHADOW + ";");
        for (String table : ProjectionStore.TABLES) {
            sql.append(" CREATE TABLE ").append(SHADOW).append('.').append(table)
                    .append(" (LIKE public.").append(table).append(" INCLUDING ALL EXCLUDING INDEXES) WITH (autovacuum_enabled = false);");
        }
        execute(pool, sql.toString());
        ProjectionStore.TABLES.stream().filter(table -> !INDEXED_WHEN_FILLED.contains(table)).forEach(this::index);
    }

    /**
     * The keys and indexes of {@link #INDEXED_WHEN_FILLED}, each row of an event delivered twice kept once, and every
     * table vacuumed. The tables are independent, so each is completed on a connection of its own (and a worker thread),
     * all at once: the inbox and the ledger, a million rows each, side by side rather than one after the other.
     */
    void complete() {
        Uni.join().all(ProjectionStore.TABLES.stream().map(table -> Uni.createFrom().item(() -> complete(table))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())).toList())
                .andCollectFailures().await().indefinitely();
    }

    private String complete(String table) {
        if (INDEXED_WHEN_FILLED.contains(table)) {
            index(table);
        }
        execute(pool, "VACUUM (ANALYZE) " + SHADOW + "." + table);
        execute(pool, "ALTER TABLE " + SHADOW + "." + table + " RESET (autovacuum_enabled)");
        return table;
    }

    /** The live table's keys and indexes, under the same names, on its rebuilt copy. */
    private void index(String table) {
        for (Row key : query("SELECT c.conname, pg_get_constraintdef(c.oid) AS definition, "
                + "array(SELECT a.attname::text FROM unnest(c.conkey) AS k(n) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS columns "
                + "FROM pg_constraint c WHERE c.conrelid = ('public.' || $1)::regclass AND c.contype IN ('p', 'u') ORDER BY c.contype, c.conname", table)) {
            addKey(table, key.getString("conname"), key.getString("definition"), key.getArrayOfStrings("columns"));
        }
        for (Row index : query("SELECT pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i WHERE i.indrelid = ('public.' || $1)::regclass "
                + "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)", table)) {
            execute(pool, onShadow(table, index.getString("definition")));
        }
    }

    /** In the caller's transaction: the rebuilt tables take the live ones' places; those move to {@value #REPLACED}. */
    void exchange(SqlClient transaction) {
        StringBuilder sql = new StringBuilder("CREATE SCHEMA " + REPLACED + ";");
        for (String table : ProjectionStore.TABLES) {
            sql.append(" ALTER TABLE public.").append(table).append(" SET SCHEMA ").append(REPLACED).append(';')
                    .append(" ALTER TABLE ").append(SHADOW).append('.').append(table).append(" SET SCHEMA public;");
        }
        execute(transaction, sql.toString());
    }

    /**
     * After {@link #exchange}: the municipalities whose verdicts the rebuilt tables may judge otherwise than the replaced
     * ones, the only ones a rebuild must judge again. A verdict depends on the municipality's ledger (with its capacity
     * plans), on a merger into another and on the ledgers of those merged into it. So: every municipality whose ledger
     * rows differ in number or content (a sum of hashes of the rows) or one of whose capacity plans expects otherwise,
     * both municipalities of a merger stated otherwise, the split and receiving ones of a split stated otherwise, and the municipalities each of them merged into, however many
     * mergers on. The rows are hashed column by column as their types hash ({@code hash_record_extended}), not as text,
     * which takes more than twice as long.
     */
    Set<String> municipalitiesChanged() {
        String[] changed = pool.query("WITH "
                        + ledgers("rebuilt", "public") + ", " + ledgers("replaced", REPLACED) + ", "
                        + "mergers_changed AS (" + rowsNotInBoth("merger") + "), "
                        + "splits_changed AS (" + rowsNotInBoth("municipality_split") + "), "
                        + "plans_changed AS (" + rowsNotInBoth("capacity_plan_period") + ") "
                        + "SELECT coalesce(n.code, o.code) FROM rebuilt n FULL JOIN replaced o ON n.code = o.code "
                        + "WHERE n.count IS DISTINCT FROM o.count OR n.hash IS DISTINCT FROM o.hash "
                        + "UNION SELECT merged_code FROM mergers_changed UNION SELECT new_code FROM mergers_changed "
                        + "UNION SELECT split_code FROM splits_changed UNION SELECT receiver_code FROM splits_changed "
                        + "UNION SELECT e.municipality_code FROM plans_changed JOIN public.ledger_entry e USING (event_id) "
                        + "UNION SELECT e.municipality_code FROM plans_changed JOIN " + REPLACED + ".ledger_entry e USING (event_id)")
                .execute().await().atMost(STATEMENT_TIMEOUT).stream().map(row -> row.getString(0)).toArray(String[]::new);
        Set<String> affected = new TreeSet<>();
        pool.preparedQuery("WITH RECURSIVE affected(code) AS (SELECT unnest($1::text[]) "
                        + "UNION SELECT m.new_code FROM public.merger m JOIN affected a ON m.merged_code = a.code) SELECT code FROM affected")
                .execute(Tuple.of((Object) changed)).await().atMost(STATEMENT_TIMEOUT).forEach(row -> affected.add(row.getString(0)));
        return affected;
    }

    /** Per municipality, the number of its ledger rows in {@code schema} and a sum of their hashes. */
    private static String ledgers(String name, String schema) {
        return name + " AS (SELECT municipality_code AS code, count(*) AS count, sum(hash_record_extended(e, 0)) AS hash "
                + "FROM " + schema + ".ledger_entry e GROUP BY municipality_code)";
    }

    /**
     * The rows of a small table (mergers, capacity plans) that are in the rebuilt or the replaced copy but not in both:
     * compared whole, without hashes; their municipalities are then looked up by key, not by reading every ledger again.
     */
    private static String rowsNotInBoth(String table) {
        return "(SELECT * FROM public." + table + " EXCEPT SELECT * FROM " + REPLACED + "." + table + ") UNION ALL "
                + "(SELECT * FROM " + REPLACED + "." + table + " EXCEPT SELECT * FROM public." + table + ")";
    }

    /** Drops what a rebuild leaves: the rebuilt tables (after a failure) and the replaced ones (after an exchange). */
    void drop() {
        execute(pool, "DROP SCHEMA IF EXISTS " + SHADOW + " CASCADE; DROP SCHEMA IF EXISTS " + REPLACED + " CASCADE");
    }

    private void addKey(String table, String name, String definition, String[] columns) {
        String add = "ALTER TABLE " + SHADOW + "." + table + " ADD CONSTRAINT " + name + " " + definition;
        try {
            execute(pool, add);
        } catch (RuntimeException e) {
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            // An event delivered twice: its rows are there twice. Keep the first copy of each, as the inbox would have.
            List<String> same = new ArrayList<>();
            for (String column : columns) {
                same.add("a." + column + " = b." + column);
            }
            String delete = "DELETE FROM " + SHADOW + "." + table + " a USING " + SHADOW + "." + table + " b WHERE "
                    + String.join(" AND ", same) + " AND a.ctid > b.ctid";
            long removed = pool.query(delete).execute().await().atMost(STATEMENT_TIMEOUT).rowCount();
            LOG.infof("Rebuild: %d rows of events delivered more than once removed from %s", removed, table);
            execute(pool, add);
        }
    }

    /** An index definition of a live table ({@code CREATE INDEX name ON public.table ...}) for the rebuilt one. */
    private static String onShadow(String table, String definition) {
        String live = " ON public." + table + " ";
        if (!definition.contains(live)) {
            throw new IllegalStateException("Cannot rebuild index of " + table + ": " + definition);
        }
        return definition.replace(live, " ON " + SHADOW + "." + table + " ");
    }

    private List<Row> query(String sql, String table) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery(sql).execute(Tuple.of(table)).await().atMost(STATEMENT_TIMEOUT).forEach(rows::add);
        return rows;
    }

    private static void execute(SqlClient db, String sql) {
        db.query(sql).execute().await().atMost(STATEMENT_TIMEOUT);
    }
}
