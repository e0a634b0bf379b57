package nl.permitholders.placement;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Object-level authorisation (OWASP API1) with real ids, which the authorisation matrix cannot use: a municipality
 * neither reads nor writes another municipality's couplings, offers, placements, reunifications, audit trail or units
 * (403), and a refused write leaves nothing behind.
 */
@QuarkusTest
class TenantIsolationTest {

    private static final LocalDate COUPLED = LocalDate.of(2024, 2, 1);

    /** A coupling of {@code municipality} with an accepted offer, a placement in the unit and a reunification. */
    private record Housed(String municipality, UUID unit, String coupling, String offer, String placement, String reunification) {

        List<String> paths() {
            String base = "/placements/v1/couplings/" + coupling;
            return List.of(base, base + "/offers", base + "/offers/" + offer, base + "/placements",
                    base + "/placements/" + placement, base + "/reunifications", base + "/reunifications/" + reunification,
                    base + "/audit-trail", "/placements/v1/units/" + unit, "/placements/v1/units/" + unit + "/match-suggestions",
                    "/placements/v1/municipalities/" + municipality + "/waiting-list",
                    "/placements/v1/municipalities/" + municipality + "/overdue-couplings",
                    "/placements/v1/municipalities/" + municipality + "/audit-trail");
        }
    }

