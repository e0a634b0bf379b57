package nl.permitholders.supervision.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.permitholders.supervision.Callers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many more concurrent requests than connections, each holding a Hibernate session (the national totals read the
 * provinces through Panache first) while it reads every ledger with plain SQL: all are answered, promptly. Were the
 * plain reads taken from the sessions' own pool, the sessions would hold every connection and wait for each other
 * until the pool's 30-second timeout.
 */
@QuarkusTest
@TestProfile(ReadPoolTest.TwoConnectionsEach.class)
class ReadPoolTest {

    private static final int CONCURRENT = 12;

    public static class TwoConnectionsEach implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", "2", "quarkus.datasource.reads.reactive.max-size", "2");
        }
    }

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    @Test
    void requestsHoldingASessionWhileTheyReadLedgersDoNotStarveEachOther() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CONCURRENT);
        long started = System.nanoTime();
        List<CompletableFuture<Integer>> answers;
        try {
            answers = IntStream.range(0, CONCURRENT).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> given().get("/supervision/v1/national/periods/2025-H1").statusCode(), callers)).toList();
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(45, TimeUnit.SECONDS);
        } finally {
            callers.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answers.stream().map(CompletableFuture::join)).as("answers").containsOnly(200);
        assertThat(took).as("time for %d concurrent requests on 2 connections", CONCURRENT).isLessThan(Duration.ofSeconds(20));
    }
}
