package nl.permitholders.placement.unit;

import static nl.permitholders.placement.Callers.asCoa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.inbox.DeferredEvents;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Units learnt from housing-stock.events on the real broker, each event once; poison goes to placement.dead-letter. */
@QuarkusTest
class HousingStockConsumerTest {

    private final KafkaTopics kafka = Units.kafka();

    @Inject
    DeferredEvents deferred;

    @Test
    void aRegisteredUnitIsKnownWithItsTypeCapacityAndTerm() {
        String municipality = Couplings.newMunicipality();
        UUID unit = UUID.randomUUID();
        Units.send(Units.REGISTERED, municipality, Units.unitData(unit, municipality, "FLEX", 6, LocalDate.of(2034, 12, 31)));
        Units.awaitKnown(unit);
        asCoa().get("/placements/v1/units/{id}", unit).then().statusCode(200)
                .body("municipalityCode", equalTo(municipality))
                .body("type", equalTo("FLEX"))
                .body("capacity", equalTo(6))
                .body("temporaryUntil", equalTo("2034-12-31"))
                .body("wheelchairAccessible", equalTo(false))
                .body("freePlaces", equalTo(6));
    }

    @Test
    void aCorrectionReplacesTheUnitAsItStandsAndARedeliveryChangesNothing() {
        String municipality = Couplings.newMunicipality();
        UUID unit = UUID.randomUUID();
        String registered = Units.unitData(unit, municipality, "REGULAR", 4, null);
        UUID registration = Units.send(Units.REGISTERED, municipality, registered);
        Units.send(Units.CORRECTED, municipality, Units.unitData(unit, municipality, "SHARED", 5, null));
        kafka.sendCloudEvent(Units.TOPIC, municipality, registration, Units.REGISTERED, registered);
        // A later event on the same partition: once it is applied, the redelivery before it has been handled.
        Units.awaitKnown(Units.known(municipality, "ROOM", 1));
        asCoa().get("/placements/v1/units/{id}", unit).then().body("type", equalTo("SHARED")).body("capacity", equalTo(5));
    }

    @Test
    void aRegistrationDeliveredAfterItsCorrectionChangesNothing() {
        // A relay whose publication of the registration failed sends it again after the correction was published.
        String municipality = Couplings.newMunicipality();
        UUID unit = UUID.randomUUID();
        OffsetDateTime registeredAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        String registered = Units.unitData(unit, municipality, "REGULAR", 4, null);
        String corrected = Units.unitData(unit, municipality, "SHARED", 5, null);
        kafka.send(KafkaTopics.cloudEvent(Units.TOPIC, municipality, UUID.randomUUID(), Units.CORRECTED, corrected, registeredAt.plusMinutes(1)));
        kafka.send(KafkaTopics.cloudEvent(Units.TOPIC, municipality, UUID.randomUUID(), Units.REGISTERED, registered, registeredAt));
        // A later event on the same partition: once it is applied, the registration before it has been handled.
        Units.awaitKnown(Units.known(municipality, "ROOM", 1));
        asCoa().get("/placements/v1/units/{id}", unit).then().body("type", equalTo("SHARED")).body("capacity", equalTo(5));
    }

    @Test
    void aUnitMovedToAnotherMunicipalityEndsThereWhenTheMoveArrivesLast() {
        String from = Couplings.newMunicipality();
        String to = Couplings.newMunicipality();
        UUID unit = UUID.randomUUID();
        OffsetDateTime registeredAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        kafka.send(KafkaTopics.cloudEvent(Units.TOPIC, from, UUID.randomUUID(), Units.REGISTERED,
                Units.unitData(unit, from, "REGULAR", 4, null), registeredAt));
        awaitMunicipality(unit, from);
        kafka.send(KafkaTopics.cloudEvent(Units.TOPIC, to, UUID.randomUUID(), Units.CORRECTED,
                Units.unitData(unit, to, "REGULAR", 4, null), registeredAt.plusMinutes(1)));
        awaitMunicipality(unit, to);
    }

    @Test
    void aUnitMovedToAnotherMunicipalityStaysThereWhenItsRegistrationInTheOldOneArrivesLast() {
        // The move travels under the new municipality's key, the registration under the old one's: another partition.
        String from = Couplings.newMunicipality();
        String to = Couplings.newMunicipality();
        UUID unit = UUID.randomUUID();
        OffsetDateTime registeredAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        kafka.send(KafkaTopics.cloudEvent(Units.TOPIC, to, UUID.randomUUID(), Units.CORRECTED,
                Units.unitData(unit, to, "SHARED", 5, null), registeredAt.plusMinutes(1)));
        awaitMunicipality(unit, to);
        kafka.send(KafkaTopics.cloudEvent(Units.TOPIC, from, UUID.randomUUID(), Units.REGISTERED,
                Units.unitData(unit, from, "REGULAR", 4, null), registeredAt));
        // A later event on the old municipality's partition: once it is applied, the registration before it has been handled.
        Units.awaitKnown(Units.known(from, "ROOM", 1));
        asCoa().get("/placements/v1/units/{id}", unit).then()
                .body("municipalityCode", equalTo(to)).body("type", equalTo("SHARED")).body("capacity", equalTo(5));
    }

    private static void awaitMunicipality(UUID unit, String municipality) {
        await().atMost(Duration.ofSeconds(30)).until(() -> municipality.equals(
                asCoa().get("/placements/v1/units/{id}", unit).then().extract().path("municipalityCode")));
    }

