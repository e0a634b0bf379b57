package nl.permitholders.supervision.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.inbox.DeferredEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import nl.permitholders.supervision.Callers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projection on the real broker: events in (checked against docs/events), figures out. */
@QuarkusTest
class ProjectionTest {

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private static final AtomicInteger NEXT = new AtomicInteger(7000 + (int) (System.nanoTime() % 2000));
    private static final String QUOTA_SET = "nl.permitholders.quota.quota-set.v1";
    private static final String PLACEMENT_RECORDED = "nl.permitholders.placement.placement-recorded.v1";

    @Inject
    Pool pool;

    @Inject
    EventDecoder decoder;

    @Inject
    ProjectionStore store;

    @Inject
    DeferredEvents deferred;

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    private static String newMunicipality() {
        return String.format("GM%04d", NEXT.incrementAndGet());
    }

    private void send(String topic, String municipality, UUID id, String type, String data) {
        EventSchemas.assertConforms(type, data);
        kafka.sendCloudEvent(topic, municipality, id, type, data);
    }

    private void quota(String municipality, String period, int persons, int version) {
        send("quota.events", municipality, UUID.randomUUID(), QUOTA_SET, """
                {"municipalityCode":"%s","period":"%s","persons":%d,"version":%d,"basis":"IMPORTED"}"""
                .formatted(municipality, period, persons, version));
    }

