package nl.permitholders.placement.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.placement.Couplings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** What placement-service publishes on the real broker: CloudEvents in binary mode that match docs/events. */
@QuarkusTest
class PlacementEventsTest {

    private final KafkaTopics kafka = new KafkaTopics(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void aCouplingAndItsPlacementArePublishedKeyedByMunicipality() {
        String municipality = "GM0" + (100 + (int) (Math.random() * 899));
        String coupling = Couplings.register(Couplings.family(municipality, 2, 1, LocalDate.of(2024, 2, 1)));
        String placement = Couplings.place(coupling, 3, LocalDate.of(2024, 4, 1));

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll("placement.events").stream()
                        .filter(r -> r.value().contains(coupling)).toList(), r -> r.size() >= 2);

        assertThat(records).extracting(r -> KafkaTopics.header(r, "ce_type")).containsExactly(
                "nl.permitholders.placement.coupling-registered.v1",
                "nl.permitholders.placement.placement-recorded.v1");
        assertThat(records.get(1).value()).contains(placement);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(record.key()).isEqualTo(municipality);
            assertThat(KafkaTopics.header(record, "ce_subject")).isEqualTo(municipality);
            assertThat(KafkaTopics.header(record, "ce_source")).isEqualTo("urn:nld:permitholders:systeem:placement-service");
            EventSchemas.assertConforms(KafkaTopics.header(record, "ce_type"), record.value());
        }
    }
}