    @Test
    void aRetiredUnitIsKnownToHaveLeftTheStock() {
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 3);
        Units.retireAndAwait(unit, municipality, LocalDate.of(2025, 5, 1));
        asCoa().get("/placements/v1/units/{id}", unit).then().body("type", equalTo("REGULAR")).body("capacity", equalTo(3));
    }

    @Test
    void otherHousingStockEventsAreAcknowledgedAndChangeNothing() {
        String municipality = Couplings.newMunicipality();
        kafka.sendCloudEvent(Units.TOPIC, municipality, UUID.randomUUID(), "nl.permitholders.housingstock.vacancy-reported.v1",
                "{\"vacancyId\":\"" + UUID.randomUUID() + "\",\"municipalityCode\":\"" + municipality + "\"}");
        kafka.sendCloudEvent(Units.TOPIC, municipality, UUID.randomUUID(), "nl.permitholders.housingstock.some-future-fact.v7", "{}");
        Units.known(municipality, "REGULAR", 2);
        assertThat(kafka.readAll("placement.dead-letter", municipality)).isEmpty();
    }

    @Test
    void aNewerVersionOfAUnitEventIsKeptAsideUntilThisVersionKnowsIt() {
        String municipality = Couplings.newMunicipality();
        UUID unit = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        kafka.sendCloudEvent(Units.TOPIC, municipality, newer, "nl.permitholders.housingstock.unit-registered.v2",
                Units.unitData(unit, municipality, "FLEX", 6, null));
        Units.known(municipality, "REGULAR", 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> kept(newer));
        asCoa().get("/placements/v1/units/{id}", unit).then().statusCode(404);
        assertThat(kafka.readAll("placement.dead-letter", municipality)).isEmpty();

        // One an older version kept aside, offered again to this version, which knows it: applied once, no longer kept.
        UUID olderUnit = UUID.randomUUID();
        UUID keptByOlder = UUID.randomUUID();
        deferred.keep(Units.TOPIC, new IncomingEvent(keptByOlder, Units.REGISTERED, "/housing-stock", municipality,
                OffsetDateTime.now(ZoneOffset.UTC), Units.unitData(olderUnit, municipality, "ROOM", 1, null))).await().atMost(Duration.ofSeconds(30));
        deferred.offerAgain().await().atMost(Duration.ofSeconds(30));
        asCoa().get("/placements/v1/units/{id}", olderUnit).then().statusCode(200).body("type", equalTo("ROOM"));
        assertThat(kept(keptByOlder)).isFalse();
        assertThat(kept(newer)).isTrue();
        // Its record delivered again (with other data, to tell): handled already, it changes nothing.
        kafka.sendCloudEvent(Units.TOPIC, municipality, keptByOlder, Units.REGISTERED, Units.unitData(olderUnit, municipality, "FLEX", 9, null));
        Units.known(municipality, "REGULAR", 3);
        asCoa().get("/placements/v1/units/{id}", olderUnit).then().body("type", equalTo("ROOM")).body("capacity", equalTo(1));
    }

    private boolean kept(UUID eventId) {
        return deferred.kept(eventId).await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        String municipality = Couplings.newMunicipality();
        ProducerRecord<String, String> notJson = new ProducerRecord<>(Units.TOPIC, municipality, "{not json");
        notJson.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        notJson.headers().add("ce_type", Units.REGISTERED.getBytes(StandardCharsets.UTF_8));
        kafka.send(notJson);
        kafka.sendCloudEvent(Units.TOPIC, municipality, UUID.randomUUID(), Units.REGISTERED,
                "{\"unitId\":\"" + UUID.randomUUID() + "\",\"municipalityCode\":\"" + municipality + "\",\"type\":\"REGULAR\"}");
        kafka.sendCloudEvent(Units.TOPIC, municipality, UUID.randomUUID(), Units.REGISTERED,
                Units.unitData(UUID.randomUUID(), municipality, "CASTLE", 3, null));
        kafka.send(new ProducerRecord<>(Units.TOPIC, municipality, "no headers at all"));

        Units.known(municipality, "REGULAR", 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll("placement.dead-letter", municipality)).hasSize(4));
        assertThat(kafka.readAll("placement.dead-letter", municipality))
                .allSatisfy(r -> assertThat(KafkaTopics.header(r, "dead-letter-reason")).isNotBlank());
    }

    @Test
    void anEventWithADateOutsideTheRangeGoesToTheDeadLetterTopicAndTheNextIsApplied() {
        String municipality = Couplings.newMunicipality();
        UUID unit = UUID.randomUUID();
        kafka.sendCloudEvent(Units.TOPIC, municipality, UUID.randomUUID(), Units.REGISTERED,
                Units.unitData(unit, municipality, "FLEX", 6, null).replace("}", ",\"temporaryUntil\":\"0025-03-01\"}"));
        UUID next = Units.known(municipality, "REGULAR", 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll("placement.dead-letter", municipality)).singleElement()
                        .satisfies(r -> assertThat(KafkaTopics.header(r, "dead-letter-reason")).contains("0025-03-01")));
        asCoa().get("/placements/v1/units/{id}", unit).then().statusCode(404);
        asCoa().get("/placements/v1/units/{id}", next).then().statusCode(200);
    }

    @Test
    void anUnknownUnitIsNotFound() {
        asCoa().get("/placements/v1/units/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }
}
