package nl.permitholders.supervision.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.TestEvents;
import nl.permitholders.supervision.ledger.CancellationReason;
import nl.permitholders.supervision.ledger.Details;
import nl.permitholders.supervision.ledger.Details.PlannedPlaces;
import nl.permitholders.supervision.ledger.EntryKind;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.QuotaStatus;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import org.junit.jupiter.api.Test;
import nl.permitholders.supervision.projection.Decoded;
import nl.permitholders.supervision.projection.ProjectionStore;

/**
 * The ledger's columns, declared once in {@link LedgerColumns}: what {@link ProjectionStore} writes of an entry of any
 * kind, {@link MunicipalityLedgerStore} reads back as the same entry, header and details; and the declaration names every
 * column the migrations gave the table.
 */
@QuarkusTest
class LedgerColumnsTest {

    private static final Period H1_2026 = Period.parse("2026-H1");
    private static final Period H2_2026 = Period.parse("2026-H2");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    @Inject
    Pool pool;

    @Inject
    ProjectionStore store;

    @Inject
    MunicipalityLedgerStore ledgers;

    @Test
    void everyKindOfEntryIsReadBackAsItWasWritten() {
        String code = TestEvents.newMunicipality();
        String coupling = UUID.randomUUID().toString();
        String placement = UUID.randomUUID().toString();
        List<LedgerEntry> written = new ArrayList<>(List.of(
                Entries.quota(id(), "quota-set", code, H1_2026, 40, 2, QuotaStatus.PROVISIONAL, LocalDate.of(2025, 10, 1)),
                Entries.openingBalance(id(), "opening-balance-set", code, H1_2026, 7, 1),
                Entries.coupled(id(), "coupling-registered", code, MARCH, 4, coupling, "FAMILY"),
                Entries.couplingCorrected(id(), "coupling-corrected", code, MARCH, 5, coupling, "FAMILY", at(9)),
                Entries.housed(id(), "placement-recorded", code, MARCH.plusWeeks(3), 5, placement, coupling, "FAMILY_HOME", true),
                Entries.revoked(id(), "placement-revoked", code, MARCH.plusWeeks(4), 1, UUID.randomUUID().toString()),
                Entries.movedOn(id(), "moved-to-follow-up-housing", code, MARCH.plusWeeks(9), 5, placement),
                Entries.reunified(id(), "reunification-arrived", code, MARCH.plusWeeks(5), 2, UUID.randomUUID().toString(),
                        coupling, true, placement),
                Entries.reunified(id(), "reunification-arrived", code, MARCH.plusWeeks(6), 1, UUID.randomUUID().toString()),
                Entries.exchange(id(), "quota-exchanged", code, H1_2026, -3, UUID.randomUUID().toString()),
                Entries.cancelled(id(), "coupling-cancelled", code, MARCH.plusWeeks(14), 2, UUID.randomUUID().toString(),
                        CancellationReason.RECOUPLED),
                Entries.allocated(id(), "allocation-recorded", code, MARCH.plusWeeks(2), 3, UUID.randomUUID().toString()),
                Entries.capacityPlanned(id(), "capacity-planned", code, "p1", 14,
                        List.of(new PlannedPlaces(H2_2026, 6), new PlannedPlaces(H1_2026, 8)), at(10)),
                Entries.capacityDelivered(id(), "capacity-delivered", code, MARCH.plusWeeks(8), 8, "p1"),
                Entries.housed(id(), "placement-recorded", code, MARCH.plusWeeks(3), 2, UUID.randomUUID().toString(), coupling,
                        "INTERMEDIATE", true, "u1"),
                Entries.unitLocated(id(), "unit-corrected", code, "u1"),
                Entries.divided(id(), "coupling-divided", code, coupling, "GM0865", MARCH.plusWeeks(1))));
        written.replaceAll(entry -> entry.occurredAt() == null ? entry.at(at(11)) : entry);

        List<Decoded> events = written.stream().map(entry -> new Decoded(new IncomingEvent(entry.eventId(), entry.eventType(), "test",
                code, entry.occurredAt(), "{}"), List.of(new Fact(entry)))).toList();
        pool.withTransaction(db -> store.apply(db, ProjectionStore.LIVE, events)).await().atMost(Duration.ofSeconds(10));

        List<LedgerEntry> read = ledgers.of(code).await().atMost(Duration.ofSeconds(10)).ledger().entries();
        assertThat(read).containsExactlyInAnyOrderElementsOf(written);
        assertThat(read).filteredOn(e -> e.kind() == EntryKind.CAPACITY_PLANNED).singleElement()
                .extracting(e -> e.details(Details.CapacityPlan.class).orElseThrow().plannedPlaces())
                .isEqualTo(List.of(new PlannedPlaces(H1_2026, 8), new PlannedPlaces(H2_2026, 6)));
        assertThat(read).filteredOn(e -> e.kind() == EntryKind.OPENING_BALANCE).singleElement()
                .extracting(LedgerEntry::details).isEqualTo(Details.NONE);
    }

    @Test
    void theDeclarationNamesEveryColumnOfTheLedgerTable() {
        List<String> inTable = new ArrayList<>();
        pool.query("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'ledger_entry'")
                .execute().await().atMost(Duration.ofSeconds(10)).forEach(row -> inTable.add(row.getString(0)));
        assertThat(Arrays.asList(LedgerColumns.NAMES.split(", "))).containsExactlyInAnyOrderElementsOf(inTable);
    }

    private static UUID id() {
        return UUID.randomUUID();
    }

    private static OffsetDateTime at(int hour) {
        return OffsetDateTime.of(2026, 3, 2, hour, 15, 30, 0, ZoneOffset.UTC);
    }
}
