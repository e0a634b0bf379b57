package nl.permitholders.placement.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.RealInfrastructure;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import org.junit.jupiter.api.Test;

/**
 * A unit event consumed while the database is down: the consumer waits for the database however long that takes
 * (here many times its retry budget for other failures, made short), readiness says so, nothing goes to the
 * dead-letter topic, and the event is applied once the database is back.
 */
@QuarkusTest
@TestProfile(DatabaseOutageConsumerTest.ShortRetryBudget.class)
class DatabaseOutageConsumerTest {

    public static class ShortRetryBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("consumer.retry.attempts", "1", "consumer.retry.max-back-off", "200ms");
        }
    }

    private final KafkaTopics kafka = Units.kafka();

    @Test
    void anEventConsumedWhileTheDatabaseIsDownWaitsForItInsteadOfGoingToTheDeadLetterTopic() {
        String municipality = Couplings.newMunicipality();
        Units.known(municipality, "REGULAR", 2);
        UUID unit = UUID.randomUUID();

        RealInfrastructure.postgres().stop();
        try {
            Units.send(Units.REGISTERED, municipality, Units.unitData(unit, municipality, "ROOM", 1, null));
            await("readiness names the consumer waiting for its database").atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503)
                            .body("checks.find { it.name == 'Consumers waiting for the database' }.status", equalTo("DOWN"))
                            .body("checks.find { it.name == 'Consumers waiting for the database' }.data.keySet()", hasItem(Units.TOPIC)));
            // Well beyond the budget for other failures (one retry, at most 200 ms later): still nothing dead-lettered.
            await("nothing dead-lettered while the database is down").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> kafka.readAll("placement.dead-letter", municipality).isEmpty());
        } finally {
            RealInfrastructure.postgres().restart();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        Units.awaitKnown(unit);
        assertThat(kafka.readAll("placement.dead-letter", municipality)).isEmpty();
    }
}
