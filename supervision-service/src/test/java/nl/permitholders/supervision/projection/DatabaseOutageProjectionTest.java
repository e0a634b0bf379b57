package nl.permitholders.supervision.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.RealInfrastructure;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import nl.permitholders.supervision.verdict.Rejudging;
import nl.permitholders.supervision.verdict.VerdictRecorder;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch polled while the database is down: the projection waits for the database however long that takes (here
 * many times its retry budget for other failures, made short), readiness says so, no event goes to the dead-letter
 * topic, and every event is applied once the database is back.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProjectionTest.ShortRetryBudget.class)
class DatabaseOutageProjectionTest {

    private static final String CHECK = "Consumers waiting for the database";

    public static class ShortRetryBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("consumer.retry.attempts", "1", "consumer.retry.max-back-off", "200ms");
        }
    }

    @Inject
    Rejudging rejudging;

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void eventsPolledWhileTheDatabaseIsDownWaitForItInsteadOfGoingToTheDeadLetterTopic() {
        String municipality = "GM" + (5000 + (int) (System.nanoTime() % 1000));
        send("quota.events", municipality, "nl.permitholders.quota.quota-set.v1", """
                {"municipalityCode":"%s","period":"2024-H1","persons":40,"version":1,"basis":"IMPORTED"}"""
                .formatted(municipality));
        awaitBacklog(municipality, 40);

        RealInfrastructure.postgres().stop();
        try {
            for (int persons = 1; persons <= 3; persons++) {
                send("placement.events", municipality, "nl.permitholders.placement.placement-recorded.v1", """
                        {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":%d,"housedOn":"2024-02-01"}"""
                        .formatted(UUID.randomUUID(), UUID.randomUUID(), municipality, persons));
            }
            await("readiness names the consumer waiting for its database").atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503)
                            .body("checks.find { it.name == '" + CHECK + "' }.status", equalTo("DOWN"))
                            .body("checks.find { it.name == '" + CHECK + "' }.data?.keySet()", hasItem("placement.events")));
            // Well beyond the budget for other failures (one retry, at most 200 ms later): still nothing dead-lettered.
            await("nothing dead-lettered while the database is down").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> kafka.readAll("supervision.dead-letter", municipality).isEmpty());
        } finally {
            RealInfrastructure.postgres().restart();
        }

        awaitBacklog(municipality, 40 - 6);
        assertThat(kafka.readAll("supervision.dead-letter", municipality)).isEmpty();
        await("ready again").atMost(Duration.ofSeconds(60)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    /**
     * The database goes away while a consumer judges the municipalities its events moved: the consumer waits for it as
     * it does while applying events, named in readiness, rather than judging out of sight until its retries run out.
     */
    @Test
    void aConsumerJudgingAgainWhileTheDatabaseIsDownWaitsForItAndSaysSo() {
        String municipality = TestEvents.newMunicipality();
        new TestEvents().quota(municipality, "2024-H1", 40, 1);
        awaitBacklog(municipality, 40);

        RealInfrastructure.postgres().stop();
        CompletableFuture<Void> judged = new CompletableFuture<>();
        try {
            rejudging.judgeForConsumerOf("placement.events",
                            Map.of(municipality, new VerdictRecorder.Cause("nl.permitholders.placement.placement-recorded.v1", null)))
                    .subscribe().with(judged::complete, judged::completeExceptionally);
            await("readiness names the consumer judging while the database is down").atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503)
                            .body("checks.find { it.name == '" + CHECK + "' }.data?.keySet()", hasItem("placement.events")));
            // Well beyond the budget for other failures (one retry, at most 200 ms later): still waiting, not given up.
            await("the judging still waits for the database").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> !judged.isDone());
        } finally {
            RealInfrastructure.postgres().restart();
        }
        await("the judging ends once the database is back").atMost(Duration.ofSeconds(60)).until(judged::isDone);
        assertThat(judged).isCompleted();
        await("ready again").atMost(Duration.ofSeconds(60)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    private void send(String topic, String municipality, String type, String data) {
        EventSchemas.assertConforms(type, data);
        kafka.sendCloudEvent(topic, municipality, UUID.randomUUID(), type, data);
    }

    private static void awaitBacklog(String municipality, int backlog) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/periods/{period}", municipality, "2024-H1")
                        .then().statusCode(200).body("backlog", equalTo(backlog)));
    }
}
