package nl.permitholders.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.LocalPostgres;
import nl.permitholders.infrastructure.ServiceProcess;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 8: two instances of placement-service (two outbox relays claiming rows with SKIP LOCKED) and two of
 * supervision-service (one consumer group sharing the partitions) at once. Every coupling is published once and
 * counted once. Then the broker stops while both placement instances take couplings, and starts again: both relays
 * claim from the outbox at once (contending for rows with SKIP LOCKED), and still every coupling is published and
 * counted once. Then the second placement instance is stopped with SIGTERM under load (graceful shutdown): every
 * request it answered is either accepted or refused with 503, a request cut off by the closing port wrote nothing, the
 * relay ends without a failed publication, the process ends by itself, and what it accepted is counted.
 */
@Order(8)
@FaultStack
class TwoInstancesIT {

    private static final int COUPLINGS = 200;

    private final SystemStack stack;
    private final Writes writes;
    private final Supervision supervision;

    TwoInstancesIT(SystemStack stack) {
        this.stack = stack;
        this.writes = new Writes(stack);
        this.supervision = new Supervision(stack);
    }

    @Test
    void twoInstancesOfAProducerAndOfSupervisionStillCountEveryWriteExactlyOnce() throws Exception {
        ScenarioReport.run("8. two instances of placement and of supervision, then SIGTERM under load", () -> {
            String municipality = "GM9601";
            writes.municipalityWithQuota(municipality, 2000);
            List<ServiceProcess> seconds = startTogether(Service.PLACEMENT, Service.SUPERVISION);
            ServiceProcess secondPlacement = seconds.get(0);
            ServiceProcess secondSupervision = seconds.get(1);
            try {
                List<String> placementUrls = List.of(stack.url(Service.PLACEMENT), SystemStack.url(Service.PLACEMENT, secondPlacement));
                int persons = 0;
                for (int i = 0; i < COUPLINGS; i++) {
                    Response coupling = writes.coupling(placementUrls.get(i % 2), "TWO-" + i, municipality, 1 + i % 3, i % 2, LocalDate.of(2025, 2, 10));
                    assertThat(coupling.statusCode()).as("coupling %d: %s", i, coupling.asString()).isEqualTo(201);
                    persons += 1 + i % 3 + i % 2;
                }
                int coupled = persons;
                await("supervision counts every coupling once").atMost(Duration.ofMinutes(2)).pollInterval(Polling.INTERVAL)
                        .untilAsserted(() -> assertThat(supervision.figures(municipality)).containsEntry("coupledUnhousedPersons", coupled));
                List<ConsumerRecord<String, String>> published = stack.topics().readAll("placement.events", municipality);
                assertThat(published).as("each event published once by the two relays").hasSize(COUPLINGS);
                assertThat(published.stream().map(r -> KafkaTopics.header(r, "ce_id")).distinct()).hasSize(COUPLINGS);

                List<ServiceProcess> placements = List.of(stack.process(Service.PLACEMENT), secondPlacement);
                Outage outage = bothClaimAfterABrokerOutage(placements, municipality);
                int claimedTotal = coupled + outage.persons();
                await("supervision counts every coupling of the outage once").atMost(Duration.ofMinutes(3)).pollInterval(Polling.INTERVAL)
                        .untilAsserted(() -> assertThat(supervision.figures(municipality)).containsEntry("coupledUnhousedPersons", claimedTotal));
                List<ConsumerRecord<String, String>> afterOutage = stack.topics().readAll("placement.events", municipality);
                assertThat(afterOutage.stream().map(r -> KafkaTopics.header(r, "ce_id")).distinct())
                        .as("every coupling of the outage published").hasSize(COUPLINGS + outage.couplings());

                GracefulStop stop = stopUnderLoad(secondPlacement, municipality);
                int total = claimedTotal + stop.acceptedPersons();
                await("supervision counts what the stopped instance accepted").atMost(Duration.ofMinutes(2)).pollInterval(Polling.INTERVAL)
                        .untilAsserted(() -> assertThat(supervision.figures(municipality)).containsEntry("coupledUnhousedPersons", total));
                return new ScenarioReport.Counts(COUPLINGS + " couplings through 2 instances (" + coupled + " persons); "
                        + outage.couplings() + " more (" + outage.persons() + " persons) through both while the broker was away and after, "
                        + outage.claimedByFirst() + " + " + outage.claimedBySecond() + " events claimed by the two relays; "
                        + stop.accepted() + " more (" + stop.acceptedPersons() + " persons) while one stopped in " + stop.took().toMillis() + " ms ("
                                + stop.brokenOff() + " cut off at the closing port, none written)",
                        "published " + COUPLINGS + " once each, then " + outage.couplings() + " more (" + (afterOutage.size() - COUPLINGS)
                                + " records); coupled-unhoused " + total);
            } finally {
                secondPlacement.stop();
                secondSupervision.stop();
            }
        });
    }

    /** A second instance of each of {@code services}, started at the same time, every one ready; none left running should one fail. */
    private List<ServiceProcess> startTogether(Service... services) {
        ExecutorService starters = Executors.newFixedThreadPool(services.length);
        try {
            List<CompletableFuture<ServiceProcess>> starting = Stream.of(services)
                    .map(service -> CompletableFuture.supplyAsync(() -> stack.startAnotherInstance(service,
                            stack.process(Service.PLACEMENT).logFile().resolveSibling(service.module + "-2.log")), starters))
                    .toList();
            try {
                CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
            } catch (CompletionException failed) {
                starting.stream().filter(instance -> !instance.isCompletedExceptionally()).forEach(instance -> instance.join().stop());
                throw failed;
            }
            return starting.stream().map(CompletableFuture::join).toList();
        } finally {
            starters.shutdown();
        }
    }

