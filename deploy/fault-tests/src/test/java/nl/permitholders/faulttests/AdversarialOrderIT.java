package nl.permitholders.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.permitholders.infrastructure.MunicipalityEvents;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.SystemStack;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5: two municipalities with the same history, one delivered in the order it happened, the other across
 * topics in the worst order: its placements and allocations are consumed before its quota, and the quota before the
 * municipality is registered. Both converge to the same figures.
 */
@Order(5)
@FaultStack
class AdversarialOrderIT {

    private final SystemStack stack;
    private final Writes writes;
    private final Supervision supervision;

    AdversarialOrderIT(SystemStack stack) {
        this.stack = stack;
        this.writes = new Writes(stack);
        this.supervision = new Supervision(stack);
    }

    @Test
    void eventsAcrossTopicsInAdversarialOrderConvergeToTheFiguresOfTheSameEventsInOrder() throws Exception {
        ScenarioReport.run("5. adversarial order across topics", () -> {
            writes.province();
            KafkaTopics topics = stack.topics();
            // The same seed: the same households, dates and persons for both.
            MunicipalityEvents inOrder = new MunicipalityEvents("GM9301", 5, 400, 120, 9, 15);
            MunicipalityEvents adversarial = new MunicipalityEvents("GM9302", 5, 400, 120, 9, 15);

            topics.sendAll(inOrder.inOrder());
            await("the history in order applied").atMost(Duration.ofMinutes(2)).pollInterval(Polling.INTERVAL)
                    .untilAsserted(() -> assertThat(supervision.figures(inOrder.code)).containsEntry("housed", inOrder.housed)
                            .containsEntry("coupledUnhousedPersons", inOrder.coupledUnhoused)
                            .containsEntry("allocatedToPermitHolders", inOrder.allocated));
            double applied = supervision.applied();
            topics.sendAll(adversarial.housingStockEvents);
            topics.sendAll(adversarial.placementEvents);
            await("placements and allocations applied before anything else is sent").atMost(Duration.ofMinutes(2))
                    .pollInterval(Polling.INTERVAL).until(() -> supervision.applied() - applied
                            >= adversarial.housingStockEvents.size() + adversarial.placementEvents.size());
            topics.send(adversarial.registration.get(1)); // the quota
            await("the quota applied before the municipality exists").atMost(Duration.ofMinutes(1)).pollInterval(Polling.INTERVAL)
                    .until(() -> supervision.applied() - applied >= adversarial.size() - 1);
            topics.send(adversarial.registration.get(0)); // the registration, last

            await("both converge").atMost(Duration.ofMinutes(2)).pollInterval(Polling.INTERVAL).untilAsserted(() -> {
                assertThat(withoutIdentity(supervision.figures(adversarial.code))).isEqualTo(withoutIdentity(supervision.figures(inOrder.code)));
            });
            return new ScenarioReport.Counts("2 x " + inOrder.size() + " events (housed " + inOrder.housed + ", coupled-unhoused "
                    + inOrder.coupledUnhoused + ", allocated " + inOrder.allocated + ")", "identical figures in order and out of order");
        });
    }

    private static Map<String, Object> withoutIdentity(Map<String, Object> figures) {
        Map<String, Object> rest = new LinkedHashMap<>(figures);
        rest.remove("municipalityCode");
        rest.remove("municipalityName");
        return rest;
    }
}
