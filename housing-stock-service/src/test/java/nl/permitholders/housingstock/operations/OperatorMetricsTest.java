package nl.permitholders.housingstock.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.permitholders.infrastructure.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The metrics operators alert on (docs/operations.md), as the platform gives them to every service: events waiting
 * in the outbox and the age of the oldest, records dead-lettered per topic, consumer lag from the Kafka client.
 */
@QuarkusTest
class OperatorMetricsTest {

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void theOutboxBacklogAndTheAgeOfItsOldestEventAreExposed() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = metrics();
            assertThat(metrics).contains("outbox_pending_events ").contains("outbox_oldest_pending_age_seconds ");
        });
    }

    @Test
    void aRecordSentToTheDeadLetterTopicIsCounted() {
        String counter = "events_dead_lettered_total{reason=\"unreadable\",topic=\"placement.events\"}";
        double before = value(metrics(), counter);
        kafka.sendCloudEvent("placement.events", "GM0141", UUID.randomUUID(), "nl.permitholders.placement.placement-recorded.v1", "{not json");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(value(metrics(), counter)).isEqualTo(before + 1));
    }

    @Test
    void consumerLagIsExposedByTheKafkaClient() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(metrics()).contains("kafka_consumer_fetch_manager_records_lag_max"));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of a sample line, 0 when the series does not exist yet. */
    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
