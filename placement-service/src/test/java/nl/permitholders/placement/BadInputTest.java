package nl.permitholders.placement;

import static nl.permitholders.placement.Callers.asCoa;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import nl.permitholders.platform.api.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Values that no field accepts, each in an otherwise valid request on a coupling that exists: a date outside
 * 2000–2100, text with a NUL character, a number for an enum or a boolean, blank text for a number, a blank explanation, a page
 * beyond the last a query can reach. Each is a 400 naming the field, and nothing is stored.
 */
@QuarkusTest
class BadInputTest {

    private static final LocalDate COUPLED = LocalDate.of(2025, 2, 1);

    @Test
    void aCouplingWithADateOutsideTheRangeIsRefusedNamingItAndNotStored() {
        String municipality = Couplings.newMunicipality();
        Map<String, Object> body = Couplings.single(municipality, COUPLED);
        body.put("couplingDate", "0025-03-01");
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("couplingDate"))
                .body("invalidParams[0].reason", equalTo("must be a date from 2000-01-01 to 2100-12-31"));
        body.put("couplingDate", "2101-01-01");
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", contains("couplingDate"));
        asCoa().queryParam("municipalityCode", municipality).get("/placements/v1/couplings")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void placementsAndReunificationsWithADateOutsideTheRangeAreRefusedNamingItAndNotStored() {
        String coupling = Couplings.register(Couplings.family(Couplings.newMunicipality(), 2, 0, COUPLED));
        Couplings.asItsMunicipality(coupling).contentType(ContentType.JSON).body(Map.of("persons", 1, "housedOn", "0025-03-01"))
                .post("/placements/v1/couplings/{id}/placements", coupling)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("housedOn"));
        Couplings.asItsMunicipality(coupling).contentType(ContentType.JSON).body(Map.of("persons", 1, "arrivedOn", "0025-03-01"))
                .post("/placements/v1/couplings/{id}/reunifications", coupling)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("arrivedOn"));
        Couplings.get(coupling).body("personsHoused", equalTo(0)).body("persons", equalTo(2));
    }

    @Test
    void aNumberForAnEnumIsRefusedNamingTheFieldNotReadAsItsPosition() {
        String municipality = Couplings.newMunicipality();
        Map<String, Object> body = Couplings.single(municipality, COUPLED);
        body.put("householdType", 0);
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("householdType"));
        body.put("householdType", "1");
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).body("invalidParams.name", contains("householdType"));
        asCoa().queryParam("municipalityCode", municipality).get("/placements/v1/couplings")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void textWithANulCharacterIsRefusedNamingTheField() {
        String municipality = Couplings.newMunicipality();
        Map<String, Object> body = Couplings.single(municipality, COUPLED);
        body.put("coaReference", "COA-\u0000-1");
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("coaReference"))
                .body("invalidParams[0].reason", equalTo("must not contain the NUL character (U+0000)"));
        asCoa().queryParam("municipalityCode", municipality).get("/placements/v1/couplings")
                .then().statusCode(200).body("totalItems", equalTo(0));
        asCoa().queryParam("coaReference", "COA-\u0000").get("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("coaReference"));
    }

    @Test
    void blankTextForANumberOrANumberForABooleanIsRefusedNamingTheField() {
        String municipality = Couplings.newMunicipality();
        for (String blank : new String[] {"", "   "}) {
            Map<String, Object> body = Couplings.single(municipality, COUPLED);
            body.put("expectedReunificationPersons", blank);
            asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", contains("expectedReunificationPersons"));
        }
        Map<String, Object> body = Couplings.single(municipality, COUPLED);
        body.put("ownRegion", 1);
        asCoa().contentType(ContentType.JSON).body(body).post("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("ownRegion"));
        asCoa().queryParam("municipalityCode", municipality).get("/placements/v1/couplings")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aBlankExplanationIsRefusedNamingItAndTheCouplingStaysCoupled() {
        String coupling = Couplings.register(Couplings.single(Couplings.newMunicipality(), COUPLED));
        for (String blank : new String[] {"", "   "}) {
            asCoa().contentType(ContentType.JSON)
                    .body(Map.of("reason", "WITHDRAWN", "cancelledOn", COUPLED.plusDays(1).toString(), "explanation", blank))
                    .post("/placements/v1/couplings/{id}/cancellation", coupling)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", contains("explanation"))
                    .body("invalidParams[0].reason", equalTo("must not be blank"));
        }
        Couplings.get(coupling).body("status", equalTo("COUPLED"));
    }

    @Test
    void aPageBeyondTheLastAQueryCanReachIsRefusedNamingIt() {
        asCoa().queryParam("page", Integer.MAX_VALUE).queryParam("pageSize", 100).get("/placements/v1/couplings")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("page"));
        asCoa().queryParam("page", PageRequest.MAX_OFFSET / 100 + 1).queryParam("pageSize", 100).get("/placements/v1/couplings")
                .then().statusCode(200);
    }
}