    private UUID placement(String municipality, int persons, LocalDate housedOn) {
        UUID id = UUID.randomUUID();
        send("placement.events", municipality, id, PLACEMENT_RECORDED, """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":%d,"housedOn":"%s"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), municipality, persons, housedOn));
        return id;
    }

    private void awaitBacklog(String municipality, String period, int backlog) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/periods/{period}", municipality, period)
                        .then().statusCode(200).body("backlog", equalTo(backlog)));
    }

    @Test
    void quotasAndPlacementsMoveTheBacklog() {
        String municipality = newMunicipality();
        send("quota.events", municipality, UUID.randomUUID(), "nl.permitholders.quota.municipality-registered.v1", """
                {"municipalityCode":"%s","name":"Testdorp","provinceCode":"PV23"}""".formatted(municipality));
        quota(municipality, "2024-H1", 40, 1);
        placement(municipality, 4, LocalDate.of(2024, 2, 1));
        placement(municipality, 6, LocalDate.of(2024, 5, 1));
        awaitBacklog(municipality, "2024-H1", 30);
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", municipality, "2024-H1")
                .then().body("municipalityName", equalTo("Testdorp"))
                .body("adjustedQuota", equalTo(40)).body("housed", equalTo(10));
        given().get("/supervision/v1/municipalities/{code}/periods/{period}?asOf=2024-03-01&view=KNOWN_TODAY", municipality, "2024-H1")
                .then().body("housed", equalTo(4)).body("backlog", equalTo(36));
        given().get("/supervision/v1/municipalities/{code}/periods/{period}/ledger", municipality, "2024-H1")
                .then().statusCode(200).body("size()", equalTo(3));
    }

    @Test
    void theFiguresSayWhetherTheirQuotaIsProvisionalOrFinal() {
        String municipality = newMunicipality();
        send("quota.events", municipality, UUID.randomUUID(), QUOTA_SET, """
                {"municipalityCode":"%s","period":"2025-H2","persons":75,"version":1,"basis":"IMPORTED","status":"PROVISIONAL","publishedOn":"2025-02-14"}"""
                .formatted(municipality));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/periods/{period}", municipality, "2025-H2")
                        .then().statusCode(200).body("quota", equalTo(75)).body("quotaStatus", equalTo("PROVISIONAL")));
        given().get("/supervision/v1/municipalities/{code}/periods/{period}/ledger", municipality, "2025-H2")
                .then().statusCode(200).body("quotaStatus", equalTo(List.of("PROVISIONAL"))).body("publishedOn", equalTo(List.of("2025-02-14")));

        // Fixed with the same number: the figures now rest on a final quota.
        send("quota.events", municipality, UUID.randomUUID(), QUOTA_SET, """
                {"municipalityCode":"%s","period":"2025-H2","persons":75,"version":2,"basis":"ADJUSTED","status":"FINAL"}"""
                .formatted(municipality));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/periods/{period}", municipality, "2025-H2")
                        .then().statusCode(200).body("quota", equalTo(75)).body("quotaStatus", equalTo("FINAL")));

        // A quota-set from before events carried a status is a final quota.
        quota(municipality, "2026-H1", 80, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/periods/{period}", municipality, "2026-H1")
                        .then().statusCode(200).body("quota", equalTo(80)).body("quotaStatus", equalTo("FINAL")));
    }

    @Test
    void aDuplicateDeliveryChangesNothing() {
        String municipality = newMunicipality();
        quota(municipality, "2024-H2", 20, 1);
        UUID id = UUID.randomUUID();
        String data = """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":5,"housedOn":"2024-08-01"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), municipality);
        send("placement.events", municipality, id, PLACEMENT_RECORDED, data);
        send("placement.events", municipality, id, PLACEMENT_RECORDED, data);
        // A later event on the same partition: once it counts, both deliveries before it have been handled.
        placement(municipality, 1, LocalDate.of(2024, 9, 1));
        awaitBacklog(municipality, "2024-H2", 14);
    }

    @Test
    void aBatchDeliveredAgainJudgesWhatAStopBetweenItsCommitAndItsJudgingLeftUndone() {
        String municipality = newMunicipality();
        quota(municipality, "2024-H1", 10, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/verdicts", municipality).then().statusCode(200)
                        .body("[0].period", equalTo("2024-H1")).body("[0].history[-1].backlog", equalTo(10)));

        // The projection's transaction commits a placement, and the service stops before it judges the half-year again.
        UUID id = UUID.randomUUID();
        String data = """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":4,"housedOn":"2024-03-01"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), municipality);
        EventSchemas.assertConforms(PLACEMENT_RECORDED, data);
        ConsumerRecord<String, String> record = new ConsumerRecord<>("placement.events", 0, 0L, municipality, data);
        record.headers().add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", PLACEMENT_RECORDED.getBytes(StandardCharsets.UTF_8));
        Decoded placement = decoder.decode(IncomingEvent.from(record));
        pool.withTransaction(db -> store.apply(db, ProjectionStore.LIVE, List.of(placement)))
                .await().atMost(Duration.ofSeconds(10));
        given().get("/supervision/v1/municipalities/{code}/periods/2024-H1", municipality).then().body("backlog", equalTo(6));
        given().get("/supervision/v1/municipalities/{code}/verdicts", municipality).then().body("[0].history[-1].backlog", equalTo(10));

        // Its batch was never acknowledged, so Kafka delivers it again: the inbox skips the effect, the judging happens.
        send("placement.events", municipality, id, PLACEMENT_RECORDED, data);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/verdicts", municipality).then().statusCode(200)
                        .body("[0].history[-1].backlog", equalTo(6))
                        .body("[0].history[-1].causeEventId", equalTo(id.toString())));
        given().get("/supervision/v1/municipalities/{code}/periods/2024-H1", municipality).then().body("housed", equalTo(4));
    }

    @Test
    void aRegistrationDeliveredAfterALaterCorrectionChangesNothing() {
        String municipality = newMunicipality();
        String registered = "nl.permitholders.quota.municipality-registered.v1";
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        // The correction first, then the registration it corrected: as an outbox may send them around a failure.
        kafka.send(KafkaTopics.cloudEvent("quota.events", municipality, UUID.randomUUID(), registered, """
                {"municipalityCode":"%s","name":"Nieuwdorp","provinceCode":"PV23"}""".formatted(municipality), at.plusMinutes(1)));
        UUID older = UUID.randomUUID();
        kafka.send(KafkaTopics.cloudEvent("quota.events", municipality, older, registered, """
                {"municipalityCode":"%s","name":"Oudedorp","provinceCode":"PV24"}""".formatted(municipality), at));
        quota(municipality, "2025-H1", 12, 1);
        awaitBacklog(municipality, "2025-H1", 12);
        assertThat(pool.preparedQuery("SELECT 1 FROM processed_event WHERE event_id = $1").execute(io.vertx.mutiny.sqlclient.Tuple.of(older))
                .await().atMost(Duration.ofSeconds(10)).size()).as("the older registration was consumed").isEqualTo(1);
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", municipality, "2025-H1")
                .then().body("municipalityName", equalTo("Nieuwdorp")).body("provinceCode", equalTo("PV23"));
    }

    @Test
    void aPlacementBeforeItsQuotaAndMunicipalityConvergesToTheSameFigures() {
        String municipality = newMunicipality();
        placement(municipality, 7, LocalDate.of(2025, 1, 15));
        awaitBacklog(municipality, "2025-H1", -7);
        quota(municipality, "2025-H1", 30, 1);
        awaitBacklog(municipality, "2025-H1", 23);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        String municipality = newMunicipality();
        ProducerRecord<String, String> notJson = new ProducerRecord<>("placement.events", municipality, "{not json");
        notJson.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        notJson.headers().add("ce_type", PLACEMENT_RECORDED.getBytes(StandardCharsets.UTF_8));
        kafka.send(notJson);
        UUID unknownType = UUID.randomUUID();
        kafka.sendCloudEvent("placement.events", municipality, unknownType, "com.example.placement.unheard-of.v1", "{}");
        kafka.send(new ProducerRecord<>("placement.events", municipality, "no headers at all"));
        // A type of a service this version does not know yet is no poison: it is kept aside until it is known.
        UUID notKnownYet = UUID.randomUUID();
        kafka.sendCloudEvent("placement.events", municipality, notKnownYet, "nl.permitholders.placement.unheard-of.v1", "{}");

        quota(municipality, "2024-H1", 10, 1);
        placement(municipality, 3, LocalDate.of(2024, 3, 3));
        awaitBacklog(municipality, "2024-H1", 7);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll("supervision.dead-letter", municipality)).hasSize(3));
        assertThat(kafka.readAll("supervision.dead-letter", municipality))
                .allSatisfy(r -> assertThat(KafkaTopics.header(r, "dead-letter-reason")).isNotBlank());
        assertThat(deferred.kept(notKnownYet).await().atMost(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void anEventWithADateOutsideTheRangeGoesToTheDeadLetterTopicAndTheNextIsApplied() {
        String municipality = newMunicipality();
        quota(municipality, "2024-H1", 10, 1);
        kafka.sendCloudEvent("placement.events", municipality, UUID.randomUUID(), PLACEMENT_RECORDED, """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":2,"housedOn":"0025-03-01"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), municipality));
        placement(municipality, 3, LocalDate.of(2024, 3, 3));
        awaitBacklog(municipality, "2024-H1", 7);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll("supervision.dead-letter", municipality)).singleElement()
                        .satisfies(r -> assertThat(KafkaTopics.header(r, "dead-letter-reason")).contains("0025-03-01")));
    }

    @Test
    void aMergerDatedOutsideItsHalfYearGoesToTheDeadLetterTopicAndMergesNothing() {
        String a = newMunicipality();
        String continuing = newMunicipality();
        quota(a, "2026-H2", 4, 1);
        send("quota.events", continuing, UUID.randomUUID(), "nl.permitholders.quota.municipalities-merged.v1", """
                {"mergerId":"%s","municipalityCode":"%s","mergedMunicipalityCodes":["%s"],"effectiveDate":"2027-07-01","effectivePeriod":"2027-H1"}"""
                .formatted(UUID.randomUUID(), continuing, a));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll("supervision.dead-letter", continuing)).singleElement()
                        .satisfies(r -> assertThat(KafkaTopics.header(r, "dead-letter-reason")).contains("2027-07-01")));
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", a, "2027-H1")
                .then().statusCode(200).body("mergedInto", nullValue());
    }

    @Test
    void exchangesRevocationsAndFamilyArrivalsMoveTheFigures() {
        String municipality = newMunicipality();
        quota(municipality, "2025-H1", 30, 1);
        send("quota.events", municipality, UUID.randomUUID(), "nl.permitholders.quota.quota-exchanged.v1", """
                {"exchangeId":"%s","municipalityCode":"%s","period":"2025-H1","delta":-4,"partners":["GM0147"]}"""
                .formatted(UUID.randomUUID(), municipality));
        UUID placementId = UUID.randomUUID();
        send("placement.events", municipality, UUID.randomUUID(), PLACEMENT_RECORDED, """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":5,"housedOn":"2025-02-01"}"""
                .formatted(placementId, UUID.randomUUID(), municipality));
        send("placement.events", municipality, UUID.randomUUID(), "nl.permitholders.placement.reunification-arrived.v1", """
                {"reunificationId":"%s","couplingId":"%s","municipalityCode":"%s","persons":2,"arrivedOn":"2025-03-01"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), municipality));
        awaitBacklog(municipality, "2025-H1", 30 - 4 - 5 - 2);
        send("placement.events", municipality, UUID.randomUUID(), "nl.permitholders.placement.placement-revoked.v1", """
                {"placementId":"%s","couplingId":"%s","municipalityCode":"%s","persons":5,"housedOn":"2025-02-01","revokedOn":"2025-03-02","reason":"REGISTERED_IN_ERROR"}"""
                .formatted(placementId, UUID.randomUUID(), municipality));
        awaitBacklog(municipality, "2025-H1", 30 - 4 - 2);
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", municipality, "2025-H1")
                .then().body("exchanges", equalTo(-4)).body("adjustedQuota", equalTo(26)).body("housed", equalTo(2));
    }

    private void coupling(String municipality, UUID coupling, int persons, LocalDate couplingDate) {
        send("placement.events", municipality, UUID.randomUUID(), "nl.permitholders.placement.coupling-registered.v1", """
                {"couplingId":"%s","municipalityCode":"%s","adults":%d,"minors":0,"persons":%d,"householdType":"FAMILY","permitDate":"%s","couplingDate":"%s"}"""
                .formatted(coupling, municipality, persons, persons, couplingDate.minusWeeks(2), couplingDate));
    }

    private void cancelled(String municipality, UUID coupling, int persons, LocalDate cancelledOn, String reason) {
        send("placement.events", municipality, UUID.randomUUID(), "nl.permitholders.placement.coupling-cancelled.v1", """
                {"couplingId":"%s","municipalityCode":"%s","unhousedPersons":%d,"cancelledOn":"%s","reason":"%s"}"""
                .formatted(coupling, municipality, persons, cancelledOn, reason));
    }

    /**
     * R7 per cancellation reason, through the consumer: 20 to house in 2025-H1 (reference date 1 April). Ten persons
     * re-coupled elsewhere after their 12 weeks stay coupled and unhoused for the municipality; six withdrawn, and four
     * re-coupled within their 12 weeks, leave it. So the deficit is 10, the backlog of 20 is more: not met.
     */
    @Test
    void aCouplingRecoupledAwayAfterItsTwelveWeeksDoesNotEnlargeTheCouplingDeficitButAWithdrawnOneDoes() {
        String municipality = newMunicipality();
        quota(municipality, "2025-H1", 20, 1);
        UUID lapsed = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        UUID movedInTime = UUID.randomUUID();
        coupling(municipality, lapsed, 10, LocalDate.of(2024, 12, 2));
        coupling(municipality, withdrawn, 6, LocalDate.of(2024, 12, 2));
        coupling(municipality, movedInTime, 4, LocalDate.of(2025, 1, 6));
        cancelled(municipality, lapsed, 10, LocalDate.of(2025, 3, 10), "RECOUPLED");
        cancelled(municipality, withdrawn, 6, LocalDate.of(2025, 3, 10), "WITHDRAWN");
        cancelled(municipality, movedInTime, 4, LocalDate.of(2025, 2, 3), "RECOUPLED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/supervision/v1/municipalities/{code}/periods/{period}/ledger", municipality, "2025-H1")
                        .then().statusCode(200).body("size()", equalTo(4)));
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", municipality, "2025-H1")
                .then().statusCode(200)
                .body("verdict.stillToHouseAtReferenceDate", equalTo(20))
                .body("verdict.coupledUnhousedAtReferenceDate", equalTo(10))
                .body("verdict.recoupledAfterTheClockAtReferenceDate", equalTo(10))
                .body("verdict.couplingDeficit", equalTo(10))
                .body("verdict.verdict", equalTo("NOT_MET"))
                .body("overdueCouplings", equalTo(1)).body("overdueCouplingPersons", equalTo(10));
        given().get("/supervision/v1/municipalities/{code}/periods/{period}/ledger", municipality, "2025-H1")
                .then().body("findAll { it.kind == 'CANCELLED' }.cancellationReason", org.hamcrest.Matchers.containsInAnyOrder(
                        "RECOUPLED", "WITHDRAWN", "RECOUPLED"))
                .body("find { it.reference == '%s' }.cancellationReason".formatted(withdrawn), equalTo("WITHDRAWN"));
    }

    @Test
    void aMergedMunicipalitysBacklogCarriesIntoTheNewOne() {
        String a = newMunicipality();
        String b = newMunicipality();
        String merged = newMunicipality();
        quota(a, "2026-H2", 10, 1);
        quota(b, "2026-H2", 7, 1);
        placement(b, 2, LocalDate.of(2026, 8, 1));
        quota(merged, "2027-H1", 20, 1);
        send("quota.events", merged, UUID.randomUUID(), "nl.permitholders.quota.municipalities-merged.v1", """
                {"mergerId":"%s","municipalityCode":"%s","mergedMunicipalityCodes":["%s","%s"],"effectiveDate":"2027-01-01","effectivePeriod":"2027-H1"}"""
                .formatted(UUID.randomUUID(), merged, a, b));
        awaitBacklog(merged, "2027-H1", 10 + 5 + 20);
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", merged, "2027-H1")
                .then().body("carriedBacklog", equalTo(15));
        // R3: the half-year is the continuing municipality's; the merged one answers with what it became
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", a, "2027-H1")
                .then().statusCode(410).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("merged into " + merged));
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", a, "2026-H2")
                .then().statusCode(200).body("backlog", equalTo(10));
    }

    @Test
    void anUnknownMunicipalityIsNotFoundAndABadPeriodIsInvalid() {
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", "GM0001", "2024-H1")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", "GM0141", "2024-H3")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/supervision/v1/municipalities/{code}/periods/{period}?asOf=gisteren&view=KNOWN_TODAY", "GM0141", "2024-H1")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
