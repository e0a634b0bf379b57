package nl.permitholders.supervision.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.LedgerEntry.PlannedPlaces;
import nl.permitholders.supervision.projection.Decoded;
import nl.permitholders.supervision.projection.ProjectionChange;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import nl.permitholders.supervision.projection.ProjectionChange.MunicipalityStated;
import nl.permitholders.supervision.projection.ProjectionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rebuild's bulk pass stores its rows by binary COPY, the live consumer by INSERT: both must store the very same
 * values, every column of every kind of fact, nulls, times with offsets and fractions, dates before 2000, names
 * beyond ASCII.
 */
@QuarkusTest
class BulkLoadTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String COPIED = "bulk_load_copied";
    private static final String INSERTED = "bulk_load_inserted";

    @Inject
    Pool pool;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyTables() {
        dropSchemas();
        StringBuilder sql = new StringBuilder();
        for (String schema : List.of(COPIED, INSERTED)) {
            sql.append("CREATE SCHEMA ").append(schema).append(';');
            for (String table : ProjectionStore.TABLES) {
                sql.append(" CREATE TABLE ").append(schema).append('.').append(table).append(" (LIKE public.").append(table)
                        .append(" INCLUDING ALL EXCLUDING INDEXES);");
            }
        }
        pool.query(sql.toString()).execute().await().atMost(PATIENCE);
    }

    @AfterEach
    void dropSchemas() {
        pool.query("DROP SCHEMA IF EXISTS " + COPIED + " CASCADE; DROP SCHEMA IF EXISTS " + INSERTED + " CASCADE").execute()
                .await().atMost(PATIENCE);
    }

    @Test
    void everyFactIsCopiedWithTheValuesTheLiveConsumerInserts() {
        List<LedgerEntry> entries = everyKindOfFact();
        List<Decoded> events = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            events.add(event(entry.eventId(), entry.eventType(), List.of(new Fact(entry))));
        }
        UUID registration = UUID.randomUUID();
        events.add(event(registration, "nl.permitholders.quota.municipality-registered.v1", List.of(
                new MunicipalityStated("GM1900", "Súdwest-Fryslân", "PV21", OffsetDateTime.parse("2024-01-01T00:00:00Z")))));

        try (BulkLoad bulk = new BulkLoad(pool, dataSource, COPIED)) {
            bulk.add(events.subList(0, 3));
            bulk.add(events.subList(3, events.size()));
            bulk.finish();
        }
        pool.withTransaction(db -> ProjectionStore.insertFacts(db, INSERTED, entries)).await().atMost(PATIENCE);

        assertThat(rows(COPIED, "ledger_entry")).hasSize(entries.size()).containsExactlyElementsOf(rows(INSERTED, "ledger_entry"));
        assertThat(rows(COPIED, "capacity_plan_period")).hasSize(3).containsExactlyElementsOf(rows(INSERTED, "capacity_plan_period"));
        assertThat(query("SELECT event_id, type FROM " + COPIED + ".processed_event ORDER BY event_id"))
                .hasSize(events.size()).contains(registration + "|nl.permitholders.quota.municipality-registered.v1");
        assertThat(query("SELECT code, name, province_code FROM " + COPIED + ".municipality")).containsExactly("GM1900|Súdwest-Fryslân|PV21");
    }

    @Test
    void aPassNotFinishedStoresNothing() {
        LedgerEntry entry = LedgerEntry.quota(UUID.randomUUID(), "nl.permitholders.quota.quota-set.v1", "GM0141", Period.parse("2025-H1"), 73, 1);
        try (BulkLoad bulk = new BulkLoad(pool, dataSource, COPIED)) {
            bulk.add(List.of(event(entry.eventId(), entry.eventType(), List.of(new Fact(entry)))));
            bulk.awaitWritten();
        }
        assertThat(query("SELECT count(*) FROM " + COPIED + ".ledger_entry")).containsExactly("0");
        assertThat(query("SELECT count(*) FROM " + COPIED + ".processed_event")).containsExactly("0");
    }

    @Test
    void aRowPostgreSqlRefusesFailsThePass() {
        // municipality_code is NOT NULL: PostgreSQL refuses the row, and the pass must not end as if all were stored.
        LedgerEntry noMunicipality = LedgerEntry.quota(UUID.randomUUID(), "nl.permitholders.quota.quota-set.v1", null, Period.parse("2025-H1"), 73, 1);
        assertThatThrownBy(() -> {
            try (BulkLoad bulk = new BulkLoad(pool, dataSource, COPIED)) {
                bulk.add(List.of(event(noMunicipality.eventId(), noMunicipality.eventType(), List.of(new Fact(noMunicipality)))));
                bulk.finish();
            }
        }).hasMessageContaining("municipality_code");
    }

    private static List<LedgerEntry> everyKindOfFact() {
        String type = "nl.permitholders.test.v1";
        OffsetDateTime amsterdam = OffsetDateTime.of(2025, 3, 27, 14, 5, 9, 123_456_789, ZoneOffset.ofHours(1));
        return List.of(
                LedgerEntry.quota(UUID.randomUUID(), type, "GM0141", Period.parse("2025-H1"), 73, 2),
                LedgerEntry.openingBalance(UUID.randomUUID(), type, "GM0141", Period.parse("2024-H2"), -5, 1),
                LedgerEntry.housed(UUID.randomUUID(), type, "GM0141", LocalDate.of(2025, 2, 28), 4, "placement-1", "coupling-1", "FLEX", true),
                LedgerEntry.housed(UUID.randomUUID(), type, "GM0141", LocalDate.of(1999, 12, 31), 1, "placement-2", "coupling-2", "REGULAR", false),
                LedgerEntry.housed(UUID.randomUUID(), type, "GM0141", LocalDate.of(2025, 1, 1), 2, "placement-3"),
                LedgerEntry.coupled(UUID.randomUUID(), type, "GM1900", LocalDate.of(2025, 3, 1), 3, "coupling-ü", "FAMILY"),
                LedgerEntry.couplingCorrected(UUID.randomUUID(), type, "GM1900", LocalDate.of(2025, 3, 2), 2, "coupling-ü", "SINGLE", amsterdam),
                LedgerEntry.revoked(UUID.randomUUID(), type, "GM0141", LocalDate.of(2025, 3, 3), 4, "placement-1"),
                LedgerEntry.exchange(UUID.randomUUID(), type, "GM0141", Period.parse("2025-H2"), -10, "exchange\t1\\n"),
                LedgerEntry.capacityPlanned(UUID.randomUUID(), type, "GM0141", "project-1", 40,
                        List.of(new PlannedPlaces(Period.parse("2026-H1"), 25), new PlannedPlaces(Period.parse("2025-H2"), 15)),
                        OffsetDateTime.of(1998, 6, 30, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(-3))),
                LedgerEntry.capacityPlanned(UUID.randomUUID(), type, "GM0141", "project-2", 7,
                        List.of(new PlannedPlaces(Period.parse("2027-H1"), 7)), amsterdam),
                LedgerEntry.capacityDelivered(UUID.randomUUID(), type, "GM0141", LocalDate.of(2030, 12, 31), 40, "project-1"));
    }

    private static Decoded event(UUID id, String type, List<ProjectionChange> changes) {
        return new Decoded(new IncomingEvent(id, type, "urn:nld:test", "GM0141", OffsetDateTime.now(), "{}"), changes);
    }

    /** Every row of a table as text, in a fixed order, so that two tables can be compared value by value. */
    private List<String> rows(String schema, String table) {
        return query("SELECT t::text FROM " + schema + "." + table + " t ORDER BY t::text");
    }

    private List<String> query(String sql) {
        List<String> rows = new ArrayList<>();
        for (Row row : pool.query(sql).execute().await().atMost(PATIENCE)) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                values.add(String.valueOf(row.getValue(i)));
            }
            rows.add(String.join("|", values));
        }
        return rows;
    }
}
