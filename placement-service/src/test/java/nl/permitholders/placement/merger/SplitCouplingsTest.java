package nl.permitholders.placement.merger;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import org.junit.jupiter.api.Test;

/**
 * R3, splits, through the real broker and database: Haaren (GM0788) was divided over Boxtel (GM0757), Oisterwijk
 * (GM0824), Tilburg (GM0855) and Vught (GM0865) on 1 January 2021. Its open couplings are to be divided ("te verdelen")
 * for every receiver until COA names the one that houses each; then only that one lists it and acts on it.
 */
@QuarkusTest
class SplitCouplingsTest {

    private static final String SPLIT = "nl.permitholders.quota.municipality-split.v1";
    private static final String HAAREN = "GM0788";
    private static final String TILBURG = "GM0855";
    private static final String VUGHT = "GM0865";

    private static void split() {
        String data = """
                {"splitId":"%s","municipalityCode":"GM0788","receivers":[{"municipalityCode":"GM0757","share":4000},\
                {"municipalityCode":"GM0824","share":5500},{"municipalityCode":"GM0855","share":1500},\
                {"municipalityCode":"GM0865","share":3000}],"effectiveDate":"2021-01-01","effectivePeriod":"2021-H1"}"""
                .formatted(UUID.randomUUID());
        EventSchemas.assertConforms(SPLIT, data);
        Units.kafka().sendCloudEvent("quota.events", HAAREN, UUID.randomUUID(), SPLIT, data);
    }

    private static JsonPath waitingList(String municipality) {
        return asMunicipality(municipality).get("/placements/v1/municipalities/{code}/waiting-list", municipality)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void haarensOpenCouplingIsToBeDividedForEveryReceiverUntilCoaNamesVughtWhichThenHousesIt() {
        String family = Couplings.register(Couplings.family(HAAREN, 2, 2, LocalDate.of(2020, 11, 2)));
        // before the split is known, the coupling cannot be divided
        asCoa().contentType(ContentType.JSON).body(Map.of("municipalityCode", VUGHT))
                .put("/placements/v1/couplings/{id}/receiving-municipality", family).then().statusCode(409);

        split();

        await().atMost(Duration.ofSeconds(30)).until(() -> waitingList(TILBURG).getList("items.couplingId").contains(family));
        JsonPath tilburg = waitingList(TILBURG);
        org.assertj.core.api.Assertions.assertThat(tilburg.getBoolean("items.find { it.couplingId == '" + family + "' }.toBeDivided"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(waitingList(VUGHT).getList("items.couplingId")).contains(family);
        asMunicipality(TILBURG).get("/placements/v1/couplings/{id}", family).then().statusCode(200);
        // nobody acts on a coupling still to be divided, Haaren's staff neither
        UUID vughtUnit = Units.known(VUGHT, "REGULAR", 4);
        place(VUGHT, family, vughtUnit).statusCode(403);
        place(HAAREN, family, null).statusCode(403);

        // one hostile value in an otherwise valid request: a municipality Haaren was not split over
        asCoa().contentType(ContentType.JSON).body(Map.of("municipalityCode", "GM0363"))
                .put("/placements/v1/couplings/{id}/receiving-municipality", family)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("municipalityCode"))
                .body("invalidParams[0].reason", containsString(VUGHT));
        asMunicipality(VUGHT).contentType(ContentType.JSON).body(Map.of("municipalityCode", VUGHT))
                .put("/placements/v1/couplings/{id}/receiving-municipality", family).then().statusCode(403);

        asCoa().contentType(ContentType.JSON).body(Map.of("municipalityCode", VUGHT))
                .put("/placements/v1/couplings/{id}/receiving-municipality", family)
                .then().statusCode(200).body("dividedTo", equalTo(VUGHT)).body("municipalityCode", equalTo(HAAREN));
        // its readers: the receiver, and the split's other receivers through the municipality it was coupled to; nobody else
        asMunicipality(VUGHT).get("/placements/v1/couplings/{id}", family).then().statusCode(200);
        asMunicipality(TILBURG).get("/placements/v1/couplings/{id}", family).then().statusCode(200);
        asMunicipality("GM0363").get("/placements/v1/couplings/{id}", family).then().statusCode(403);

        String divided = await().atMost(Duration.ofSeconds(30)).until(() -> Units.kafka().readAll("placement.events", HAAREN).stream()
                .filter(r -> "nl.permitholders.placement.coupling-divided.v1".equals(nl.permitholders.infrastructure.KafkaTopics.header(r, "ce_type")))
                .map(org.apache.kafka.clients.consumer.ConsumerRecord::value).filter(v -> v.contains(family)).findFirst().orElse(null),
                value -> value != null);
        EventSchemas.assertConforms("nl.permitholders.placement.coupling-divided.v1", divided);
        org.assertj.core.api.Assertions.assertThat(divided).contains("\"receivingMunicipalityCode\":\"" + VUGHT + "\"",
                // the day COA named it, from which it is Vught's
                "\"dividedOn\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")) + "\"");
        org.assertj.core.api.Assertions.assertThat(waitingList(TILBURG).getList("items.couplingId")).doesNotContain(family);
        JsonPath vught = waitingList(VUGHT);
        org.assertj.core.api.Assertions.assertThat(vught.getBoolean("items.find { it.couplingId == '" + family + "' }.toBeDivided"))
                .isFalse();
        place(TILBURG, family, null).statusCode(403);
        place(VUGHT, family, vughtUnit).statusCode(201).body("municipalityCode", equalTo(HAAREN));
        asMunicipality(VUGHT).queryParam("municipalityCode", VUGHT).get("/placements/v1/couplings")
                .then().statusCode(200).body("items.id", hasItem(family));
        asMunicipality(TILBURG).queryParam("municipalityCode", TILBURG).get("/placements/v1/couplings")
                .then().statusCode(200).body("items.id", not(hasItem(family)));
        // a housed coupling is not divided again
        asCoa().contentType(ContentType.JSON).body(Map.of("municipalityCode", TILBURG))
                .put("/placements/v1/couplings/{id}/receiving-municipality", family).then().statusCode(409);
    }

