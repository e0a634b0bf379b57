package nl.permitholders.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import nl.permitholders.infrastructure.LocalPostgres;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * The number of rows in every table of every service's database: "nothing was stored" means this did not change. It
 * keeps one connection per database open, because a test takes it hundreds of times; close it when done.
 */
final class DatabaseSnapshot implements AutoCloseable {

    private final Map<Service, Connection> databases = new EnumMap<>(Service.class);

    DatabaseSnapshot(SystemStack stack) {
        try {
            for (Service service : Service.values()) {
                databases.put(service, DriverManager.getConnection(stack.postgres().jdbcUrl(service.database), LocalPostgres.USER, ""));
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException(e);
        }
    }

    /** Rows per "database.table"; the tables are listed anew each time, since a migration may add one. */
    Map<String, Long> take() {
        Map<String, Long> counts = new ConcurrentSkipListMap<>();
        // The databases counted side by side: each count is PostgreSQL's work on its own connection.
        databases.entrySet().parallelStream().forEach(database -> counts.putAll(count(database.getKey(), database.getValue())));
        return new TreeMap<>(counts);
    }

    private static Map<String, Long> count(Service service, Connection db) {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'flyway%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return counts;
            }
            // One round trip per database: a count per table, united.
            String counting = String.join(" UNION ALL ", tables.stream()
                    .map(table -> "SELECT '" + table + "', count(*) FROM \"" + table + "\"").toList());
            try (ResultSet rows = statement.executeQuery(counting)) {
                while (rows.next()) {
                    counts.put(service.database + "." + rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** Where PostgreSQL's write-ahead log ends now: it moves with every write to any of the databases. */
    String walPosition() {
        try (Statement statement = databases.get(Service.QUOTA).createStatement();
             ResultSet position = statement.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
            position.next();
            return position.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Outbox rows in any service's database that the relay has not published yet. */
    long unpublishedEvents() {
        long unpublished = 0;
        for (Connection db : databases.values()) {
            try (Statement statement = db.createStatement();
                 ResultSet count = statement.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
                count.next();
                unpublished += count.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return unpublished;
    }

    /**
     * What every service's database is doing apart from this snapshot: the sessions that are not idle, with what they
     * wait for and since when, to tell a request that waits for a lock or a connection from one that is merely slow.
     */
    String activity() {
        StringBuilder found = new StringBuilder();
        databases.forEach((service, db) -> {
            try (Statement statement = db.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT pid, state, wait_event_type, wait_event, "
                         + "round(extract(epoch FROM now() - xact_start)::numeric, 1) AS in_transaction_s, left(query, 160) "
                         + "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
                         + "AND state IS DISTINCT FROM 'idle' ORDER BY xact_start")) {
                while (rows.next()) {
                    found.append(String.format("%n  %s pid %d %s, waiting %s/%s, in transaction %s s: %s", service.database,
                            rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getString(6)));
                }
            } catch (SQLException e) {
                found.append(String.format("%n  %s: %s", service.database, e.getMessage()));
            }
        });
        return found.length() == 0 ? " every session idle" : found.toString();
    }

    @Override
    public void close() {
        for (Connection db : databases.values()) {
            try {
                db.close();
            } catch (SQLException e) {
                // closing after the test: nothing left to protect
            }
        }
    }
}
