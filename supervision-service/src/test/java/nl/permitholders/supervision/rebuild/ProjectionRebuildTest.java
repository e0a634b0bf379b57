package nl.permitholders.supervision.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.live.FigureChanges;
import nl.permitholders.supervision.projection.ProjectionStore;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.supervision.rebuild.GeneratedHistory.Event;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import nl.permitholders.supervision.verdict.Rejudging;
import nl.permitholders.supervision.verdict.VerdictRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A generated history of more than 100,000 events on the real broker, consumed live; then the projection is damaged
 * on purpose, rebuilt from the topics, and every municipality's figures must be exactly what they were live.
 */
@QuarkusTest
class ProjectionRebuildTest {

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    /** Rebuilding the projection is an operator's task. */
    private static io.restassured.specification.RequestSpecification asTheOperator() {
        return given().header("Authorization", Callers.as(Callers.issuer().token("operator-on-duty", "operator", Map.of())));
    }

    private static final Logger LOG = Logger.getLogger(ProjectionRebuildTest.class);
    private static final int MUNICIPALITIES = 200;
    private static final int COUPLINGS_EACH = 210;
    private static final String AS_OF = "2025-10-01";
    private static final String PLANTED = "planted-by-test";

    @Inject
    DataSource database;

    @Inject
    FigureChanges figureChanges;