    /**
     * Stops the broker while couplings keep coming in through both instances in turn, until each relay's publication
     * has failed and it claims from the table (outbox_publishing_from_memory 0); then starts the broker again, the
     * writes going on, until each relay has claimed rows and published them. The rows of the outage older than the
     * grace are open to both relays at once (FOR UPDATE SKIP LOCKED); the youngest rows of an instance only to itself,
     * so neither can drain the outbox without the other claiming too. Returns the couplings and persons written.
     */
    private Outage bothClaimAfterABrokerOutage(List<ServiceProcess> instances, String municipality) throws Exception {
        double[] claimedBefore = instances.stream()
                .mapToDouble(instance -> Supervision.metric(instance, "outbox_events_published_total", "way=\"claimed\"")).toArray();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger acceptedPersons = new AtomicInteger();
        List<String> refused = new CopyOnWriteArrayList<>();
        stack.kafka().stop();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; writing.get(); i++) {
                int persons = 1 + i % 2;
                String url = SystemStack.url(Service.PLACEMENT, instances.get(i % 2));
                Response coupling = writes.coupling(url, "CLAIM-" + i, municipality, persons, 0, LocalDate.of(2025, 2, 12));
                if (coupling.statusCode() == 201) {
                    accepted.incrementAndGet();
                    acceptedPersons.addAndGet(persons);
                } else {
                    refused.add(coupling.statusCode() + " " + coupling.asString());
                }
            }
        });
        try {
            try {
                await("both relays claim from the table while the broker is away").atMost(Duration.ofMinutes(2)).pollInterval(Polling.INTERVAL)
                        .until(() -> instances.stream().allMatch(instance -> Supervision.metric(instance, "outbox_publishing_from_memory") == 0)
                                || !refused.isEmpty());
            } finally {
                stack.kafka().restart();
            }
            await("both relays claimed from the outbox and published").atMost(Duration.ofMinutes(3)).pollInterval(Polling.INTERVAL)
                    .untilAsserted(() -> {
                        assertThat(refused).as("couplings refused while the broker was away").isEmpty();
                        for (int i = 0; i < instances.size(); i++) {
                            assertThat(Supervision.metric(instances.get(i), "outbox_events_published_total", "way=\"claimed\""))
                                    .as("events instance %d claimed from the outbox and published", i + 1).isGreaterThan(claimedBefore[i]);
                        }
                    });
        } finally {
            writing.set(false);
            writer.get(1, TimeUnit.MINUTES);
        }
        assertThat(refused).as("couplings refused while the broker was away").isEmpty();
        double[] claimed = new double[instances.size()];
        for (int i = 0; i < instances.size(); i++) {
            claimed[i] = Supervision.metric(instances.get(i), "outbox_events_published_total", "way=\"claimed\"") - claimedBefore[i];
        }
        return new Outage(accepted.get(), acceptedPersons.get(), (long) claimed[0], (long) claimed[1]);
    }

    record Outage(int couplings, int persons, long claimedByFirst, long claimedBySecond) {
    }

    record GracefulStop(int accepted, int acceptedPersons, int brokenOff, Duration took) {
    }

    /** Writes through {@code instance} while it is sent SIGTERM, until it no longer answers. */
    private GracefulStop stopUnderLoad(ServiceProcess instance, String municipality) throws Exception {
        String url = SystemStack.url(Service.PLACEMENT, instance);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger acceptedPersons = new AtomicInteger();
        List<String> unclean = new CopyOnWriteArrayList<>();
        List<String> brokenOff = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; writing.get(); i++) {
                String reference = "STOP-" + i;
                try {
                    Response response = writes.coupling(url, reference, municipality, 2, 0, LocalDate.of(2025, 2, 11));
                    if (response.statusCode() == 201) {
                        accepted.incrementAndGet();
                        acceptedPersons.addAndGet(2);
                    } else if (response.statusCode() != 503) {
                        unclean.add(response.statusCode() + " " + response.asString());
                    }
                } catch (Exception gone) {
                    // Refused (the port is closed) or reset: a connection the closing server accepted but never read.
                    // Either way the request must have changed nothing; checked below.
                    if (!(rootCause(gone) instanceof ConnectException)) {
                        brokenOff.add(reference);
                    }
                    return;
                }
            }
        });
        await("writes accepted before the stop").atMost(Duration.ofMinutes(1)).until(() -> accepted.get() >= 10);
        long start = System.nanoTime();
        boolean endedByItself = instance.stopGracefully(Duration.ofSeconds(40));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        writing.set(false);
        writer.get(1, TimeUnit.MINUTES);
        assertThat(endedByItself).as("ended by itself after SIGTERM").isTrue();
        assertThat(unclean).as("answers while stopping other than 201 or 503").isEmpty();
        for (String reference : brokenOff) {
            assertThat(couplingsWithReference(reference)).as("a request broken off by the stop (%s) wrote nothing", reference).isZero();
        }
        assertThat(couplingsWithReferenceLike("STOP-%")).as("stored: exactly the accepted couplings").isEqualTo(accepted.get());
        String log = Files.readString(instance.logFile());
        assertThat(log).as("the stopping instance's log").doesNotContain("ERROR").doesNotContain("Outbox publication failed");
        return new GracefulStop(accepted.get(), acceptedPersons.get(), brokenOff.size(), took);
    }

    private int couplingsWithReference(String reference) throws Exception {
        return couplingsWithReferenceLike(reference);
    }

    private int couplingsWithReferenceLike(String pattern) throws Exception {
        LocalPostgres postgres = stack.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(Service.PLACEMENT.database), LocalPostgres.USER, "");
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM coupling WHERE coa_reference LIKE ?")) {
            query.setString(1, pattern);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
