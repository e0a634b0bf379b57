package nl.permitholders.placement.placement;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What placement-service publishes on the real broker: CloudEvents in binary mode that match docs/events. */
@QuarkusTest
class PlacementEventsTest {

    private static final String PREFIX = "nl.permitholders.placement.";
    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);

    private final KafkaTopics kafka = Units.kafka();

    private List<ConsumerRecord<String, String>> eventsAbout(String coupling, int atLeast) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll("placement.events").stream()
                        .filter(r -> r.value().contains(coupling)).toList(), r -> r.size() >= atLeast);
    }

    private static void assertPublishedProperly(List<ConsumerRecord<String, String>> records, String municipality) {
        for (ConsumerRecord<String, String> record : records) {
            assertThat(record.key()).isEqualTo(municipality);
            assertThat(KafkaTopics.header(record, "ce_subject")).isEqualTo(municipality);
            assertThat(KafkaTopics.header(record, "ce_source")).isEqualTo("urn:nld:permitholders:systeem:placement-service");
            assertThat(UUID.fromString(KafkaTopics.header(record, "ce_id"))).isNotNull();
            EventSchemas.assertConforms(KafkaTopics.header(record, "ce_type"), record.value());
        }
    }

    @Test
    void aCouplingAndItsPlacementArePublishedKeyedByMunicipality() {
        String municipality = Couplings.newMunicipality();
        String coupling = Couplings.register(Couplings.family(municipality, 2, 1, COUPLED));
        String placement = Couplings.place(coupling, 3, LocalDate.of(2024, 4, 1));

        List<ConsumerRecord<String, String>> records = eventsAbout(coupling, 2);
        assertThat(records).extracting(r -> KafkaTopics.header(r, "ce_type")).containsExactly(
                PREFIX + "coupling-registered.v1", PREFIX + "placement-recorded.v1");
        assertThat(records.get(1).value()).contains(placement);
        assertPublishedProperly(records, municipality);
    }

    @Test
    void theWholeLifecycleIsPublishedInOrderAndEveryEventMatchesItsSchema() {
        String municipality = Couplings.newMunicipality();
        UUID first = Units.known(municipality, "REGULAR", 4);
        UUID second = Units.known(municipality, "INTERMEDIATE", 6);
        Map<String, Object> registration = Couplings.family(municipality, 2, 1, COUPLED);
        registration.put("receptionRegion", "EAST");
        registration.put("ownRegion", true);
        registration.put("expectedReunificationPersons", 2);
        registration.put("specialNeeds", List.of());
        String coupling = Couplings.register(registration);

        Map<String, Object> correction = new java.util.HashMap<>(registration);
        correction.remove("coaReference");
        correction.remove("municipalityCode");
        correction.put("minors", 2);
        correction.put("reason", "a child was missing");
        asCoa().contentType(ContentType.JSON).body(correction).post("/placements/v1/couplings/{id}/corrections", coupling)
                .then().statusCode(200);
        String offer = Couplings.offer(coupling, first, COUPLED.plusWeeks(2));
        asMunicipality(municipality).contentType(ContentType.JSON).body(Map.of("reason", "UNIT_UNSUITABLE", "declinedOn", COUPLED.plusWeeks(3).toString()))
                .post("/placements/v1/couplings/{c}/offers/{o}/declination", coupling, offer).then().statusCode(200);
        Couplings.offer(coupling, second, COUPLED.plusWeeks(4));
        String placement = Couplings.placeIn(coupling, 4, COUPLED.plusWeeks(5), second);
        asMunicipality(municipality).contentType(ContentType.JSON).body(Map.of("reason", "WRONG_DETAILS", "explanation", "housed in the wrong unit"))
                .post("/placements/v1/couplings/{c}/placements/{p}/revocation", coupling, placement).then().statusCode(200);
        Couplings.place(coupling, 4, COUPLED.plusWeeks(6));
        asMunicipality(municipality).contentType(ContentType.JSON).body(Map.of("persons", 2, "arrivedOn", COUPLED.plusWeeks(20).toString()))
                .post("/placements/v1/couplings/{id}/reunifications", coupling).then().statusCode(201);

        List<ConsumerRecord<String, String>> records = eventsAbout(coupling, 9);
        assertThat(records).extracting(r -> KafkaTopics.header(r, "ce_type")).containsExactly(
                PREFIX + "coupling-registered.v1", PREFIX + "coupling-corrected.v1", PREFIX + "unit-offered.v1",
                PREFIX + "offer-declined.v1", PREFIX + "unit-offered.v1", PREFIX + "placement-recorded.v1",
                PREFIX + "placement-revoked.v1", PREFIX + "placement-recorded.v1", PREFIX + "reunification-arrived.v1");
        assertPublishedProperly(records, municipality);
        assertThat(records.get(0).value()).contains("\"receptionRegion\":\"EAST\"", "\"ownRegion\":true",
                "\"expectedReunificationPersons\":2").doesNotContain("specialNeeds", "coaReference");
        assertThat(records.get(1).value()).contains("\"minors\":2", "\"persons\":4").doesNotContain("a child was missing");
        assertThat(records.get(3).value()).contains("\"reason\":\"UNIT_UNSUITABLE\"");
        assertThat(records.get(5).value()).contains("\"unitType\":\"INTERMEDIATE\"", "\"temporary\":true", second.toString());
        assertThat(records.get(6).value()).contains("\"reason\":\"WRONG_DETAILS\"", second.toString())
                .as("the explanation stays in placement-service (R9)").doesNotContain("housed in the wrong unit");
        assertThat(records.get(7).value()).doesNotContain("unitId", "temporary");
    }

    @Test
    void aMoveOnToFollowUpHousingIsPublishedAfterThePlacementInTemporaryHousing() {
        String municipality = Couplings.newMunicipality();
        UUID facility = Units.known(municipality, "INTERMEDIATE", 10);
        String coupling = Couplings.register(Couplings.family(municipality, 2, 1, COUPLED));
        String placement = Couplings.placeIn(coupling, 3, COUPLED.plusWeeks(2), facility);
        Couplings.asItsMunicipality(coupling).contentType(ContentType.JSON).body(Map.of("movedOn", COUPLED.plusWeeks(30).toString()))
                .post("/placements/v1/couplings/{c}/placements/{p}/follow-up-housing", coupling, placement).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = eventsAbout(coupling, 3);
        assertThat(records).extracting(r -> KafkaTopics.header(r, "ce_type")).containsExactly(
                PREFIX + "coupling-registered.v1", PREFIX + "placement-recorded.v1", PREFIX + "moved-to-follow-up-housing.v1");
        assertThat(records.get(1).value()).contains("\"unitType\":\"INTERMEDIATE\"", "\"temporary\":true");
        assertThat(records.get(2).value()).contains(placement, "\"persons\":3", "\"housedOn\":\"" + COUPLED.plusWeeks(2) + "\"",
                "\"movedOn\":\"" + COUPLED.plusWeeks(30) + "\"");
        assertPublishedProperly(records, municipality);
    }

    @Test
    void aCancellationSaysHowManyPersonsAreLeftUnhoused() {
        String municipality = Couplings.newMunicipality();
        String coupling = Couplings.register(Couplings.family(municipality, 2, 3, COUPLED));
        Couplings.place(coupling, 1, COUPLED.plusWeeks(3));
        asCoa().contentType(ContentType.JSON).body(Map.of("reason", "RECOUPLED", "cancelledOn", COUPLED.plusWeeks(4).toString()))
                .post("/placements/v1/couplings/{id}/cancellation", coupling).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = eventsAbout(coupling, 3);
        assertThat(KafkaTopics.header(records.get(2), "ce_type")).isEqualTo(PREFIX + "coupling-cancelled.v1");
        assertThat(records.get(2).value()).contains("\"unhousedPersons\":4", "\"reason\":\"RECOUPLED\"");
        assertPublishedProperly(records, municipality);
    }
}
