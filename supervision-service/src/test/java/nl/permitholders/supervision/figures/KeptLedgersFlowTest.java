package nl.permitholders.supervision.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import nl.permitholders.supervision.figures.FiguresResource.FiguresView;
import nl.permitholders.supervision.figures.MunicipalityLedgers.Known;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.supervision.projection.Decoded;
import nl.permitholders.supervision.projection.EventDecoder;
import nl.permitholders.supervision.projection.ProjectionStore;
import nl.permitholders.supervision.projection.ProjectionVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After every kind of fact, a municipality's ledger as this instance keeps it in memory is the ledger in the database,
 * and so are the figures computed from it.
 */
@QuarkusTest
class KeptLedgersFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    MunicipalityLedgers ledgers;

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    @Inject
    EventDecoder decoder;

    @Inject
    ProjectionStore store;

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void theKeptLedgerIsTheLedgerInTheDatabaseAfterEveryKindOfFact() {
        String code = TestEvents.newMunicipality();
        Period h1 = Period.parse("2025-H1");
        Period h2 = Period.parse("2025-H2");
        events.quota(code, "2025-H1", 40, 1);
        awaitFigures(code, h1, "quota", 40);

        // Read once: from now on it is kept, and this instance's consumer adds what it applies.
        UUID family = events.coupling(code, 4, LocalDate.of(2025, 2, 3));
        UUID single = events.coupling(code, 1, LocalDate.of(2025, 2, 10));
        awaitFigures(code, h1, "coupledUnhousedPersons", 5);
        events.couplingCorrected(code, family, 5, LocalDate.of(2025, 2, 3));
        UUID placed = events.placement(code, family, 5, LocalDate.of(2025, 3, 1), "FLEX");
        UUID revoked = events.placement(code, single, 1, LocalDate.of(2025, 3, 2), null);
        events.revoked(code, revoked, single, 1, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 9));
        events.send("placement.events", code, TestEvents.PLACEMENT + "reunification-arrived.v1", """
                {"reunificationId":"%s","couplingId":"%s","municipalityCode":"%s","persons":2,"arrivedOn":"2025-04-01"}"""
                .formatted(UUID.randomUUID(), family, code));
        events.send("placement.events", code, TestEvents.PLACEMENT + "coupling-cancelled.v1", """
                {"couplingId":"%s","municipalityCode":"%s","unhousedPersons":1,"cancelledOn":"2025-05-01","reason":"WITHDRAWN"}"""
                .formatted(single, code));
        events.send("quota.events", code, TestEvents.QUOTA + "quota-exchanged.v1", """
                {"exchangeId":"%s","municipalityCode":"%s","period":"2025-H2","delta":-3,"partners":["GM0141"]}"""
                .formatted(UUID.randomUUID(), code));
        events.send("housing-stock.events", code, TestEvents.HOUSING_STOCK + "allocation-recorded.v1", """
                {"allocationId":"%s","corporationId":"corporation-1","municipalityCode":"%s","allocatedOn":"2025-03-01","persons":5,"permitHolders":true}"""
                .formatted(UUID.randomUUID(), code));
        UUID project = UUID.randomUUID();
        events.capacityPlanned(code, project, Map.of("2025-H2", 6, "2026-H1", 4));
        events.capacityDelivered(code, project, 6, LocalDate.of(2025, 10, 1));
        events.quota(code, "2025-H2", 35, 1);
        events.quota(code, "2025-H1", 38, 2);
        awaitFigures(code, h2, "quota", 35);
        awaitFigures(code, h1, "quota", 38);

        long version = ProjectionVersion.current(pool).await().atMost(PATIENCE);
        double fromMemory = ledgerReads("memory");
        Known kept = ledgers.of(code, version).await().atMost(PATIENCE);
        assertThat(ledgerReads("memory")).as("the ledger came from memory").isEqualTo(fromMemory + 1);
        Known read = ledgers.of(code).await().atMost(PATIENCE);

        assertThat(kept.ledger().entries()).hasSize(15);
        assertThat(new HashSet<>(kept.ledger().entries())).isEqualTo(new HashSet<>(read.ledger().entries()));
        assertThat(kept.ledger().entries().stream().map(e -> e.reference()).toList()).contains(placed.toString());
        LocalDate today = LocalDate.of(2025, 11, 1);
        for (Period period : new Period[] {h1, h2, Period.parse("2026-H1")}) {
            assertThat(FiguresView.of(kept, period, null, today)).isEqualTo(FiguresView.of(read, period, null, today));
        }
    }

    @Test
    void aChangeByAnotherWriterDropsTheLedgerItChangedAndNoOther() {
        String changedElsewhere = TestEvents.newMunicipality();
        String witness = TestEvents.newMunicipality();
        String consumed = TestEvents.newMunicipality();
        Period h1 = Period.parse("2025-H1");
        events.quota(changedElsewhere, "2025-H1", 40, 1);
        events.quota(witness, "2025-H1", 50, 1);
        events.quota(consumed, "2025-H1", 60, 1);
        awaitFigures(changedElsewhere, h1, "quota", 40);
        awaitFigures(witness, h1, "quota", 50);
        awaitFigures(consumed, h1, "quota", 60);

        // Another instance's consumer applies a placement in one municipality and logs it, as this one does.
        String data = """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":3,"housedOn":"2025-03-01"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), changedElsewhere);
        ConsumerRecord<String, String> record = new ConsumerRecord<>("placement.events", 0, 0L, changedElsewhere, data);
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", (TestEvents.PLACEMENT + "placement-recorded.v1").getBytes(StandardCharsets.UTF_8));
        Decoded placement = decoder.decode(IncomingEvent.from(record));
        long elsewhere = pool.withTransaction(db -> store.apply(db, ProjectionStore.LIVE, List.of(placement))
                        .chain(() -> ProjectionVersion.raise(db, List.of(changedElsewhere))))
                .await().atMost(PATIENCE);
        // Then this instance consumes a change of a third municipality: it skips the other writer's version.
        events.quota(consumed, "2025-H2", 20, 1);
        await().atMost(PATIENCE).until(() -> ledgers.keptThrough() > elsewhere);
        long version = ledgers.keptThrough();

        assertThat(ledgers.keeps(witness, version)).as("the municipality nobody changed is still kept").isTrue();
        assertThat(ledgers.keeps(changedElsewhere, version)).as("the one the other writer changed is not").isFalse();
        assertThat(ledgers.of(changedElsewhere, version).await().atMost(PATIENCE).ledger().figures(h1, null).housed())
                .as("read from the database, with the other writer's placement").isEqualTo(3);
        assertThat(ledgers.of(consumed, version).await().atMost(PATIENCE).ledger().entries()).hasSize(2);
    }

    private double ledgerReads(String source) {
        return registry.get("supervision.ledgers.reads").tag("source", source).counter().count();
    }

    private static void awaitFigures(String code, Period period, String figure, int value) {
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/{period}", code, period.toString())
                .then().statusCode(200).body(figure, equalTo(value)));
    }
}