    /**
     * COA couples nobody to a split municipality from the day it was split (Haaren-like, on codes of its own): a coupling
     * dated on or after 1 January 2021 is refused naming its receivers; one dated before it, registered late, is the split
     * municipality's, to be divided.
     */
    @Test
    void aCouplingToASplitMunicipalityDatedAfterItsSplitIsRefusedNamingItsReceivers() {
        String split = Couplings.newMunicipality();
        String first = Couplings.newMunicipality();
        String second = Couplings.newMunicipality();
        String data = """
                {"splitId":"%s","municipalityCode":"%s","receivers":[{"municipalityCode":"%s","share":1},\
                {"municipalityCode":"%s","share":1}],"effectiveDate":"2021-01-01","effectivePeriod":"2021-H1"}"""
                .formatted(UUID.randomUUID(), split, first, second);
        EventSchemas.assertConforms(SPLIT, data);
        Units.kafka().sendCloudEvent("quota.events", split, UUID.randomUUID(), SPLIT, data);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> asCoa().contentType(ContentType.JSON)
                .body(Couplings.family(split, 1, 1, LocalDate.of(2021, 2, 1))).post("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("municipalityCode"))
                .body("invalidParams[0].reason", containsString("split over " + first + " and " + second)));
        Couplings.register(Couplings.family(split, 1, 1, LocalDate.of(2020, 12, 15)));
    }

    private static io.restassured.response.ValidatableResponse place(String municipality, String coupling, UUID unit) {
        Map<String, Object> body = unit == null ? Map.of("persons", 4, "housedOn", "2021-02-01")
                : Map.of("persons", 4, "housedOn", "2021-02-01", "unitId", unit.toString());
        return asMunicipality(municipality).contentType(ContentType.JSON).body(body)
                .post("/placements/v1/couplings/{id}/placements", coupling).then();
    }
}
