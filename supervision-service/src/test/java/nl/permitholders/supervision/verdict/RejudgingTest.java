package nl.permitholders.supervision.verdict;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Judging many municipalities again, a few per transaction, leaves every one of them judged. */
@QuarkusTest
class RejudgingTest {

    @Inject
    Rejudging rejudging;

    @Inject
    Pool pool;

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void moreMunicipalitiesThanOneTransactionTakesAreAllJudged() {
        List<String> towns = new ArrayList<>();
        for (int i = 0; i < Rejudging.MUNICIPALITIES_PER_TRANSACTION + 5; i++) {
            String town = TestEvents.newMunicipality();
            events.quota(town, "2025-H1", 10 + i, 1);
            towns.add(town);
        }
        towns.forEach(town -> await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/verdicts", town).then().statusCode(200)
                        .body("[0].history.size()", equalTo(1))));
        String[] codes = towns.toArray(String[]::new);
        pool.preparedQuery("DELETE FROM verdict_record WHERE municipality_code = ANY($1)").execute(Tuple.of((Object) codes))
                .await().atMost(Duration.ofSeconds(10));

        Map<String, VerdictRecorder.Cause> causes = new LinkedHashMap<>();
        towns.forEach(town -> causes.put(town, new VerdictRecorder.Cause(DeadlineWatch.CAUSE, null)));
        rejudging.judge(causes).await().atMost(Duration.ofSeconds(60));

        long judged = pool.preparedQuery("SELECT count(DISTINCT municipality_code) FROM verdict_record WHERE municipality_code = ANY($1) "
                        + "AND period = '2025-H1' AND cause_event_type = $2")
                .execute(Tuple.of(codes, DeadlineWatch.CAUSE)).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
        assertThat(judged).isEqualTo(towns.size());
    }
}
