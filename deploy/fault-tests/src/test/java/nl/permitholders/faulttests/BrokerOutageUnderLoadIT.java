package nl.permitholders.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.LocalKafka;
import nl.permitholders.infrastructure.ServiceProcess;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1: the broker is away while COA registers 500 couplings and the municipality houses them in 500
 * placements, and for at least twice the outbox producer's delivery timeout ({@link DeliveryTimeout}), so that its
 * sends fail and the outbox carries the events. Every write is accepted (the outbox holds the events), every service stays ready
 * throughout, asked every second as a load balancer would (Kafka is not in readiness), and once the broker is back
 * every event reaches supervision exactly once.
 */
@Order(1)
@FaultStack
class BrokerOutageUnderLoadIT {

    private static final int HOUSEHOLDS = 500;
    private static final Duration OUTAGE = DeliveryTimeout.delivery().multipliedBy(2);

    private final SystemStack stack;
    private final Writes writes;
    private final Supervision supervision;

    BrokerOutageUnderLoadIT(SystemStack stack) {
        this.stack = stack;
        this.writes = new Writes(stack);
        this.supervision = new Supervision(stack);
    }

    @Test
    void everyWriteDuringABrokerOutageIsAcceptedAndReachesSupervisionOnceItIsBack() throws Exception {
        ScenarioReport.run("1. Kafka stopped under 1,000 writes, for twice the producer's delivery timeout at least", () -> {
            String municipality = "GM9101";
            writes.municipalityWithQuota(municipality, 3000);
            LocalKafka kafka = stack.kafka();

            Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                services.put(service, stack.process(service));
            }
            kafka.stop();
            Instant stopped = Instant.now();
            ReadinessWatch loadBalancer = new ReadinessWatch(services);
            Random random = new Random(1);
            int accepted = 0;
            int persons = 0;
            List<String> couplings = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            try {
                for (int i = 0; i < HOUSEHOLDS; i++) {
                    int adults = 1 + random.nextInt(2);
                    int minors = random.nextInt(4);
                    Response coupling = writes.coupling("OUT-" + i, municipality, adults, minors, LocalDate.of(2025, 1, 6).plusDays(i % 60));
                    assertThat(coupling.statusCode()).as("coupling %d while the broker is away: %s", i, coupling.asString()).isEqualTo(201);
                    couplings.add(coupling.path("id"));
                    sizes.add(adults + minors);
                    accepted++;
                }
                for (int i = 0; i < HOUSEHOLDS; i++) {
                    Response placement = writes.placement(municipality, couplings.get(i), sizes.get(i), LocalDate.of(2025, 4, 1).plusDays(i % 60));
                    assertThat(placement.statusCode()).as("placement %d while the broker is away: %s", i, placement.asString()).isEqualTo(201);
                    persons += sizes.get(i);
                    accepted++;
                }
                // The events wait in the outbox, visible to operators, until the outage has outlasted the
                // producer's delivery timeout twice over.
                await("the outbox holds every event of the outage").atMost(OUTAGE.plusSeconds(60)).pollInterval(Polling.INTERVAL)
                        .until(() -> Supervision.metric(stack.process(Service.PLACEMENT), "outbox_pending_events") >= 2 * HOUSEHOLDS
                                && Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0);
            } finally {
                loadBalancer.close();
                kafka.restart();
            }
            Duration outage = Duration.between(stopped, Instant.now());
            assertThat(loadBalancer.notReady()).as("readiness answers other than 200 while the broker was away").isEmpty();
            assertThat(loadBalancer.asked()).as("readiness asked throughout the outage").isGreaterThanOrEqualTo(2 * (int) OUTAGE.toSeconds());

            int housed = persons;
            await("supervision counts every placement").atMost(Duration.ofMinutes(3)).pollInterval(Polling.INTERVAL)
                    .untilAsserted(() -> assertThat(supervision.figures(municipality))
                            .containsEntry("housed", housed).containsEntry("coupledUnhousedPersons", 0)
                            .containsEntry("backlog", 3000 - housed));
            List<ConsumerRecord<String, String>> published = new KafkaTopics(kafka.bootstrapServers()).readAll("placement.events", municipality);
            long distinct = published.stream().map(r -> KafkaTopics.header(r, "ce_id")).distinct().count();
            assertThat(distinct).as("events of the outage on placement.events").isEqualTo(2L * HOUSEHOLDS);
            await("the outbox is empty again").atMost(Duration.ofSeconds(60))
                    .until(() -> Supervision.metric(stack.process(Service.PLACEMENT), "outbox_pending_events") == 0);
            return new ScenarioReport.Counts(accepted + " writes accepted (" + housed + " persons) during a " + outage.toSeconds()
                    + " s outage; readiness of all 4 services 200 in " + loadBalancer.asked() + " of " + loadBalancer.asked() + " probes",
                    distinct + " events delivered, housed " + housed + ", coupled-unhoused 0");
        });
    }
}
