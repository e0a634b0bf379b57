package nl.permitholders.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.permitholders.infrastructure.LocalPostgres;
import nl.permitholders.infrastructure.MunicipalityEvents;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 7: PostgreSQL (every service's database) is away for twice as long as the consumers retry any other failure
 * at the longest ({@link RetryBudget}), while COA keeps registering couplings and a municipality's events keep arriving
 * on every topic: a consumer that took the outage for such a failure would dead-letter what it was given.
 * Requests during the outage are refused cleanly (503 problem+json, nothing written); the consumers wait for their
 * database, readiness saying so, and send nothing to a dead-letter topic; the services recover without being
 * restarted; every accepted coupling is in the database once with its event, and every event in supervision's figures.
 */
@Order(7)
@FaultStack
class DatabaseRestartUnderLoadIT {

    private static final Duration OUTAGE = RetryBudget.longest().multipliedBy(2);
    private static final List<String> DEAD_LETTER_TOPICS = List.of("placement.dead-letter", "housing-stock.dead-letter", "supervision.dead-letter");

    private final SystemStack stack;
    private final Writes writes;
    private final Supervision supervision;

    DatabaseRestartUnderLoadIT(SystemStack stack) {
        this.stack = stack;
        this.writes = new Writes(stack);
        this.supervision = new Supervision(stack);
    }

    @Test
    void aDatabaseOutageLongerThanTheRetryBudgetUnderLoadRefusesCleanlyDeadLettersNothingRecoversWithoutRestartsAndHalfWritesNothing() throws Exception {
        ScenarioReport.run("7. PostgreSQL down for " + OUTAGE.toSeconds() + " s (twice the retry budget) under load", () -> {
            String municipality = "GM9501";
            writes.municipalityWithQuota(municipality, 5000);
            Map<Service, Long> pids = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                pids.put(service, stack.process(service).pid());
            }

            // Events the consumers are given during the outage: registration and quota, couplings, placements, allocations.
            MunicipalityEvents arriving = new MunicipalityEvents("GM9502", 7, 5_000, 1_000, 10, 10);
            Duration outage;
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger acceptedPersons = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            List<String> unclean = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                for (int i = 0; writing.get(); i++) {
                    int persons = 1 + i % 5;
                    Response response = writes.coupling("PG-" + i, municipality, persons, 0, LocalDate.of(2025, 3, 3));
                    if (response.statusCode() == 201) {
                        accepted.incrementAndGet();
                        acceptedPersons.addAndGet(persons);
                    } else if (response.statusCode() == 503 && response.contentType().startsWith("application/problem+json")
                            && response.path("status").equals(503)) {
                        refused.incrementAndGet();
                    } else {
                        unclean.add(response.statusCode() + " " + response.contentType() + " " + response.asString());
                    }
                }
            });
            try {
                await("writes accepted before the outage").atMost(Duration.ofMinutes(1)).until(() -> accepted.get() >= 20);
                stack.postgres().stop();
                Instant stopped = Instant.now();
                try {
                    stack.topics().sendAll(arriving.inOrder());
                    await("writes refused during the outage").atMost(Duration.ofMinutes(1)).until(() -> refused.get() >= 10 || !unclean.isEmpty());
                    await("supervision's readiness names its consumers waiting for the database").atMost(Duration.ofMinutes(1))
                            .pollInterval(Polling.INTERVAL)
                            .until(() -> stack.process(Service.SUPERVISION).readiness().matches("(?s)503 .*Consumers waiting for the database.*placement\\.events.*"));
                    await("the outage lasts twice the retry budget").atMost(OUTAGE.plusMinutes(1)).pollInterval(Polling.INTERVAL)
                            .until(() -> Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0);
                } finally {
                    stack.postgres().restart();
                }
                outage = Duration.between(stopped, Instant.now());
                int acceptedAtRestart = accepted.get();
                await("writes accepted again, without restarting the service").atMost(Duration.ofMinutes(2))
                        .until(() -> accepted.get() >= acceptedAtRestart + 20);
            } finally {
                writing.set(false);
                writer.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
            assertThat(unclean).as("answers during the outage other than 201 or 503 problem+json").isEmpty();
            for (Service service : Service.values()) {
                assertThat(stack.process(service).pid()).as("%s was not restarted", service).isEqualTo(pids.get(service));
                await(service + " ready again").atMost(Duration.ofMinutes(1)).pollInterval(Polling.INTERVAL)
                        .untilAsserted(() -> assertThat(stack.process(service).readiness()).as("%s's readiness", service).startsWith("200 "));
            }

            int couplings = accepted.get();
            int persons = acceptedPersons.get();
            assertThat(count(stack.postgres(), "SELECT count(*) FROM coupling WHERE municipality_code = ?", municipality))
                    .as("couplings stored: exactly those accepted").isEqualTo(couplings);
            assertThat(count(stack.postgres(), "SELECT count(*) FROM outbox_event WHERE subject = ?", municipality))
                    .as("events in the outbox: one per accepted coupling").isEqualTo(couplings);
            await("supervision counts every accepted coupling").atMost(Duration.ofMinutes(3)).pollInterval(Polling.INTERVAL)
                    .untilAsserted(() -> assertThat(supervision.figures(municipality)).containsEntry("coupledUnhousedPersons", persons));
            await("supervision has every event of the outage").atMost(Duration.ofMinutes(3)).pollInterval(Polling.INTERVAL)
                    .untilAsserted(() -> assertThat(supervision.figures(arriving.code)).as(arriving.code)
                            .containsEntry("housed", arriving.housed).containsEntry("coupledUnhousedPersons", arriving.coupledUnhoused)
                            .containsEntry("allocatedToPermitHolders", arriving.allocated).containsEntry("quota", arriving.quota));
            for (String topic : DEAD_LETTER_TOPICS) {
                List<ConsumerRecord<String, String>> deadLetters = stack.topics().readAll(topic);
                for (String code : List.of(municipality, arriving.code)) {
                    assertThat(deadLetters).filteredOn(letter -> code.equals(letter.key())).as("records of %s on %s", code, topic).isEmpty();
                }
            }
            return new ScenarioReport.Counts(couplings + " couplings accepted (" + persons + " persons), " + refused.get() + " refused with 503 during a "
                    + outage.toSeconds() + " s outage; " + arriving.size() + " events put on the topics during it",
                    "coupled-unhoused " + persons + "; " + couplings + " rows and " + couplings + " outbox events; all " + arriving.size()
                            + " events counted (housed " + arriving.housed + "); nothing dead-lettered; no service restarted");
        });
    }

    private static int count(LocalPostgres postgres, String sql, String municipality) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(Service.PLACEMENT.database), LocalPostgres.USER, "");
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, municipality);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
