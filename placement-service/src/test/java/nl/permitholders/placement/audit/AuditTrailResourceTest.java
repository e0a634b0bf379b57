package nl.permitholders.placement.audit;

import static nl.permitholders.placement.Callers.COA_PLANNER;
import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static nl.permitholders.placement.Callers.officerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.placement.Couplings;
import nl.permitholders.placement.Units;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailResourceTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);

    @Test
    void everyWriteIsRecordedWithWhoDidItFromTheTokenWhenAndWhy() {
        String coupling = Couplings.register(Couplings.family("GM0141", 1, 0, COUPLED));
        Couplings.place(coupling, 1, COUPLED.plusWeeks(4));

        asCoa().get("/placements/v1/couplings/{id}/audit-trail", coupling).then().statusCode(200)
                .body("items.action", contains("COUPLING_REGISTERED", "PLACEMENT_RECORDED"))
                .body("items.actor", contains(COA_PLANNER, officerOf("GM0141")))
                .body("items.actorRole", contains("coa", "municipality"))
                .body("items[0].actorMunicipality", nullValue())
                .body("items[1].actorMunicipality", equalTo("GM0141"))
                .body("items.couplingId", everyItem(equalTo(coupling)))
                .body("items[0].subjectId", equalTo(coupling))
                .body("items[0].at", notNullValue())
                .body("items[1].details", containsString("1 person housed on " + COUPLED.plusWeeks(4)));
        asCoa().queryParam("pageSize", 1).queryParam("page", 2).get("/placements/v1/couplings/{id}/audit-trail", coupling)
                .then().body("items.action", contains("PLACEMENT_RECORDED")).body("totalPages", equalTo(2));
    }

    @Test
    void theCallerCanNoLongerNameItselfInAnXActorHeader() {
        String coupling = asCoa().contentType(ContentType.JSON).header("X-Actor", "someone-else")
                .body(Couplings.family("GM0141", 1, 0, COUPLED))
                .post("/placements/v1/couplings").then().statusCode(201).extract().path("id");
        asCoa().get("/placements/v1/couplings/{id}/audit-trail", coupling).then()
                .body("items.actor", contains(COA_PLANNER));
    }

    @Test
    void theAuditTrailOfAnUnknownCouplingIsNotFound() {
        asCoa().get("/placements/v1/couplings/{id}/audit-trail", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aMunicipalitysTrailHoldsEveryWriteToItsCouplingsNewestFirst() {
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 4);
        Map<String, Object> registration = Couplings.family(municipality, 2, 0, COUPLED);
        String family = Couplings.register(registration);
        Map<String, Object> correction = new java.util.HashMap<>(registration);
        correction.remove("coaReference");
        correction.remove("municipalityCode");
        correction.put("minors", 1);
        correction.put("reason", "a child was missing");
        asCoa().contentType(ContentType.JSON).body(correction)
                .post("/placements/v1/couplings/{id}/corrections", family).then().statusCode(200);
        String offer = Couplings.offer(family, unit, COUPLED.plusWeeks(1));
        asMunicipality(municipality).contentType(ContentType.JSON)
                .body(Map.of("reason", "UNIT_UNSUITABLE", "declinedOn", COUPLED.plusWeeks(2).toString()))
                .post("/placements/v1/couplings/{c}/offers/{o}/declination", family, offer).then().statusCode(200);
        String placement = Couplings.place(family, 3, COUPLED.plusWeeks(3));
        asMunicipality(municipality).contentType(ContentType.JSON).body(Map.of("reason", "WRONG_DETAILS", "explanation", "wrong date"))
                .post("/placements/v1/couplings/{c}/placements/{p}/revocation", family, placement).then().statusCode(200);
        Couplings.place(family, 3, COUPLED.plusWeeks(4));
        asMunicipality(municipality).contentType(ContentType.JSON)
                .body(Map.of("persons", 1, "arrivedOn", COUPLED.plusWeeks(10).toString()))
                .post("/placements/v1/couplings/{id}/reunifications", family).then().statusCode(201);
        String single = Couplings.register(Couplings.single(municipality, COUPLED));
        asCoa().contentType(ContentType.JSON).body(Map.of("reason", "WITHDRAWN", "cancelledOn", COUPLED.plusDays(1).toString()))
                .post("/placements/v1/couplings/{id}/cancellation", single).then().statusCode(200);
        Couplings.register(Couplings.single(Couplings.newMunicipality(), COUPLED));

        String trail = "/placements/v1/municipalities/{code}/audit-trail";
        asMunicipality(municipality).get(trail, municipality).then().statusCode(200)
                .body("items.action", contains("COUPLING_CANCELLED", "COUPLING_REGISTERED", "REUNIFICATION_ARRIVED",
                        "PLACEMENT_RECORDED", "PLACEMENT_REVOKED", "PLACEMENT_RECORDED", "OFFER_DECLINED", "UNIT_OFFERED",
                        "COUPLING_CORRECTED", "COUPLING_REGISTERED"))
                .body("items.couplingId", contains(single, single, family, family, family, family, family, family, family, family))
                .body("items.actorRole", contains("coa", "coa", "municipality", "municipality", "municipality",
                        "municipality", "municipality", "municipality", "coa", "coa"))
                .body("items[2].actor", equalTo(officerOf(municipality)))
                .body("items[2].actorMunicipality", equalTo(municipality))
                .body("items[4].reason", equalTo("WRONG_DETAILS: wrong date"))
                .body("totalItems", equalTo(10));
        List<String> times = asCoa().get(trail, municipality).then().statusCode(200).extract().path("items.at");
        assertThat(times.stream().map(Instant::parse).toList()).isSortedAccordingTo(Comparator.reverseOrder());
        asCoa().queryParam("page", 2).queryParam("pageSize", 4).get(trail, municipality).then().statusCode(200)
                .body("items.action", contains("PLACEMENT_REVOKED", "PLACEMENT_RECORDED", "OFFER_DECLINED", "UNIT_OFFERED"))
                .body("totalPages", equalTo(3));
    }

    @Test
    void aMunicipalitysTrailRefusesBadParameters() {
        asCoa().get("/placements/v1/municipalities/{code}/audit-trail", "Almelo").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", contains("code"));
        asCoa().queryParam("pageSize", 101).get("/placements/v1/municipalities/{code}/audit-trail", "GM0141").then()
                .statusCode(400).body("invalidParams.name", contains("pageSize"));
    }
}
