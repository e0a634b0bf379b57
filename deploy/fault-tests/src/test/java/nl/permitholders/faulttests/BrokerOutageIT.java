package nl.permitholders.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import nl.permitholders.infrastructure.LocalKafka;
import nl.permitholders.infrastructure.SystemStack;
import org.junit.jupiter.api.Test;

/** With the broker down a placement is still accepted, and it reaches supervision once the broker is back. */
@SystemTestStack
class BrokerOutageIT {

    private static final String ENSCHEDE = "GM0153";

    private final SystemStack stack;
    private final Api api;

    BrokerOutageIT(SystemStack stack) {
        this.stack = stack;
        this.api = new Api(stack);
    }

    @Test
    void aPlacementAcceptedDuringABrokerOutageReachesSupervisionAfterwards() {
        api.province("PV23", "Overijssel");
        api.municipality(ENSCHEDE, "Enschede", "PV23");
        api.quota(ENSCHEDE, "2025-H1", 100);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(api.figures(ENSCHEDE, "2025-H1")).containsEntry("backlog", 100));

        LocalKafka kafka = stack.kafka();
        kafka.stop();
        try {
            String coupling = api.coupling("ENS-OUTAGE-1", ENSCHEDE, 2, 2, LocalDate.of(2025, 2, 3));
            api.placement(coupling, 4, LocalDate.of(2025, 3, 10));
            assertThat(api.figures(ENSCHEDE, "2025-H1")).containsEntry("backlog", 100);
        } finally {
            kafka.restart();
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(api.figures(ENSCHEDE, "2025-H1")).containsEntry("housed", 4).containsEntry("backlog", 96));
    }
}