    private long count(String sql) throws Exception {
        try (Connection c = database.getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<String> municipalities() throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection c = database.getConnection(); ResultSet r = c.createStatement().executeQuery(
                "SELECT code FROM municipality UNION SELECT municipality_code FROM ledger_entry ORDER BY 1")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }

    /**
     * Every municipality's figures in the half-year of AS_OF and its whole timeline, exactly as the API gives them; a
     * municipality whose own half-years ended before it (merged or split, R3) answers 410 naming what it became. The
     * reads are independent, so four go at a time: one by one, some 1,400 of them left a core idle.
     */
    private Map<String, String> everyMunicipalitysFigures(List<String> codes) throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, String>>> read = new ArrayList<>();
            for (String code : codes) {
                read.add(readers.submit(() -> figuresOf(code)));
            }
            Map<String, String> figures = new LinkedHashMap<>();
            for (Future<Map<String, String>> each : read) {
                figures.putAll(each.get());
            }
            return figures;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error failed) {
                throw failed; // an assertion of the read, as it would fail one at a time
            }
            throw e;
        } finally {
            readers.shutdownNow();
        }
    }

    private static Map<String, String> figuresOf(String code) {
        Map<String, String> figures = new LinkedHashMap<>();
        String lastOwn = given().get("/supervision/v1/municipalities/{code}/lifespan", code).then().statusCode(200)
                .extract().path("lastPeriod");
        boolean ended = lastOwn != null && Period.parse(lastOwn).isBefore(Period.parse("2025-H2"));
        figures.put(code + " 2025-H2", given().queryParam("asOf", AS_OF).queryParam("view", "KNOWN_TODAY")
                .get("/supervision/v1/municipalities/{code}/periods/2025-H2", code).then().statusCode(ended ? 410 : 200)
                .extract().asString());
        figures.put(code + " timeline", given().get("/supervision/v1/municipalities/{code}/timeline", code)
                .then().statusCode(200).extract().asString());
        return figures;
    }

    private static String provinceCode(int i) {
        return "PV" + (80 + i);
    }

    @Test
    void aProjectionRebuiltFromTheTopicsIsIdenticalToTheLiveOne() throws Exception {
        List<String> provinces = List.of(provinceCode(0), provinceCode(1), provinceCode(2), provinceCode(3));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < MUNICIPALITIES; i++) {
            codes.add(String.format("GM%04d", 9500 + i));
        }
        List<Event> history = new ArrayList<>(GeneratedHistory.generate(20250327L, provinces, codes, COUPLINGS_EACH));
        history.addAll(GeneratedHistory.merger("GM9499", provinces.get(0), codes.get(0), codes.get(1)));
        assertThat(history.size()).isGreaterThanOrEqualTo(100_000);
        Set<String> checked = new HashSet<>();
        for (Event e : history) {
            if (checked.add(e.type())) {
                EventSchemas.assertConforms(e.type(), e.data());
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(15);

        // What the rebuild's bulk pass must resolve as the inbox does: events delivered twice (the same id, counted once)
        // and a municipality registered again under a new name (the last statement stands).
        List<Event> deliveredTwice = List.copyOf(history.subList(history.size() - 500, history.size()));
        history.subList(history.size() - 500, history.size()).clear();
        String renamed = codes.get(3);
        List<Event> renamedLater = List.of(new Event("quota.events", renamed, "nl.permitholders.quota.municipality-registered.v1",
                "{\"municipalityCode\":\"%s\",\"name\":\"Gemeente %s na herindeling\",\"provinceCode\":\"%s\"}"
                        .formatted(renamed, renamed, provinces.get(3)), java.time.OffsetDateTime.now()));

        long processedBefore = count("SELECT count(*) FROM processed_event");
        long started = System.nanoTime();
        List<String> historyIds = produce(history, 1);
        produce(deliveredTwice, 2);
        produce(renamedLater, 1);
        // A province, a municipality and all its facts delivered again a hundred thousand records later: in another
        // batch of the rebuild than the first delivery.
        produce(history.subList(0, 600), historyIds.subList(0, 600));
        long produced = System.nanoTime();
        int distinctEvents = history.size() + deliveredTwice.size() + renamedLater.size();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count("SELECT count(*) FROM processed_event") >= processedBefore + distinctEvents);
        long consumed = System.nanoTime();

        List<String> all = municipalities();
        assertThat(all).containsAll(codes).contains("GM9499");
        // The planner's statistics as autovacuum keeps them on a running system: read at once after 100,000 events, the
        // tables would still be planned as nearly empty, and the reads below took ten times as long (52 s against 5 s).
        try (Connection c = database.getConnection(); Statement analyze = c.createStatement()) {
            analyze.execute("ANALYZE");
        }
        Map<String, String> live = everyMunicipalitysFigures(all);
        String province = given().queryParam("asOf", AS_OF).queryParam("view", "KNOWN_TODAY").queryParam("sort", "BACKLOG")
                .get("/supervision/v1/provinces/{code}/periods/2025-H2", provinces.get(1)).then().statusCode(200).extract().asString();
        String national = given().queryParam("asOf", AS_OF).queryParam("view", "KNOWN_TODAY").get("/supervision/v1/national/periods/2025-H2").then().statusCode(200)
                .extract().asString();
        assertThat(JsonPath.from(live.get(codes.get(7) + " 2025-H2")).getInt("overdueCouplings")).isPositive();
        assertThat(live.get(renamed + " 2025-H2")).contains("na herindeling");

        // Damage the live projection, as a bug would: the rebuild must restore it from the topics alone.
        damage(codes.get(5), "kind IN ('HOUSED', 'COUPLED')");
        assertThat(given().queryParam("asOf", AS_OF).queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/2025-H2", codes.get(5))
                .then().extract().asString()).isNotEqualTo(live.get(codes.get(5) + " 2025-H2"));

        // The rebuild judges again only where it changes a ledger: the damaged municipality gets a verdict step of its
        // own, one whose ledger it leaves as it was keeps its latest verdict (here a wrong one, planted for the test; the
        // daily judgement is not the rebuild's work).
        String damaged = codes.get(5);
        String untouched = codes.get(6);
        plantWrongVerdict(damaged, "2024-H2");
        plantWrongVerdict(untouched, "2024-H2");
        // A capacity plan changed (its ledger row not): that municipality is judged again too.
        String replanned = damageACapacityPlanOutside(List.of(damaged, untouched));
        plantWrongVerdict(replanned, "2024-H2");

        long versionBefore = count("SELECT max(version) FROM ledger_version");
        Set<String> heardChanged = ConcurrentHashMap.newKeySet();
        Runnable stopListening = figureChanges.listen(heardChanged::addAll);
        String location = asTheOperator().post("/supervision/v1/projection-rebuilds").then().statusCode(202)
                .body("state", equalTo("RUNNING")).extract().header("Location");
        asTheOperator().post("/supervision/v1/projection-rebuilds").then().statusCode(409).contentType("application/problem+json");
        long rebuildStarted = System.nanoTime();
        JsonPath done = await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> asTheOperator().get(location).then().statusCode(200).extract().jsonPath(), s -> !s.getString("state").equals("RUNNING"));
        long rebuilt = System.nanoTime();
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMPLETED");
        assertThat(done.getLong("eventsRead")).isGreaterThanOrEqualTo(history.size()).isEqualTo(done.getLong("eventsTotal"));
        assertThat(done.getLong("eventsApplied") + done.getLong("eventsSkipped")).isLessThanOrEqualTo(done.getLong("eventsRead"));
        assertThat(done.getDouble("progress")).isEqualTo(1.0);
        asTheOperator().get("/supervision/v1/projection-rebuilds").then().statusCode(200).body("items[0].id", equalTo(done.getString("id")));

        assertThat(latestVerdictCause(damaged, "2024-H2")).isEqualTo(ProjectionRebuildService.CAUSE);
        assertThat(latestVerdictCause(untouched, "2024-H2")).isEqualTo(PLANTED);
        assertThat(latestVerdictCause(replanned, "2024-H2")).isEqualTo(ProjectionRebuildService.CAUSE);

        // The swap raises every ledger version, so figures cached from the damaged projection are computed again, and
        // the live streams hear that every municipality's figures may have changed.
        assertThat(count("SELECT max(version) FROM ledger_version")).isGreaterThan(versionBefore);
        stopListening.run();
        assertThat(heardChanged).containsAll(all);
        // The rebuilt tables went live vacuumed, with autovacuum as it was: nothing left for autovacuum to hold them for.
        assertThat(count("SELECT count(*) FROM pg_stat_user_tables WHERE schemaname = 'public' "
                + "AND relname IN ('ledger_entry', 'processed_event') AND last_vacuum IS NOT NULL")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM pg_class WHERE relname IN ('ledger_entry', 'processed_event') "
                + "AND relnamespace = 'public'::regnamespace AND reloptions IS NOT NULL")).isZero();
        Map<String, String> afterRebuild = everyMunicipalitysFigures(all);
        long compared = System.nanoTime();
        assertThat(afterRebuild).containsExactlyEntriesOf(live);
        given().queryParam("asOf", AS_OF).queryParam("view", "KNOWN_TODAY").queryParam("sort", "BACKLOG").get("/supervision/v1/provinces/{code}/periods/2025-H2", provinces.get(1))
                .then().body(equalTo(province));
        given().queryParam("asOf", AS_OF).queryParam("view", "KNOWN_TODAY").get("/supervision/v1/national/periods/2025-H2").then().body(equalTo(national));
        assertThat(count("SELECT count(*) FROM processed_event")).isGreaterThanOrEqualTo(processedBefore + history.size());

        // The live consumers carry on after the rebuild.
        String late = codes.get(9);
        String lateQuota = "{\"municipalityCode\":\"%s\",\"period\":\"2026-H2\",\"persons\":33,\"version\":1,\"basis\":\"IMPORTED\"}"
                .formatted(late);
        produce(List.of(new Event("quota.events", late, "nl.permitholders.quota.quota-set.v1", lateQuota, java.time.OffsetDateTime.now())), 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/2026-H2", late)
                .then().body("quota", equalTo(33)));
        given().get("/q/metrics").then().body(containsString("supervision_projection_events_total"));

        eventsPublishedWhileARebuildRunsAreCountedOnce(live.get(codes.get(5) + " 2025-H2"), codes.get(5));

        LOG.infof("Rebuild test: %d events (%d municipalities); produced in %d ms, consumed live in %d ms, rebuilt in %d ms, "
                        + "%d figures compared in %d ms", history.size(), all.size(), ms(started, produced), ms(produced, consumed),
                ms(rebuildStarted, rebuilt), live.size(), ms(rebuilt, compared));
        System.out.printf("REBUILD-TEST events=%d municipalities=%d produce_ms=%d live_ms=%d rebuild_ms=%d compare_ms=%d%n", history.size(),
                all.size(), ms(started, produced), ms(produced, consumed), ms(rebuildStarted, rebuilt), ms(rebuilt, compared));
    }

    /**
     * A reader that holds a live table when the rebuild comes to exchange them: the exchange gives way (each attempt
     * waits briefly for the tables, then ends its transaction and tries again) until the reader is done, and completes.
     */
    @Test
    void theExchangeWaitsForAReaderThatHoldsALiveTable() throws Exception {
        String code = "GM9791";
        quotaOf2026H1Applied(code, 21);
        String location;
        try (Connection reader = database.getConnection()) {
            reader.setAutoCommit(false);
            reader.createStatement().execute("LOCK TABLE merger IN ACCESS SHARE MODE");
            location = asTheOperator().post("/supervision/v1/projection-rebuilds").then().statusCode(202).extract().header("Location");
            // Two attempts seen waiting for the table, each in a transaction of its own, while the reader holds it.
            Set<String> attempts = new HashSet<>();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
                try (Connection c = database.getConnection(); ResultSet r = c.createStatement().executeQuery(
                        "SELECT virtualtransaction FROM pg_locks WHERE relation = 'public.merger'::regclass "
                                + "AND mode = 'AccessExclusiveLock' AND NOT granted")) {
                    while (r.next()) {
                        attempts.add(r.getString(1));
                    }
                }
                JsonPath status = asTheOperator().get(location).then().extract().jsonPath();
                assertThat(status.getString("state")).as("the rebuild waits for the reader: %s", status.prettify()).isEqualTo("RUNNING");
                return attempts.size() >= 2;
            });
            reader.commit();
        }
        JsonPath done = ended(location);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMPLETED");
        given().get("/supervision/v1/municipalities/{code}/periods/2026-H1", code).then().statusCode(200).body("quota", equalTo(21));
    }

    /**
     * The cancellation reason is carried through a rebuild: a coupling re-coupled away after its 12 weeks stays the
     * municipality's shortfall (R7) in the rebuilt projection as it was live, so the figures come out identical.
     */
    @Test
    void aRebuildKeepsEachCancellationsReasonAndTheFiguresItDecides() throws Exception {
        String code = "GM9793";
        UUID lapsed = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        String coupling = "{\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"adults\":%d,\"minors\":0,\"persons\":%d,"
                + "\"householdType\":\"FAMILY\",\"permitDate\":\"2024-11-18\",\"couplingDate\":\"2024-12-02\"}";
        String cancellation = "{\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"unhousedPersons\":%d,"
                + "\"cancelledOn\":\"2025-03-10\",\"reason\":\"%s\"}";
        List<Event> events = List.of(
                new Event("quota.events", code, "nl.permitholders.quota.quota-set.v1",
                        "{\"municipalityCode\":\"%s\",\"period\":\"2025-H1\",\"persons\":20,\"version\":1,\"basis\":\"IMPORTED\"}"
                                .formatted(code), now),
                new Event("placement.events", code, "nl.permitholders.placement.coupling-registered.v1",
                        coupling.formatted(lapsed, code, 10, 10), now),
                new Event("placement.events", code, "nl.permitholders.placement.coupling-registered.v1",
                        coupling.formatted(withdrawn, code, 6, 6), now),
                new Event("placement.events", code, "nl.permitholders.placement.coupling-cancelled.v1",
                        cancellation.formatted(lapsed, code, 10, "RECOUPLED"), now),
                new Event("placement.events", code, "nl.permitholders.placement.coupling-cancelled.v1",
                        cancellation.formatted(withdrawn, code, 6, "WITHDRAWN"), now));
        events.forEach(e -> EventSchemas.assertConforms(e.type(), e.data()));
        produce(events, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/2025-H1", code)
                .then().statusCode(200).body("verdict.coupledUnhousedAtReferenceDate", equalTo(10))
                .body("verdict.recoupledAfterTheClockAtReferenceDate", equalTo(10)).body("verdict.couplingDeficit", equalTo(10))
                .body("verdict.verdict", equalTo("NOT_MET")));
        assertThat(given().get("/supervision/v1/municipalities/{code}/periods/2025-H1/ledger", code).then().extract().asString())
                .contains("\"cancellationReason\":\"RECOUPLED\"", "\"cancellationReason\":\"WITHDRAWN\"");

        aRebuildLeavesTheFiguresAndLedgerAsTheyAre(code, "2025-H1");
    }

    /**
     * A quota's status and publication date are carried through a rebuild: the provisional quota stays provisional in the
     * figures and on its ledger line, and a quota-set published before events carried a status stays final.
     */
    @Test
    void aRebuildKeepsEachQuotasStatusAndPublicationDate() throws Exception {
        String code = "GM9794";
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        List<Event> events = List.of(
                new Event("quota.events", code, "nl.permitholders.quota.quota-set.v1",
                        "{\"municipalityCode\":\"%s\",\"period\":\"2024-H2\",\"persons\":70,\"version\":1,\"basis\":\"IMPORTED\"}"
                                .formatted(code), now),
                new Event("quota.events", code, "nl.permitholders.quota.quota-set.v1",
                        ("{\"municipalityCode\":\"%s\",\"period\":\"2025-H2\",\"persons\":75,\"version\":1,\"basis\":\"IMPORTED\","
                                + "\"status\":\"PROVISIONAL\",\"publishedOn\":\"2025-02-14\"}").formatted(code), now));
        events.forEach(e -> EventSchemas.assertConforms(e.type(), e.data()));
        produce(events, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/2025-H2", code)
                .then().statusCode(200).body("quota", equalTo(75)).body("quotaStatus", equalTo("PROVISIONAL")));
        given().get("/supervision/v1/municipalities/{code}/periods/2024-H2", code).then().statusCode(200).body("quotaStatus", equalTo("FINAL"));
        assertThat(given().get("/supervision/v1/municipalities/{code}/periods/2025-H2/ledger", code).then().extract().asString())
                .contains("\"quotaStatus\":\"PROVISIONAL\"", "\"publishedOn\":\"2025-02-14\"");

        aRebuildLeavesTheFiguresAndLedgerAsTheyAre(code, "2025-H2");
        given().get("/supervision/v1/municipalities/{code}/periods/2024-H2", code).then().statusCode(200).body("quotaStatus", equalTo("FINAL"));
    }

    /**
     * The populations are rebuilt from the topics too: the highest version stands, whichever arrived last. On a reference
     * date no other class uses: R1 takes every municipality's figure of one date, so a single figure on a date another
     * class distributes on (ScenarioResourceTest: 2060 to 2062) would leave that class's municipalities without one.
     */
    @Test
    void aRebuildKeepsThePopulationsAtTheirHighestVersion() throws Exception {
        String code = "GM9798";
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        String population = "{\"municipalityCode\":\"%s\",\"referenceDate\":\"2081-01-01\",\"persons\":%d,\"version\":%d}";
        List<Event> events = List.of(
                new Event("quota.events", code, "nl.permitholders.quota.population-set.v1", population.formatted(code, 60_000, 2), now),
                new Event("quota.events", code, "nl.permitholders.quota.population-set.v1", population.formatted(code, 55_000, 1), now));
        events.forEach(e -> EventSchemas.assertConforms(e.type(), e.data()));
        produce(events, 1);
        // As supervision publishes the populations it holds: its open data.
        String populations = "/supervision/v1/open-data/populations/2081-01-01/populations.json";
        String persons = "rows.find { it.municipalityCode == '" + code + "' }.persons";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(populations).then().statusCode(200).body(persons, equalTo(60_000)));

        JsonPath done = ended(asTheOperator().post("/supervision/v1/projection-rebuilds").then().statusCode(202).extract().header("Location"));
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMPLETED");

        given().get(populations).then().statusCode(200).body("referenceDate", equalTo("2081-01-01")).body(persons, equalTo(60_000));
    }

    /** Rebuilds the projection from the topics; the municipality's figures and ledger of the half-year come out identical. */
    private static void aRebuildLeavesTheFiguresAndLedgerAsTheyAre(String code, String period) {
        String figures = given().get("/supervision/v1/municipalities/{code}/periods/{period}", code, period).then().extract().asString();
        String ledger = given().get("/supervision/v1/municipalities/{code}/periods/{period}/ledger", code, period).then().extract().asString();

        JsonPath done = ended(asTheOperator().post("/supervision/v1/projection-rebuilds").then().statusCode(202).extract().header("Location"));
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMPLETED");

        given().get("/supervision/v1/municipalities/{code}/periods/{period}", code, period).then().body(equalTo(figures));
        given().get("/supervision/v1/municipalities/{code}/periods/{period}/ledger", code, period).then().body(equalTo(ledger));
    }

    /**
     * Moves on to follow-up housing are carried through a rebuild: persons who moved on no longer count as still
     * needing follow-up housing in the rebuilt projection, as they did not live.
     */
    @Test
    void aRebuildKeepsTheMovesOnToFollowUpHousingAndTheCountTheyLower() throws Exception {
        String code = "GM9795";
        UUID coupling = UUID.randomUUID();
        UUID movedOn = UUID.randomUUID();
        UUID stays = UUID.randomUUID();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        String placement = "{\"placementId\":\"%s\",\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"persons\":%d,"
                + "\"housedOn\":\"2025-02-10\",\"unitType\":\"INTERMEDIATE\",\"temporary\":true}";
        List<Event> events = List.of(
                new Event("placement.events", code, "nl.permitholders.placement.coupling-registered.v1",
                        ("{\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"adults\":5,\"minors\":0,\"persons\":5,"
                                + "\"householdType\":\"FAMILY\",\"permitDate\":\"2025-01-06\",\"couplingDate\":\"2025-01-20\"}")
                                .formatted(coupling, code), now),
                new Event("placement.events", code, "nl.permitholders.placement.placement-recorded.v1",
                        placement.formatted(movedOn, coupling, code, 3), now),
                new Event("placement.events", code, "nl.permitholders.placement.placement-recorded.v1",
                        placement.formatted(stays, coupling, code, 2), now),
                new Event("placement.events", code, "nl.permitholders.placement.moved-to-follow-up-housing.v1",
                        ("{\"placementId\":\"%s\",\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"persons\":3,"
                                + "\"housedOn\":\"2025-02-10\",\"movedOn\":\"2025-05-01\"}").formatted(movedOn, coupling, code), now));
        events.forEach(e -> EventSchemas.assertConforms(e.type(), e.data()));
        produce(events, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("asOf", "2025-06-01").queryParam("view", "KNOWN_TODAY")
                .get("/supervision/v1/municipalities/{code}/periods/2025-H1", code).then().statusCode(200)
                .body("housed", equalTo(5)).body("personsInTemporaryHousing", equalTo(2)));
        String before = given().queryParam("asOf", "2025-04-30").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/2025-H1", code)
                .then().body("personsInTemporaryHousing", equalTo(5)).extract().asString();
        String after = given().queryParam("asOf", "2025-06-01").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/2025-H1", code)
                .then().extract().asString();

        JsonPath done = ended(asTheOperator().post("/supervision/v1/projection-rebuilds").then().statusCode(202).extract().header("Location"));
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMPLETED");

        given().queryParam("asOf", "2025-04-30").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/2025-H1", code).then().body(equalTo(before));
        given().queryParam("asOf", "2025-06-01").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/2025-H1", code).then().body(equalTo(after));
    }

    /**
     * COA's position adopted at a deadline is province staff's decision, not an event: a rebuild keeps it, and the
     * figures and the ledger that count from it come out identical.
     */
    @Test
    void aRebuildKeepsCoasPositionAdoptedAndTheFiguresThatCountFromIt() throws Exception {
        String province = "PV84";
        String code = "GM9796";
        TestEvents events = new TestEvents();
        events.province(province, "Provincie " + province);
        events.municipality(code, "Gemeente " + code, province);
        events.quota(code, "2024-H2", 20, 1);
        events.quota(code, "2025-H1", 10, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/2025-H1", code)
                .then().statusCode(200).body("carriedBacklog", equalTo(20)));
        String staff = Callers.as(Callers.issuer().province(province));
        given().header("Authorization", staff).contentType("text/csv")
                .body("Gemeentecode;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n" + code + ";31-12-2024;20;20;8;-12\n")
                .post("/supervision/v1/coa-position-imports").then().statusCode(201);
        given().header("Authorization", staff).contentType("application/json")
                .body(Map.of("deadline", "2025-01-01", "reason", "stand TVS overgenomen"))
                .post("/supervision/v1/municipalities/{code}/coa-position-adoptions", code).then().statusCode(201);
        String figures = given().get("/supervision/v1/municipalities/{code}/periods/2025-H1", code).then().statusCode(200)
                .body("carriedBacklog", equalTo(12)).extract().asString();
        String ledger = given().get("/supervision/v1/municipalities/{code}/periods/2025-H1/ledger", code).then().extract().asString();
        assertThat(ledger).contains("\"kind\":\"ANCHORED\"", "stand TVS overgenomen");

        JsonPath done = ended(asTheOperator().post("/supervision/v1/projection-rebuilds").then().statusCode(202).extract().header("Location"));
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMPLETED");

        given().get("/supervision/v1/municipalities/{code}/periods/2025-H1", code).then().body(equalTo(figures));
        given().get("/supervision/v1/municipalities/{code}/periods/2025-H1/ledger", code).then().body(equalTo(ledger));
    }

    /**
     * A registered exchange agreement is the municipalities' and the province's decision, not an event: a rebuild keeps
     * it, and the figures and the ledger lines it makes (EXCHANGE, BACKLOG_TRANSFERRED) come out identical.
     */
    @Test
    void aRebuildKeepsARegisteredExchangeAgreementAndTheFiguresItChanges() throws Exception {
        String province = TestEvents.newProvince();
        String giver = "GM9797";
        String taker = "GM9789";
        TestEvents events = new TestEvents();
        events.province(province, "Provincie " + province);
        events.municipality(giver, "Gemeente " + giver, province);
        events.municipality(taker, "Gemeente " + taker, province);
        events.openingBalance(giver, "2026-H1", 30);
        events.quota(giver, "2026-H1", 20, 1);
        events.quota(taker, "2026-H1", 40, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/supervision/v1/municipalities/{code}/periods/2026-H1", giver).then().statusCode(200)
                    .body("adjustedQuota", equalTo(50));
            given().get("/supervision/v1/municipalities/{code}/periods/2026-H1", taker).then().statusCode(200)
                    .body("quota", equalTo(40));
        });
        String id = given().header("Authorization", Callers.as(Callers.issuer().municipality(giver))).contentType("application/json")
                .body(Map.of("period", "2026-H1", "reason", "afspraak", "changes", List.of(
                        Map.of("municipalityCode", giver, "delta", -35, "backlogTransfer", -10),
                        Map.of("municipalityCode", taker, "delta", 35, "backlogTransfer", 10))))
                .post("/supervision/v1/exchanges").then().statusCode(201).extract().path("id");
        given().header("Authorization", Callers.as(Callers.issuer().municipality(taker)))
                .post("/supervision/v1/exchanges/{id}/confirm", id).then().statusCode(200);
        given().header("Authorization", Callers.as(Callers.issuer().province(province))).contentType("application/json")
                .body(Map.of("confirmClosedHalfYear", true)).post("/supervision/v1/exchanges/{id}/register", id).then().statusCode(200);
        Map<String, String> before = new LinkedHashMap<>();
        for (String code : List.of(giver, taker)) {
            before.put(code, given().get("/supervision/v1/municipalities/{code}/periods/2026-H1", code).then().statusCode(200).extract().asString());
            before.put(code + " ledger", given().get("/supervision/v1/municipalities/{code}/periods/2026-H1/ledger", code).then()
                    .extract().asString());
        }
        assertThat(before.get(giver)).contains("\"carriedBacklog\":20", "\"exchanges\":-35");
        assertThat(before.get(taker + " ledger")).contains("\"kind\":\"BACKLOG_TRANSFERRED\"", "\"kind\":\"EXCHANGE\"", id);

        JsonPath done = ended(asTheOperator().post("/supervision/v1/projection-rebuilds").then().statusCode(202).extract().header("Location"));
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMPLETED");

        for (String code : List.of(giver, taker)) {
            given().get("/supervision/v1/municipalities/{code}/periods/2026-H1", code).then().body(equalTo(before.get(code)));
            given().get("/supervision/v1/municipalities/{code}/periods/2026-H1/ledger", code).then().body(equalTo(before.get(code + " ledger")));
        }
    }

    /** The rebuild's status once it no longer runs. */
    private static JsonPath ended(String location) {
        return await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> asTheOperator().get(location).then().statusCode(200).extract().jsonPath(), s -> !s.getString("state").equals("RUNNING"));
    }

    /** A quota of {@code persons} for 2026-H1 published, and awaited in the municipality's figures. */
    private static void quotaOf2026H1Applied(String code, int persons) throws Exception {
        String quota = "{\"municipalityCode\":\"%s\",\"period\":\"2026-H1\",\"persons\":%d,\"version\":1,\"basis\":\"IMPORTED\"}"
                .formatted(code, persons);
        produce(List.of(new Event("quota.events", code, "nl.permitholders.quota.quota-set.v1", quota, java.time.OffsetDateTime.now())), 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/2026-H1", code)
                .then().statusCode(200).body("quota", equalTo(persons)));
    }

    /**
     * A failure after the exchange (here: judging again refuses) leaves the rebuilt projection live, and the rebuild's
     * status says so instead of claiming the live projection unchanged; the rebuilt copy's schema is gone, so the next
     * rebuild starts clean.
     */
    @Test
    void aFailureAfterTheExchangeSaysTheRebuiltProjectionIsLive() throws Exception {
        String code = "GM9792";
        quotaOf2026H1Applied(code, 23);
        damage(code, "TRUE");
        given().get("/supervision/v1/municipalities/{code}/periods/2026-H1", code).then().body("quota", not(equalTo(23)));
        RefusingToJudgeTheRebuild refusing = new RefusingToJudgeTheRebuild(ClientProxy.unwrap(rejudging));
        QuarkusMock.installMockForType(refusing, Rejudging.class);

        String location = asTheOperator().post("/supervision/v1/projection-rebuilds").then().statusCode(202).extract().header("Location");
        JsonPath done = ended(location);

        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("FAILED");
        assertThat(done.getString("failure")).as(done.prettify())
                .startsWith("the rebuilt projection is live, but afterwards: ").endsWith(RefusingToJudgeTheRebuild.REFUSAL);
        assertThat(refusing.askedFor).as("the comparison found the damaged municipality").contains(code);
        given().get("/supervision/v1/municipalities/{code}/periods/2026-H1", code).then().statusCode(200).body("quota", equalTo(23));
        assertThat(count("SELECT count(*) FROM pg_namespace WHERE nspname = '" + ProjectionRebuildService.SHADOW + "'")).isZero();
    }

    @Inject
    Rejudging rejudging;

    /** Judges as the real bean does, except after a rebuild: then it refuses, as a database failing the judging would. */
    static final class RefusingToJudgeTheRebuild extends Rejudging {
        static final String REFUSAL = "judging refused by the test";
        private final Rejudging real;
        final Set<String> askedFor = ConcurrentHashMap.newKeySet();

        RefusingToJudgeTheRebuild(Rejudging real) {
            this.real = real;
        }

        @Override
        public Uni<Void> judge(Map<String, VerdictRecorder.Cause> causes) {
            if (causes.values().stream().anyMatch(cause -> ProjectionRebuildService.CAUSE.equals(cause.type()))) {
                askedFor.addAll(causes.keySet());
                return Uni.createFrom().failure(new IllegalStateException(REFUSAL));
            }
            return real.judge(causes);
        }

        @Override
        public Uni<Void> judgeForConsumerOf(String topic, Map<String, VerdictRecorder.Cause> causes) {
            return real.judgeForConsumerOf(topic, causes);
        }
    }

    /**
     * A second rebuild while placements keep arriving: each lands in the rebuilt tables (read in the bulk pass, while
     * catching up, or under the exchange's lock) or is consumed live after the exchange, and counts exactly once.
     */
    private void eventsPublishedWhileARebuildRunsAreCountedOnce(String figuresBefore, String unchanged) throws Exception {
        String code = "GM9790";
        String location = asTheOperator().post("/supervision/v1/projection-rebuilds").then().statusCode(202).extract().header("Location");
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.ExecutorService producer = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<Integer> published = producer.submit(() -> {
            int placements = 0;
            // Batches as long as the rebuild runs, bounded so that the test ends whatever happens.
            while (running.get() && placements < 5_000) {
                List<Event> batch = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    batch.add(new Event("placement.events", code, "nl.permitholders.placement.placement-recorded.v1",
                            "{\"placementId\":\"%s\",\"couplingId\":\"%s\",\"municipalityCode\":\"%s\",\"persons\":1,\"housedOn\":\"2030-02-01\"}"
                                    .formatted(UUID.randomUUID(), UUID.randomUUID(), code), java.time.OffsetDateTime.now()));
                }
                produce(batch, 1);
                placements += batch.size();
            }
            return placements;
        });
        try {
            JsonPath done = ended(location);
            assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMPLETED");
        } finally {
            running.set(false);
            producer.shutdown();
        }
        int placements = published.get(2, TimeUnit.MINUTES);
        assertThat(placements).isPositive();
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/2030-H1", code)
                .then().statusCode(200).body("housed", equalTo(placements)));
        assertThat(given().queryParam("asOf", AS_OF).queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/periods/2025-H2", unchanged)
                .then().extract().asString()).isEqualTo(figuresBefore);
    }

    /** Changes the places one capacity plan expects, of a municipality not in {@code others}; returns that municipality. */
    private String damageACapacityPlanOutside(List<String> others) throws Exception {
        try (Connection c = database.getConnection();
             PreparedStatement change = c.prepareStatement("UPDATE capacity_plan_period p SET permit_holder_places = permit_holder_places + 1 "
                     + "FROM ledger_entry e WHERE e.event_id = p.event_id AND (p.event_id, p.period) = (SELECT p2.event_id, p2.period "
                     + "FROM capacity_plan_period p2 JOIN ledger_entry e2 USING (event_id) WHERE e2.municipality_code <> ALL (?) "
                     + "ORDER BY p2.event_id, p2.period LIMIT 1) RETURNING e.municipality_code");
             PreparedStatement raise = c.prepareStatement(RAISE_EVERY_VERSION)) {
            c.setAutoCommit(false);
            change.setArray(1, c.createArrayOf("text", others.toArray()));
            String code;
            try (ResultSet r = change.executeQuery()) {
                assertThat(r.next()).as("a capacity plan outside %s", others).isTrue();
                code = r.getString(1);
            }
            raise.execute();
            c.commit();
            return code;
        }
    }

    private void plantWrongVerdict(String code, String period) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement("INSERT INTO verdict_record "
                + "(municipality_code, period, verdict, backlog, still_to_house_at_reference, coupled_unhoused_at_reference, "
                + "coupling_deficit, cause_event_type, recorded_at) VALUES (?, ?, 'MET', -999, 0, 0, 0, ?, now())")) {
            insert.setString(1, code);
            insert.setString(2, period);
            insert.setString(3, PLANTED);
            insert.executeUpdate();
        }
    }

    private String latestVerdictCause(String code, String period) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement("SELECT cause_event_type FROM "
                + "verdict_record WHERE municipality_code = ? AND period = ? ORDER BY id DESC LIMIT 1")) {
            query.setString(1, code);
            query.setString(2, period);
            try (ResultSet r = query.executeQuery()) {
                assertThat(r.next()).as("a verdict of %s in %s", code, period).isTrue();
                return r.getString(1);
            }
        }
    }

    /**
     * Deletes the municipality's entries that meet {@code condition}, as a faulty projection transaction would; like every
     * projection transaction, it raises the ledger versions.
     */
    private void damage(String code, String condition) throws Exception {
        try (Connection c = database.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM ledger_entry WHERE municipality_code = ? AND " + condition);
             PreparedStatement raise = c.prepareStatement(RAISE_EVERY_VERSION)) {
            c.setAutoCommit(false);
            delete.setString(1, code);
            assertThat(delete.executeUpdate()).isPositive();
            raise.execute();
            c.commit();
        }
    }

    /** As every projection transaction raises the ledger versions of what it changed (here, to be sure, every one). */
    private static final String RAISE_EVERY_VERSION = ProjectionStore.RAISE_EVERY_VERSION;

    private static long ms(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }

    /**
     * A plain producer in batches: the broker acknowledges them all before this returns. Each event is sent
     * {@code copies} times with the same id, as a producer that retried after a lost acknowledgement would.
     *
     * @return the events' ids
     */
    private static List<String> produce(List<Event> events, int copies) throws Exception {
        List<String> ids = events.stream().map(e -> UUID.randomUUID().toString()).toList();
        for (int copy = 0; copy < copies; copy++) {
            produce(events, ids);
        }
        return ids;
    }

    /** The events sent once each, each with its id of {@code ids}. */
    private static void produce(List<Event> events, List<String> ids) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                ProducerRecord<String, String> record = new ProducerRecord<>(e.topic(), e.key(), e.data());
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", ids.get(i));
                header(record, "ce_type", e.type());
                header(record, "ce_source", "urn:nld:permitholders:systeem:generated-history");
                header(record, "ce_subject", e.key());
                header(record, "ce_time", e.time().toString());
                header(record, "content-type", "application/json");
                sent.add(producer.send(record));
            }
            producer.flush();
            for (java.util.concurrent.Future<?> f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
