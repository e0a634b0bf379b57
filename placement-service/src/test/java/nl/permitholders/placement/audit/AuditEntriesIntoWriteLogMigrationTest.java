package nl.permitholders.placement.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.permitholders.infrastructure.LocalPostgres;
import nl.permitholders.infrastructure.RealInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V13 moves placement's own audit entries into the platform's write_log: an entry whose write is already there (since
 * write_log exists, every write left a row in both) completes that row; an older one becomes a row before all others.
 */
class AuditEntriesIntoWriteLogMigrationTest {

    private static final String REGISTERED = "nl.permitholders.placement.coupling-registered.v1";
    private static final String CORRECTED = "nl.permitholders.placement.coupling-corrected.v1";
    private static final String OFFERED = "nl.permitholders.placement.unit-offered.v1";

    private final UUID coupling = UUID.randomUUID();
    private final UUID offer = UUID.randomUUID();

    @Test
    void eachEntryCompletesTheRowOfItsWriteOrComesBeforeThemAll() throws SQLException {
        LocalPostgres postgres = RealInfrastructure.postgres();
        String database = "placement_v13_" + System.nanoTime();
        postgres.createDatabaseIfMissing(database);
        String url = postgres.jdbcUrl(database);
        migrate(url, "12");
        UUID firstCorrection;
        UUID offered;
        UUID secondCorrection;
        try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO coupling (id, coa_reference, municipality_code, adults, minors, household_type, "
                    + "permit_date, coupling_date, status, registered_at) VALUES ('" + coupling + "', 'COA-V13', 'GM0141', "
                    + "2, 0, 'FAMILY', '2024-01-01', '2024-02-01', 'COUPLED', now())");
            // Registered before write_log existed: an entry of the old kind only, with the name from X-Actor.
            entry(sql, 1, "COUPLING_REGISTERED", coupling, "planner", null, null, null, "2 adults");
            // Two corrections and an offer since: each in both tables, the event naming coupling and offer.
            firstCorrection = logged(sql, CORRECTED, "{\"couplingId\":\"" + coupling + "\"}", "2024-02-02T10:00:00Z");
            entry(sql, 2, "COUPLING_CORRECTED", coupling, "coa-planner", "coa", null, "typo", "adults 2 → 3");
            offered = logged(sql, OFFERED, "{\"offerId\":\"" + offer + "\",\"couplingId\":\"" + coupling + "\"}",
                    "2024-02-03T10:00:00Z");
            entry(sql, 3, "UNIT_OFFERED", offer, "officer-GM0141", "municipality", "GM0141", null, "unit offered");
            secondCorrection = logged(sql, CORRECTED, "{\"couplingId\":\"" + coupling + "\"}", "2024-02-04T10:00:00Z");
            entry(sql, 4, "COUPLING_CORRECTED", coupling, "coa-planner", "coa", null, "second look", "minors 0 → 1");
        }

        migrate(url, null);

        try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT action, event_id, actor, actor_role, actor_tenant, record_id, "
                     + "acted_on_id, reason, details FROM write_log ORDER BY id")) {
            List<List<Object>> trail = new ArrayList<>();
            while (rows.next()) {
                trail.add(Arrays.asList(rows.getString(1), rows.getObject(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getObject(6), rows.getObject(7), rows.getString(8), rows.getString(9)));
            }
            assertThat(trail).containsExactly(
                    Arrays.asList(REGISTERED, null, "planner", null, null, coupling, coupling, null, "2 adults"),
                    Arrays.asList(CORRECTED, firstCorrection, "coa-planner", "coa", null, coupling, coupling,
                            "typo", "adults 2 → 3"),
                    Arrays.asList(OFFERED, offered, "officer-GM0141", "municipality", "municipality:GM0141",
                            coupling, offer, null, "unit offered"),
                    Arrays.asList(CORRECTED, secondCorrection, "coa-planner", "coa", null, coupling, coupling,
                            "second look", "minors 0 → 1"));
            try (ResultSet table = sql.executeQuery("SELECT to_regclass('audit_entry')")) {
                table.next();
                assertThat(table.getString(1)).isNull();
            }
        }
    }

    private static void migrate(String url, String target) {
        var configuration = Flyway.configure().dataSource(url, LocalPostgres.USER, "")
                .locations("classpath:db/platform", "classpath:db/migration");
        (target == null ? configuration : configuration.target(target)).load().migrate();
    }

    /** A write as the platform logged it since write_log exists: its event in the outbox, its row in write_log. */
    private UUID logged(Statement sql, String type, String payload, String at) throws SQLException {
        UUID event = UUID.randomUUID();
        sql.execute("INSERT INTO outbox_event (event_id, type, source, subject, partition_key, payload, occurred_at) "
                + "VALUES ('" + event + "', '" + type + "', 'placement-service', 'GM0141', 'GM0141', '" + payload + "', '"
                + at + "')");
        String tenant = type.equals(OFFERED) ? "'municipality:GM0141'" : "NULL";
        String actor = type.equals(OFFERED) ? "officer-GM0141" : "coa-planner";
        sql.execute("INSERT INTO write_log (action, event_id, subject, actor, actor_roles, actor_tenant, operation, at) "
                + "VALUES ('" + type + "', '" + event + "', 'GM0141', '" + actor + "', NULL, " + tenant + ", NULL, '" + at + "')");
        return event;
    }

    private void entry(Statement sql, int day, String action, UUID subject, String actor, String role, String municipality,
                       String reason, String details) throws SQLException {
        sql.execute("INSERT INTO audit_entry (coupling_id, municipality_code, action, subject_id, actor, actor_role, "
                + "actor_municipality, reason, details, at) VALUES ('" + coupling + "', 'GM0141', '" + action + "', '"
                + subject + "', '" + actor + "', " + quoted(role) + ", " + quoted(municipality) + ", " + quoted(reason)
                + ", '" + details + "', '2024-02-0" + day + "T10:00:01Z')");
    }

    private static String quoted(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }
}
