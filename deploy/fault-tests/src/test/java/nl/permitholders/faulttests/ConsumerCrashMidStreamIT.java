package nl.permitholders.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.MunicipalityEvents;
import nl.permitholders.infrastructure.ServiceProcess;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2: supervision-service is killed with SIGKILL while it consumes 50,000 events (ten municipalities'
 * couplings, placements and allocations), between batches it has applied and offsets it has not yet committed.
 * After a restart it carries on from the committed offsets: the kill landed before the last commit, so the events
 * after the committed offsets are delivered again, and the restarted instance applies those it had not applied and
 * recognises the others as duplicates: every event counts, none twice.
 */
@Order(2)
@FaultStack
class ConsumerCrashMidStreamIT {

    private static final int MUNICIPALITIES = 10;

    private final SystemStack stack;
    private final Writes writes;
    private final Supervision supervision;

    ConsumerCrashMidStreamIT(SystemStack stack) {
        this.stack = stack;
        this.writes = new Writes(stack);
        this.supervision = new Supervision(stack);
    }

    @Test
    void supervisionKilledWhileConsumingFiftyThousandEventsLosesNoneAndCountsNoneTwice() throws Exception {
        ScenarioReport.run("2. supervision SIGKILLed amid 50,000 events", () -> {
            writes.province();
            List<MunicipalityEvents> municipalities = new ArrayList<>();
            List<ProducerRecord<String, String>> events = new ArrayList<>();
            for (int m = 0; m < MUNICIPALITIES; m++) {
                // 2 + 2,500 couplings + 2,488 placements + 10 allocations = 5,000 events each
                MunicipalityEvents municipality = new MunicipalityEvents("GM92%02d".formatted(m), m, 20_000, 2_500, 12, 10);
                municipalities.add(municipality);
                events.addAll(municipality.inOrder());
            }
            assertThat(events).hasSize(50_000);
            double appliedBefore = supervision.applied();

            stack.topics().sendAll(events);
            await("supervision is part-way").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> supervision.applied() - appliedBefore >= 5_000);
            double appliedAtKill = supervision.applied() - appliedBefore;
            KafkaTopics topics = stack.topics();
            long[] committedAtKill = new long[1];
            Duration restart = stack.killAndRestart(Service.SUPERVISION,
                    () -> committedAtKill[0] = topics.committedRecords(Supervision.GROUP, Supervision.EVENT_TOPICS));
            long end = topics.endOffsets(Supervision.EVENT_TOPICS);
            assertThat(appliedAtKill).as("killed part-way, not after the last event").isLessThan(50_000);
            long redelivered = end - committedAtKill[0];
            assertThat(redelivered).as("records after the offsets committed when it was killed").isPositive();

            await("supervision has every event").atMost(Duration.ofMinutes(5)).pollInterval(Polling.INTERVAL)
                    .untilAsserted(() -> {
                        for (MunicipalityEvents m : municipalities) {
                            assertThat(supervision.figures(m.code)).as(m.code)
                                    .containsEntry("housed", m.housed).containsEntry("coupledUnhousedPersons", m.coupledUnhoused)
                                    .containsEntry("allocatedToPermitHolders", m.allocated).containsEntry("quota", m.quota);
                        }
                    });
            // The restarted instance counts from zero: what it was delivered is exactly what followed the committed offsets,
            // each either applied or recognised in the inbox as applied before the kill.
            ServiceProcess restarted = stack.process(Service.SUPERVISION);
            await("the restarted instance has handled every record after the committed offsets").atMost(Duration.ofMinutes(1))
                    .pollInterval(Polling.INTERVAL)
                    .until(() -> topics.committedRecords(Supervision.GROUP, Supervision.EVENT_TOPICS) == end);
            double applied = Supervision.metric(restarted, "supervision_projection_events_total", "outcome=\"applied\"");
            double duplicates = Supervision.metric(restarted, "supervision_projection_events_total", "outcome=\"duplicate\"");
            assertThat(applied + duplicates).as("events delivered again after the kill, applied or recognised once each").isEqualTo(redelivered);
            assertThat(Supervision.metric(restarted, "supervision_projection_events_total", "outcome=\"dead-lettered\"")).isZero();
            int housed = municipalities.stream().mapToInt(m -> m.housed).sum();
            int unhoused = municipalities.stream().mapToInt(m -> m.coupledUnhoused).sum();
            return new ScenarioReport.Counts("50,000 events (" + housed + " persons housed, " + unhoused + " coupled-unhoused)",
                    "killed after " + (long) appliedAtKill + " applied with " + redelivered + " records past the committed offsets, restarted in "
                            + restart.toSeconds() + " s; after it " + (long) applied + " applied, " + (long) duplicates
                            + " recognised as applied before the kill; housed " + housed
                            + ", coupled-unhoused " + unhoused + " in all 10");
        });
    }
}
