package nl.permitholders.placement.placement;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static nl.permitholders.placement.Callers.officerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import org.junit.jupiter.api.Test;

/** Persons in temporary housing move on to follow-up housing: recorded once, by the coupling's own municipality. */
@QuarkusTest
class FollowUpHousingResourceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);
    private static final LocalDate HOUSED = COUPLED.plusWeeks(3);
    private static final String PATH = "/placements/v1/couplings/{c}/placements/{p}/follow-up-housing";

    private static ValidatableResponse moveOn(String coupling, String placement, Map<String, Object> body) {
        return Couplings.asItsMunicipality(coupling).contentType(ContentType.JSON).body(body).post(PATH, coupling, placement).then();
    }

    private static ValidatableResponse moveOn(String coupling, String placement, LocalDate movedOn) {
        return moveOn(coupling, placement, Map.of("movedOn", movedOn.toString()));
    }

    private static String placeIn(String coupling, String unitType) {
        return Couplings.asItsMunicipality(coupling).contentType(ContentType.JSON)
                .body(Map.of("persons", 2, "housedOn", HOUSED.toString(), "unitType", unitType))
                .post("/placements/v1/couplings/{id}/placements", coupling).then().statusCode(201).extract().path("id");
    }

    private static void stillInTemporaryHousing(String coupling, String placement) {
        asCoa().get("/placements/v1/couplings/{c}/placements/{p}", coupling, placement).then().statusCode(200)
                .body("temporary", equalTo(true)).body("movedOn", nullValue());
    }

    @Test
    void personsInAnIntermediateFacilityMoveOnToFollowUpHousingAndStayHoused() {
        String municipality = Couplings.newMunicipality();
        UUID facility = Units.known(municipality, "INTERMEDIATE", 10);
        String coupling = Couplings.register(Couplings.family(municipality, 2, 0, COUPLED));
        String placement = Couplings.placeIn(coupling, 2, HOUSED, facility);
        stillInTemporaryHousing(coupling, placement);

        moveOn(coupling, placement, HOUSED.plusMonths(4)).statusCode(200)
                .body("id", equalTo(placement)).body("temporary", equalTo(true))
                .body("movedOn", equalTo(HOUSED.plusMonths(4).toString())).body("revoked", equalTo(false));
        asCoa().get("/placements/v1/couplings/{c}/placements/{p}", coupling, placement).then()
                .body("movedOn", equalTo(HOUSED.plusMonths(4).toString()));
        Couplings.get(coupling).body("status", equalTo("HOUSED")).body("personsHoused", equalTo(2));
        asCoa().get("/placements/v1/couplings/{c}/audit-trail", coupling).then()
                .body("items.action", contains("COUPLING_REGISTERED", "PLACEMENT_RECORDED", "MOVED_TO_FOLLOW_UP_HOUSING"))
                .body("items.actor", hasItem(officerOf(municipality)))
                .body("items.details", hasItem(containsString("moved on to follow-up housing on " + HOUSED.plusMonths(4))));
    }

    @Test
    void theMoveOnIsRecordedOnceAndARepeatIsRefused() {
        String coupling = Couplings.register(Couplings.family(Couplings.newMunicipality(), 2, 0, COUPLED));
        String placement = placeIn(coupling, "INTERMEDIATE");
        moveOn(coupling, placement, HOUSED.plusDays(1)).statusCode(200);
        moveOn(coupling, placement, HOUSED.plusDays(2)).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("moved on to follow-up housing on " + HOUSED.plusDays(1) + " already"));
        asCoa().get("/placements/v1/couplings/{c}/placements/{p}", coupling, placement).then()
                .body("movedOn", equalTo(HOUSED.plusDays(1).toString()));
        asCoa().get("/placements/v1/couplings/{c}/audit-trail", coupling).then()
                .body("items.action", contains("COUPLING_REGISTERED", "PLACEMENT_RECORDED", "MOVED_TO_FOLLOW_UP_HOUSING"));
    }

    @Test
    void personsInRegularHousingAFlexHomeOrAnUnknownKindOfHousingNeedNoFollowUpHousing() {
        String municipality = Couplings.newMunicipality();
        String coupling = Couplings.register(Couplings.family(municipality, 4, 2, COUPLED));
        for (String placement : new String[] {placeIn(coupling, "FLEX"), placeIn(coupling, "REGULAR"), Couplings.place(coupling, 2, HOUSED)}) {
            moveOn(coupling, placement, HOUSED.plusDays(1)).statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("not in temporary housing"));
            asCoa().get("/placements/v1/couplings/{c}/placements/{p}", coupling, placement).then().body("movedOn", nullValue());
        }
        asCoa().get("/placements/v1/couplings/{c}/audit-trail", coupling).then()
                .body("items.action", contains("COUPLING_REGISTERED", "PLACEMENT_RECORDED", "PLACEMENT_RECORDED", "PLACEMENT_RECORDED"));
    }

    @Test
    void nobodyMovesOnFromARevokedPlacement() {
        String coupling = Couplings.register(Couplings.family(Couplings.newMunicipality(), 2, 0, COUPLED));
        String placement = placeIn(coupling, "INTERMEDIATE");
        RevocationResourceTest.revoke(coupling, placement, "REGISTERED_IN_ERROR").statusCode(200);
        moveOn(coupling, placement, HOUSED.plusDays(1)).statusCode(409).body("detail", containsString("REVOKED"));
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        String coupling = Couplings.register(Couplings.family(Couplings.newMunicipality(), 2, 0, COUPLED));
        String placement = placeIn(coupling, "INTERMEDIATE");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);
        moveOn(coupling, placement, tomorrow).statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("movedOn"));
        moveOn(coupling, placement, HOUSED.minusDays(1)).statusCode(400).body("invalidParams.name", contains("movedOn"))
                .body("invalidParams.reason", hasItem(containsString("before the persons were housed on " + HOUSED)));
        moveOn(coupling, placement, Map.of()).statusCode(400).body("invalidParams.name", hasItem("movedOn"));
        moveOn(coupling, placement, Map.of("movedOn", "2025-13-01")).statusCode(400).body("invalidParams.name", hasItem("movedOn"));
        moveOn(coupling, placement, Map.of("movedOn", HOUSED.plusDays(1).toString(), "persons", 1)).statusCode(400)
                .body("invalidParams.name", hasItem("persons"));
        moveOn(coupling, UUID.randomUUID().toString(), HOUSED.plusDays(1)).statusCode(404).contentType("application/problem+json");
        stillInTemporaryHousing(coupling, placement);
    }

    @Test
    void onlyTheCouplingsOwnMunicipalityRecordsTheMoveOn() {
        String coupling = Couplings.register(Couplings.family(Couplings.newMunicipality(), 2, 0, COUPLED));
        String placement = placeIn(coupling, "INTERMEDIATE");
        Map<String, String> body = Map.of("movedOn", HOUSED.plusDays(1).toString());
        asMunicipality(Couplings.newMunicipality()).contentType(ContentType.JSON).body(body).post(PATH, coupling, placement)
                .then().statusCode(403).contentType("application/problem+json");
        asCoa().contentType(ContentType.JSON).body(body).post(PATH, coupling, placement)
                .then().statusCode(403).contentType("application/problem+json");
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(body).post(PATH, coupling, placement)
                .then().statusCode(401).contentType("application/problem+json");
        stillInTemporaryHousing(coupling, placement);
        asCoa().get("/placements/v1/couplings/{c}/audit-trail", coupling).then()
                .body("items.action", contains("COUPLING_REGISTERED", "PLACEMENT_RECORDED"));
    }

    @Test
    void familyMembersWhoJoinTheReferentInAnIntermediateFacilityNeedFollowUpHousingTooAndMoveOnWithTheReferent() {
        String municipality = Couplings.newMunicipality();
        UUID facility = Units.known(municipality, "INTERMEDIATE", 10);
        Map<String, Object> referent = Couplings.single(municipality, COUPLED);
        referent.put("expectedReunificationPersons", 3);
        String coupling = Couplings.register(referent);
        String placement = Couplings.placeIn(coupling, 1, HOUSED, facility);
        LocalDate arrived = HOUSED.plusMonths(2);

        String reunification = Couplings.asItsMunicipality(coupling).contentType(ContentType.JSON)
                .body(Map.of("persons", 3, "arrivedOn", arrived.toString()))
                .post("/placements/v1/couplings/{id}/reunifications", coupling).then().statusCode(201)
                .body("temporary", equalTo(true)).body("joinedPlacementId", equalTo(placement)).extract().path("id");
        List<String> arrivals = await().atMost(Duration.ofSeconds(30)).until(() -> Units.kafka().readAll("placement.events", municipality)
                .stream().filter(r -> "nl.permitholders.placement.reunification-arrived.v1".equals(KafkaTopics.header(r, "ce_type")))
                .map(r -> r.value()).filter(v -> v.contains(reunification)).toList(), found -> found.size() == 1);
        EventSchemas.assertConforms("nl.permitholders.placement.reunification-arrived.v1", arrivals.get(0));
        assertThat(arrivals.get(0)).contains("\"temporary\":true", "\"joinedPlacementId\":\"" + placement + "\"");

        // The move on covers them: it is not dated before they joined.
        moveOn(coupling, placement, arrived.minusDays(1)).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("movedOn"))
                .body("invalidParams[0].reason", containsString("when family members joined them in the temporary housing"));
        stillInTemporaryHousing(coupling, placement);
        moveOn(coupling, placement, arrived.plusMonths(1)).statusCode(200).body("movedOn", equalTo(arrived.plusMonths(1).toString()));
        asCoa().get("/placements/v1/couplings/{c}/audit-trail", coupling).then()
                .body("items.details", hasItem(containsString("with 3 family members who joined them there")));

        // Family members arriving after the move on join the referent in the follow-up housing: nothing temporary.
        Couplings.asItsMunicipality(coupling).contentType(ContentType.JSON).body(Map.of("persons", 1, "arrivedOn", arrived.plusMonths(2).toString()))
                .post("/placements/v1/couplings/{id}/reunifications", coupling).then().statusCode(201)
                .body("temporary", equalTo(false)).body("$", not(hasKey("joinedPlacementId")));
    }

    @Test
    void familyMembersWhoJoinTheReferentInRegularHousingNeedNoFollowUpHousing() {
        String municipality = Couplings.newMunicipality();
        Map<String, Object> referent = Couplings.single(municipality, COUPLED);
        referent.put("expectedReunificationPersons", 2);
        String coupling = Couplings.register(referent);
        Couplings.placeIn(coupling, 1, HOUSED, Units.known(municipality, "REGULAR", 4));
        Couplings.asItsMunicipality(coupling).contentType(ContentType.JSON).body(Map.of("persons", 2, "arrivedOn", HOUSED.plusMonths(1).toString()))
                .post("/placements/v1/couplings/{id}/reunifications", coupling).then().statusCode(201)
                .body("temporary", equalTo(false)).body("$", not(hasKey("joinedPlacementId")));
    }
}
