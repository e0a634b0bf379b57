package nl.permitholders.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import nl.permitholders.infrastructure.LocalKafka;
import nl.permitholders.infrastructure.SystemStack;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** With the broker down a placement is still accepted, and it reaches supervision once the broker is back. */
@Order(10)
@FaultStack
class BrokerOutageIT {

    /** Its own municipality: the webhook scenario on the same stack places in GM9701-GM9703. */
    private static final String MUNICIPALITY = "GM9801";

    private final SystemStack stack;
    private final Writes writes;
    private final Supervision supervision;

    BrokerOutageIT(SystemStack stack) {
        this.stack = stack;
        this.writes = new Writes(stack);
        this.supervision = new Supervision(stack);
    }

    @Test
    void aPlacementAcceptedDuringABrokerOutageReachesSupervisionAfterwards() {
        writes.municipalityWithQuota(MUNICIPALITY, 100);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(supervision.figures(MUNICIPALITY)).containsEntry("backlog", 100));

        LocalKafka kafka = stack.kafka();
        kafka.stop();
        try {
            String coupling = writes.coupling("OUTAGE-1", MUNICIPALITY, 2, 2, LocalDate.of(2025, 2, 3)).then().statusCode(201)
                    .extract().path("id");
            writes.placement(MUNICIPALITY, coupling, 4, LocalDate.of(2025, 3, 10)).then().statusCode(201);
            assertThat(supervision.figures(MUNICIPALITY)).containsEntry("backlog", 100);
        } finally {
            kafka.restart();
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(supervision.figures(MUNICIPALITY)).containsEntry("housed", 4).containsEntry("backlog", 96));
    }
}