    private static Housed housed() {
        String municipality = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 6);
        String coupling = Couplings.register(Couplings.family(municipality, 2, 1, COUPLED));
        String offer = Couplings.offer(coupling, unit, COUPLED.plusWeeks(2));
        String placement = Couplings.placeIn(coupling, 3, COUPLED.plusWeeks(3), unit);
        String reunification = asMunicipality(municipality).contentType(ContentType.JSON)
                .body(Map.of("persons", 1, "arrivedOn", COUPLED.plusWeeks(8).toString()))
                .post("/placements/v1/couplings/{id}/reunifications", coupling).then().statusCode(201).extract().path("id");
        return new Housed(municipality, unit, coupling, offer, placement, reunification);
    }

    @Test
    void aMunicipalityReadsItsOwnCouplingsAndUnitsButNoOneElses() {
        Housed almelo = housed();
        String other = Couplings.newMunicipality();
        for (String path : almelo.paths()) {
            asMunicipality(almelo.municipality()).get(path).then().statusCode(200);
            asCoa().get(path).then().statusCode(200);
            asMunicipality(other).get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("does not allow you to act for municipality " + almelo.municipality()));
        }
    }

    @Test
    void aMunicipalityWritesNothingForAnotherMunicipalitysCoupling() {
        String municipality = Couplings.newMunicipality();
        String other = Couplings.newMunicipality();
        UUID unit = Units.known(municipality, "REGULAR", 6);
        String coupling = Couplings.register(Couplings.family(municipality, 2, 1, COUPLED));
        String offer = Couplings.offer(coupling, unit, COUPLED.plusWeeks(2));
        String placement = Couplings.place(coupling, 1, COUPLED.plusWeeks(3));
        String base = "/placements/v1/couplings/" + coupling;

        Map<String, Map<String, Object>> writes = Map.of(
                base + "/offers", Map.of("unitId", unit.toString(), "offeredOn", COUPLED.plusWeeks(3).toString()),
                base + "/offers/" + offer + "/declination", Map.of("reason", "OTHER", "declinedOn", COUPLED.plusWeeks(3).toString()),
                base + "/placements", Map.of("persons", 2, "housedOn", COUPLED.plusWeeks(4).toString()),
                base + "/placements/" + placement + "/revocation", Map.of("reason", "REGISTERED_IN_ERROR"),
                base + "/placements/" + placement + "/follow-up-housing", Map.of("movedOn", COUPLED.plusWeeks(4).toString()),
                base + "/reunifications", Map.of("persons", 1, "arrivedOn", COUPLED.plusWeeks(5).toString()));
        writes.forEach((path, body) -> asMunicipality(other).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(403).contentType("application/problem+json"));

        Couplings.get(coupling).body("status", equalTo("OFFERED")).body("personsHoused", equalTo(1));
        asCoa().get(base + "/offers/" + offer).then().body("status", equalTo("OPEN"));
        asCoa().get(base + "/placements").then().body("totalItems", equalTo(1)).body("items[0].revoked", equalTo(false));
        asCoa().get(base + "/reunifications").then().body("totalItems", equalTo(0));
        asCoa().get(base + "/audit-trail").then().body("items.action",
                contains("COUPLING_REGISTERED", "UNIT_OFFERED", "PLACEMENT_RECORDED"));
        asCoa().get("/placements/v1/municipalities/{code}/audit-trail", other).then().body("totalItems", equalTo(0));
    }

    @Test
    void aMunicipalityListsOnlyItsOwnCouplings() {
        String municipality = Couplings.newMunicipality();
        String other = Couplings.newMunicipality();
        String own = Couplings.register(Couplings.single(municipality, COUPLED));
        Map<String, Object> foreign = Couplings.single(other, COUPLED);
        Couplings.register(foreign);

        asMunicipality(municipality).get("/placements/v1/couplings").then().statusCode(200)
                .body("items.id", contains(own)).body("items.municipalityCode", everyItem(equalTo(municipality)));
        asMunicipality(municipality).queryParam("municipalityCode", municipality).get("/placements/v1/couplings").then()
                .statusCode(200).body("items.id", contains(own));
        asMunicipality(municipality).queryParam("coaReference", foreign.get("coaReference")).get("/placements/v1/couplings")
                .then().statusCode(200).body("totalItems", equalTo(0));
        asMunicipality(municipality).queryParam("municipalityCode", other).get("/placements/v1/couplings").then()
                .statusCode(403).contentType("application/problem+json");
        asCoa().queryParam("coaReference", foreign.get("coaReference")).get("/placements/v1/couplings").then()
                .body("totalItems", equalTo(1));
    }

    @Test
    void aMunicipalityTokenWithoutItsMunicipalityReachesNothing() {
        String municipality = Couplings.newMunicipality();
        String coupling = Couplings.register(Couplings.single(municipality, COUPLED));
        String noTenant = Callers.issuer().token("officer-without-municipality", "municipality", Map.of());
        Callers.as(noTenant).get("/placements/v1/couplings").then().statusCode(403);
        Callers.as(noTenant).get("/placements/v1/couplings/{id}", coupling).then().statusCode(403);
        Callers.as(noTenant).get("/placements/v1/municipalities/{code}/waiting-list", municipality).then().statusCode(403);
        Callers.as(noTenant).contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", COUPLED.plusWeeks(1).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling).then().statusCode(403);
        Couplings.get(coupling).body("personsHoused", equalTo(0));
    }

    @Test
    void couplingsAreCoasAndHousingIsTheMunicipalitys() {
        String municipality = Couplings.newMunicipality();
        Map<String, Object> registration = Couplings.single(municipality, COUPLED);
        asMunicipality(municipality).contentType(ContentType.JSON).body(registration).post("/placements/v1/couplings")
                .then().statusCode(403).contentType("application/problem+json");
        asCoa().queryParam("coaReference", registration.get("coaReference")).get("/placements/v1/couplings").then()
                .body("totalItems", equalTo(0));

        String coupling = Couplings.register(registration);
        Map<String, Object> correction = new java.util.HashMap<>(registration);
        correction.remove("coaReference");
        correction.remove("municipalityCode");
        correction.put("reason", "municipality tries");
        correction.put("expectedReunificationPersons", 2);
        asMunicipality(municipality).contentType(ContentType.JSON).body(correction)
                .post("/placements/v1/couplings/{id}/corrections", coupling).then().statusCode(403);
        asMunicipality(municipality).contentType(ContentType.JSON)
                .body(Map.of("reason", "WITHDRAWN", "cancelledOn", COUPLED.plusDays(1).toString()))
                .post("/placements/v1/couplings/{id}/cancellation", coupling).then().statusCode(403);
        asCoa().contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", COUPLED.plusWeeks(1).toString()))
                .post("/placements/v1/couplings/{id}/placements", coupling).then().statusCode(403);

        Couplings.get(coupling).body("status", equalTo("COUPLED")).body("expectedReunificationPersons", equalTo(0))
                .body("personsHoused", equalTo(0));
        asCoa().get("/placements/v1/couplings/{id}/audit-trail", coupling).then()
                .body("items.action", contains("COUPLING_REGISTERED"));
    }
}
