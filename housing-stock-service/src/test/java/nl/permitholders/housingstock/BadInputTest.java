package nl.permitholders.housingstock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.api.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Values of the right type that no field accepts, each in an otherwise valid request on a project that exists: a date
 * outside 2000–2100, text with a NUL character, a blank retirement reason, a page beyond the last a query can reach. Each is a 400 naming the
 * field, and nothing is stored.
 */
@QuarkusTest
class BadInputTest {

    private static final String PROJECTS = "/housing-stock/v1/capacity-projects";

    private static Map<String, Object> flexProject(String municipality) {
        return new LinkedHashMap<>(Map.of("externalId", "FLEX-" + UUID.randomUUID(), "ownerId", "gemeente-" + municipality,
                "municipalityCode", municipality, "name", "Flexwoningen Noord", "type", "FLEX", "units", 24,
                "permitHolderPlaces", 12,
                "expectedDeliveries", List.of(Map.of("period", "2025-H2", "units", 24, "permitHolderPlaces", 12))));
    }

    @Test
    void aDeliveryDatedOutsideTheRangeIsRefusedNamingItAndTheFiguresStayReadable() {
        String municipality = TestData.knownMunicipality(TestData.uniqueMunicipalityCode());
        String project = TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(flexProject(municipality))
                .post(PROJECTS).then().statusCode(201).extract().path("id");
        TestData.asMunicipality(municipality).contentType(ContentType.JSON)
                .body(Map.of("deliveredOn", "0025-03-01", "units", 24, "permitHolderPlaces", 12))
                .post(PROJECTS + "/{id}/deliveries", project)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("deliveredOn"))
                .body("invalidParams[0].reason", equalTo("must be a date from 2000-01-01 to 2100-12-31"));
        TestData.asMunicipality(municipality).get(PROJECTS + "/{id}", project).then().statusCode(200).body("deliveredUnits", equalTo(0));
        TestData.asMunicipality(municipality).get("/housing-stock/v1/municipalities/{code}/capacity-pipeline", municipality)
                .then().statusCode(200);
    }

    @Test
    void aDateQueryParameterOutsideTheRangeIsRefusedNamingIt() {
        String municipality = TestData.knownMunicipality(TestData.uniqueMunicipalityCode());
        TestData.asMunicipality(municipality).queryParam("asOf", "0025-03-01")
                .get("/housing-stock/v1/municipalities/{code}/free-capacity", municipality)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("asOf"));
    }

    @Test
    void textWithANulCharacterIsRefusedNamingTheFieldAndNotStored() {
        String municipality = TestData.knownMunicipality(TestData.uniqueMunicipalityCode());
        Map<String, Object> body = flexProject(municipality);
        body.put("name", "Flex\u0000woningen");
        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(body).post(PROJECTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("name"))
                .body("invalidParams[0].reason", equalTo("must not contain the NUL character (U+0000)"));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).get(PROJECTS)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aBlankRetirementReasonIsRefusedNamingItAndTheUnitStaysInTheStock() {
        String municipality = TestData.knownMunicipality(TestData.uniqueMunicipalityCode());
        String unit = TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON)
                .body(TestData.unit(TestData.uniqueExternalId(), municipality, "REGULAR", 2))
                .post("/housing-stock/v1/units").then().statusCode(201).extract().path("id");
        for (String blank : new String[] {"", "   "}) {
            TestData.asCorporation(TestData.OWNER).contentType(ContentType.JSON)
                    .body(Map.of("retiredOn", TestData.today().toString(), "reason", blank))
                    .put("/housing-stock/v1/units/{id}/retirement", unit)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", contains("reason"))
                    .body("invalidParams[0].reason", equalTo("must not be blank"));
        }
        TestData.asCorporation(TestData.OWNER).get("/housing-stock/v1/units/{id}", unit).then().statusCode(200)
                .body("retiredOn", equalTo(null));
    }

    @Test
    void aPageBeyondTheLastAQueryCanReachIsRefusedNamingIt() {
        String municipality = TestData.knownMunicipality(TestData.uniqueMunicipalityCode());
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality)
                .queryParam("page", Integer.MAX_VALUE).queryParam("pageSize", 100).get(PROJECTS)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("page"));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality)
                .queryParam("page", PageRequest.MAX_OFFSET / 100 + 1).queryParam("pageSize", 100).get(PROJECTS)
                .then().statusCode(200);
    }
}
