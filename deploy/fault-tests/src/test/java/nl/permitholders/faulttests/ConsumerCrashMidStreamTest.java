package nl.permitholders.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.infrastructure.MunicipalityEvents;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2: supervision-service is killed with SIGKILL while it consumes 50,000 events (ten municipalities'
 * couplings, placements and allocations), between batches it has applied and offsets it has not yet committed.
 * After a restart it carries on from the committed offsets: every event counts, none twice.
 */
@Order(2)
class ConsumerCrashMidStreamTest {

    private static final int MUNICIPALITIES = 10;

    @Test
    void supervisionKilledWhileConsumingFiftyThousandEventsLosesNoneAndCountsNoneTwice() throws Exception {
        ScenarioReport.run("2. supervision SIGKILLed amid 50,000 events", () -> {
            SystemStack stack = FaultStack.get();
            Writes.province();
            List<MunicipalityEvents> municipalities = new ArrayList<>();
            List<ProducerRecord<String, String>> events = new ArrayList<>();
            for (int m = 0; m < MUNICIPALITIES; m++) {
                // 2 + 2,500 couplings + 2,488 placements + 10 allocations = 5,000 events each
                MunicipalityEvents municipality = new MunicipalityEvents("GM92%02d".formatted(m), m, 20_000, 2_500, 12, 10);
                municipalities.add(municipality);
                events.addAll(municipality.inOrder());
            }
            assertThat(events).hasSize(50_000);
            double appliedBefore = Supervision.applied();

            FaultStack.topics().sendAll(events);
            await("supervision is part-way").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> Supervision.applied() - appliedBefore >= 5_000);
            double appliedAtKill = Supervision.applied() - appliedBefore;
            Duration restart = stack.killAndRestart(Service.SUPERVISION);
            assertThat(appliedAtKill).as("killed part-way, not after the last event").isLessThan(50_000);

            await("supervision has every event").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> {
                        for (MunicipalityEvents m : municipalities) {
                            assertThat(Supervision.figures(m.code)).as(m.code)
                                    .containsEntry("housed", m.housed).containsEntry("coupledUnhousedPersons", m.coupledUnhoused)
                                    .containsEntry("allocatedToPermitHolders", m.allocated).containsEntry("quota", m.quota);
                        }
                    });
            int housed = municipalities.stream().mapToInt(m -> m.housed).sum();
            int unhoused = municipalities.stream().mapToInt(m -> m.coupledUnhoused).sum();
            return new ScenarioReport.Counts("50,000 events (" + housed + " persons housed, " + unhoused + " coupled-unhoused)",
                    "killed after " + (long) appliedAtKill + " applied, restarted in " + restart.toSeconds() + " s; housed " + housed
                            + ", coupled-unhoused " + unhoused + " in all 10");
        });
    }
}
