package nl.permitholders.supervision.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.platform.inbox.DeferredEvents;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Placement upgraded before supervision: an older supervision that does not know {@code moved-to-follow-up-housing.v1}
 * keeps it aside (counted, named in readiness, which stays UP; not dead-lettered; figures unchanged) and carries on;
 * once supervision knows it, the kept event is applied, exactly once, without anyone replaying it.
 */
@QuarkusTest
@TestProfile(RollingUpgradeTest.OlderSupervision.class)
class RollingUpgradeTest {

    private static final String MOVED_ON = TestEvents.PLACEMENT + "moved-to-follow-up-housing.v1";
    private static final String CHECK = "Events kept aside until this version knows them";

    public static class OlderSupervision implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(OlderEventDecoder.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("consumer.deferred.offer-interval", "1s");
        }
    }

    private final TestEvents events = new TestEvents();

    @Inject
    DeferredEvents deferred;

    @Inject
    Pool pool;

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
        OlderEventDecoder.notKnowing(MOVED_ON);
    }

    @Test
    void anEventTheOlderVersionDoesNotKnowWaitsAsideAndIsAppliedOnceTheNewerRuns() {
        String town = TestEvents.newMunicipality();
        events.quota(town, "2025-H1", 20, 1);
        UUID family = events.coupling(town, 4, LocalDate.of(2025, 1, 6));
        UUID placement = events.placement(town, family, 4, LocalDate.of(2025, 2, 10), "INTERMEDIATE");
        awaitInTemporaryHousing(town, 4);

        UUID movedOn = UUID.randomUUID();
        String data = """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":4,"housedOn":"2025-02-10","movedOn":"2025-04-01"}"""
                .formatted(placement, family, town);
        EventSchemas.assertConforms(MOVED_ON, data);
        events.kafka.sendCloudEvent("placement.events", town, movedOn, MOVED_ON, data);
        // The consumer carries on after it: a later placement of another family is applied.
        UUID single = events.coupling(town, 1, LocalDate.of(2025, 3, 3));
        events.placement(town, single, 1, LocalDate.of(2025, 3, 10), "ROOM");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures(town).body("housed", equalTo(5)));

        await("kept aside").atMost(Duration.ofSeconds(30)).until(() -> kept(movedOn));
        figures(town).body("personsInTemporaryHousing", equalTo(4));
        await("counted").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString()).containsPattern(
                        "events_deferred\\{[^}]*topic=\"placement.events\"[^}]*type=\"" + MOVED_ON.replace(".", "\\.") + "\"[^}]*} [1-9]"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == '" + CHECK + "' }.status", equalTo("UP"))
                .body("checks.find { it.name == '" + CHECK + "' }.data", hasKey(MOVED_ON));
        assertThat(events.kafka.readAll("supervision.dead-letter", town)).isEmpty();

        OlderEventDecoder.upgrade();
        await("applied once the newer version runs").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                figures(town).body("personsInTemporaryHousing", equalTo(0)).body("housed", equalTo(5)));
        await("no longer kept").atMost(Duration.ofSeconds(30)).until(() -> !kept(movedOn));
        await("no longer named").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200)
                        .body("checks.find { it.name == '" + CHECK + "' }.data", not(hasKey(MOVED_ON))));
        assertThat(ledgerEntriesOf(movedOn)).isEqualTo(1);

        // Delivered once more (a producer's outbox may send it again): applied already, it changes nothing.
        events.kafka.sendCloudEvent("placement.events", town, movedOn, MOVED_ON, data);
        events.placement(town, events.coupling(town, 2, LocalDate.of(2025, 3, 4)), 2, LocalDate.of(2025, 3, 11), "ROOM");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures(town).body("housed", equalTo(7)));
        assertThat(ledgerEntriesOf(movedOn)).isEqualTo(1);
        assertThat(kept(movedOn)).isFalse();
        assertThat(events.kafka.readAll("supervision.dead-letter", town)).isEmpty();
    }

    private ValidatableResponse figures(String town) {
        return given().queryParam("asOf", "2025-06-01").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/2025-H1", town)
                .then().statusCode(200);
    }

    private void awaitInTemporaryHousing(String town, int persons) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures(town).body("personsInTemporaryHousing", equalTo(persons)));
    }

    private boolean kept(UUID eventId) {
        return deferred.kept(eventId).await().atMost(Duration.ofSeconds(10));
    }

    private long ledgerEntriesOf(UUID eventId) {
        return pool.preparedQuery("SELECT count(*) FROM ledger_entry WHERE event_id = $1")
                .execute(Tuple.of(eventId)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }
}
