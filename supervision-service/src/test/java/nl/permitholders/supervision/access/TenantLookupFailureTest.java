package nl.permitholders.supervision.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * The tenant check fails closed: when the lookup of which province a municipality belongs to fails, a province's
 * request for another province's municipality is refused (503, try again), never answered. The lookup reads through
 * the reads pool (ReadPool), whose database is gone here; the rest of the service keeps its own.
 */
@QuarkusTest
@TestProfile(TenantLookupFailureTest.ReadsDatabaseGone.class)
class TenantLookupFailureTest {

    /**
     * The reads pool points at a port on which nothing listens: every lookup fails with "connection refused". A
     * privileged port, not a free one picked now, which the test's own HTTP server or brokers could take by the time the
     * pool connects (the lookup then waits for an answer that never comes, instead of failing).
     */
    public static class ReadsDatabaseGone implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reads.reactive.url", "postgresql://localhost:" + NOTHING_LISTENS + "/supervision");
        }
    }

    /** tcpmux: no service of this project, nor any test, listens there. */
    private static final int NOTHING_LISTENS = 1;

    /** The default pool, which still reaches the database: the sessions' and the consumer's. */
    @Inject
    Pool database;

    @Test
    void aProvinceAskingForAnotherProvincesMunicipalityIsRefusedWhileTheLookupFails() {
        String elsewhere = TestEvents.newMunicipality();
        database.preparedQuery("INSERT INTO municipality (code, name, province_code) VALUES ($1, $2, $3)")
                .execute(Tuple.of(elsewhere, "Elders", TestEvents.ELSEWHERE)).await().atMost(Duration.ofSeconds(10));

        // Both answer from the sessions' pool, which works: only the tenant check stands between the caller and them.
        for (String answer : List.of("/action-plans", "/audit-trail")) {
            given().header("Authorization", Callers.as(Callers.issuer().province("PV23")))
                    .get("/supervision/v1/municipalities/" + elsewhere + answer)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue()).body("status", equalTo(503));
        }
    }
}
