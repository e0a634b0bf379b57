package nl.permitholders.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 4: every event delivered a second time. supervision's consumer group is set back to the beginning of all
 * three topics (as an operator would with kafka-consumer-groups --reset-offsets) and consumes everything the earlier
 * scenarios wrote again; the figures of every municipality stay exactly what they were.
 */
@Order(4)
@FaultStack
class RedeliveryIT {

    /** Municipalities of the earlier scenarios, whose figures are on the topics by now. */
    private static final List<String> MUNICIPALITIES = List.of("GM9101", "GM9103", "GM9200", "GM9205", "GM9209");

    private final SystemStack stack;
    private final Supervision supervision;

    RedeliveryIT(SystemStack stack) {
        this.stack = stack;
        this.supervision = new Supervision(stack);
    }

    @Test
    void consumingEveryEventAgainAfterAnOffsetResetLeavesTheFiguresUnchanged() throws Exception {
        ScenarioReport.run("4. every event delivered twice (offsets reset)", () -> {
            KafkaTopics topics = stack.topics();
            await("supervision has consumed everything so far").atMost(Duration.ofMinutes(2)).pollInterval(Polling.INTERVAL)
                    .until(() -> topics.committedRecords(Supervision.GROUP, Supervision.EVENT_TOPICS)
                            == topics.endOffsets(Supervision.EVENT_TOPICS));
            Map<String, Map<String, Object>> before = new LinkedHashMap<>();
            for (String municipality : MUNICIPALITIES) {
                before.put(municipality, supervision.figures(municipality));
                assertThat(before.get(municipality)).as("figures of %s before", municipality).isNotEmpty();
            }
            long records = topics.endOffsets(Supervision.EVENT_TOPICS);

            stack.process(Service.SUPERVISION).stop();
            topics.resetToEarliest(Supervision.GROUP, Supervision.EVENT_TOPICS);
            assertThat(topics.committedRecords(Supervision.GROUP, Supervision.EVENT_TOPICS)).isZero();
            stack.restart(Service.SUPERVISION);

            await("supervision has consumed everything again").atMost(Duration.ofMinutes(5)).pollInterval(Polling.INTERVAL)
                    .until(() -> topics.committedRecords(Supervision.GROUP, Supervision.EVENT_TOPICS) == records);
            double duplicates = Supervision.metric(stack.process(Service.SUPERVISION), "supervision_projection_events_total",
                    "outcome=\"duplicate\"");
            assertThat(duplicates).as("redelivered events recognised as duplicates").isGreaterThanOrEqualTo(50_000);
            for (String municipality : MUNICIPALITIES) {
                assertThat(supervision.figures(municipality)).as("figures of %s after the redelivery", municipality)
                        .isEqualTo(before.get(municipality));
            }
            return new ScenarioReport.Counts(records + " records on the topics, all delivered again",
                    (long) duplicates + " recognised as duplicates; figures of " + MUNICIPALITIES.size() + " municipalities unchanged");
        });
    }
}
