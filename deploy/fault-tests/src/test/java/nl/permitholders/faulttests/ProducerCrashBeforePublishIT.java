package nl.permitholders.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.LocalPostgres;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 3: placement-service is killed (SIGKILL) after its writes committed and before its relay published them.
 * To stop it exactly there, the broker is away while the writes are made: the events are committed in the outbox and
 * cannot have been published. After the crash and a restart the outbox delivers them, exactly once in the figures.
 */
@Order(3)
@FaultStack
class ProducerCrashBeforePublishIT {

    private static final int COUPLINGS = 40;

    private final SystemStack stack;
    private final Writes writes;
    private final Supervision supervision;

    ProducerCrashBeforePublishIT(SystemStack stack) {
        this.stack = stack;
        this.writes = new Writes(stack);
        this.supervision = new Supervision(stack);
    }

    @Test
    void eventsCommittedButNotPublishedWhenTheProducerIsKilledAreDeliveredAfterItsRestart() throws Exception {
        ScenarioReport.run("3. producer SIGKILLed between commit and publish", () -> {
            String municipality = "GM9103";
            writes.municipalityWithQuota(municipality, 500);
            long placementPid = stack.process(Service.PLACEMENT).pid();

            stack.kafka().stop();
            int persons = 0;
            try {
                for (int i = 0; i < COUPLINGS; i++) {
                    Response coupling = writes.coupling("CRASH-" + i, municipality, 2, i % 3, LocalDate.of(2025, 2, 3));
                    assertThat(coupling.statusCode()).as("coupling %d: %s", i, coupling.asString()).isEqualTo(201);
                    persons += 2 + i % 3;
                }
                assertThat(unpublished(stack.postgres(), municipality)).as("committed, not yet published").isEqualTo(COUPLINGS);
                stack.process(Service.PLACEMENT).kill();
                assertThat(stack.process(Service.PLACEMENT).isAlive()).isFalse();
            } finally {
                stack.kafka().restart();
            }
            stack.restart(Service.PLACEMENT); // a new process: the killed one has ended
            assertThat(stack.process(Service.PLACEMENT).pid()).isNotEqualTo(placementPid);

            int coupled = persons;
            await("supervision counts every coupling").atMost(Duration.ofMinutes(2)).pollInterval(Polling.INTERVAL)
                    .untilAsserted(() -> assertThat(supervision.figures(municipality)).containsEntry("coupledUnhousedPersons", coupled));
            assertThat(unpublished(stack.postgres(), municipality)).isZero();
            long delivered = stack.topics().readAll("placement.events", municipality).stream()
                    .map(r -> KafkaTopics.header(r, "ce_id")).distinct().count();
            assertThat(delivered).isEqualTo(COUPLINGS);
            return new ScenarioReport.Counts(COUPLINGS + " couplings accepted (" + coupled + " persons), unpublished at the kill",
                    delivered + " events delivered after restart, coupled-unhoused " + coupled);
        });
    }

    static int unpublished(LocalPostgres postgres, String municipality) {
        return postgres.unpublishedEvents(Service.PLACEMENT.database, municipality);
    }
}
