package nl.permitholders.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.infrastructure.LocalPostgres;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/** The number of rows in every table of every service's database: "nothing was stored" means this did not change. */
final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    static Map<String, Long> take(SystemStack stack) {
        Map<String, Long> counts = new TreeMap<>();
        for (Service service : Service.values()) {
            try (Connection db = DriverManager.getConnection(stack.postgres().jdbcUrl(service.database), LocalPostgres.USER, "");
                 Statement statement = db.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'flyway%'")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet count = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                        count.next();
                        counts.put(service.database + "." + table, count.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    /** Outbox rows in any service's database that the relay has not published yet. */
    static long unpublishedEvents(SystemStack stack) {
        long unpublished = 0;
        for (Service service : Service.values()) {
            try (Connection db = DriverManager.getConnection(stack.postgres().jdbcUrl(service.database), LocalPostgres.USER, "");
                 Statement statement = db.createStatement();
                 ResultSet count = statement.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
                count.next();
                unpublished += count.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return unpublished;
    }
}
