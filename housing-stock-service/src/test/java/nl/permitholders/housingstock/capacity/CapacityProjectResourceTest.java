package nl.permitholders.housingstock.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.housingstock.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CapacityProjectResourceTest {

    @BeforeEach
    void municipalitiesInTheRegister() {
        TestData.knownMunicipalities("GM0141");
    }

    private static final String PROJECTS = "/housing-stock/v1/capacity-projects";

    /** Almelo's plan of approach: 150 mixed new-build homes with 100 places for permit holders, end 2026 and 2027. */
    static Map<String, Object> almeloNewBuild(String owner, String municipality) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", "ALM-NB-2025");
        body.put("ownerId", owner);
        body.put("municipalityCode", municipality);
        body.put("name", "Gemengde nieuwbouwlocaties");
        body.put("type", "NEW_BUILD");
        body.put("units", 150);
        body.put("permitHolderPlaces", 100);
        body.put("expectedDeliveries", List.of(
                Map.of("period", "2026-H2", "units", 50, "permitHolderPlaces", 30),
                Map.of("period", "2027-I", "units", 50, "permitHolderPlaces", 35),
                Map.of("period", "2027-H2", "units", 50, "permitHolderPlaces", 35)));
        return body;
    }

    @Test
    void aProjectIsPlannedOnceAndReplannedWhenItsPlanChanges() {
        String owner = "gemeente-" + UUID.randomUUID();
        String municipality = TestData.uniqueMunicipalityCode();
        Map<String, Object> body = almeloNewBuild(owner, municipality);
        Response created = TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(body).post(PROJECTS);
        created.then().statusCode(201)
                .body("registeredBy", equalTo("officer-" + municipality)).body("plannedBy", equalTo("officer-" + municipality))
                .body("units", equalTo(150)).body("permitHolderPlaces", equalTo(100))
                .body("expectedDeliveries.period", contains("2026-H2", "2027-H1", "2027-H2"))
                .body("deliveredUnits", equalTo(0));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PROJECTS + "/" + id);

        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(body).post(PROJECTS).then().statusCode(200).body("id", equalTo(id));
        body.put("units", 120);
        body.put("expectedDeliveries", List.of(
                Map.of("period", "2027-H1", "units", 60, "permitHolderPlaces", 50),
                Map.of("period", "2028-H1", "units", 60, "permitHolderPlaces", 50)));
        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(body).post(PROJECTS).then().statusCode(200)
                .body("id", equalTo(id)).body("units", equalTo(120))
                .body("expectedDeliveries.period", contains("2027-H1", "2028-H1"));
        TestData.asMunicipality(municipality).get(PROJECTS + "/{id}", id).then().statusCode(200)
                .body("expectedDeliveries.units", contains(60, 60));
        TestData.asMunicipality(municipality).queryParam("municipalityCode", municipality).queryParam("type", "NEW_BUILD").get(PROJECTS)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].expectedDeliveries.size()", equalTo(2));
        TestData.asMunicipality(municipality).get(PROJECTS + "/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aProjectRenamedWithTheSameExpectedDeliveriesIsReplanned() {
        String municipality = TestData.uniqueMunicipalityCode();
        Map<String, Object> body = almeloNewBuild("gemeente-" + UUID.randomUUID(), municipality);
        String id = TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(body).post(PROJECTS)
                .then().statusCode(201).extract().path("id");

        body.put("name", "Nieuwbouw Almelo-Noord");
        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(body).post(PROJECTS).then().statusCode(200)
                .body("id", equalTo(id)).body("name", equalTo("Nieuwbouw Almelo-Noord"))
                .body("expectedDeliveries.period", contains("2026-H2", "2027-H1", "2027-H2"));
        TestData.asMunicipality(municipality).get(PROJECTS + "/{id}", id).then().statusCode(200)
                .body("name", equalTo("Nieuwbouw Almelo-Noord")).body("expectedDeliveries.units", contains(50, 50, 50));
    }

    @Test
    void expectedDeliveriesMustAddUpToThePlan() {
        Map<String, Object> body = almeloNewBuild("gemeente-" + UUID.randomUUID(), "GM0141");
        body.put("units", 160);
        TestData.asMunicipality("GM0141").contentType(ContentType.JSON).body(body).post(PROJECTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.reason", hasItem("add up to 150 units, but the project has 160"));
        body.put("expectedDeliveries", List.of(Map.of("period", "end of 2026", "units", 160, "permitHolderPlaces", 100)));
        TestData.asMunicipality("GM0141").contentType(ContentType.JSON).body(body).post(PROJECTS)
                .then().statusCode(400).body("invalidParams.name", contains("expectedDeliveries[0].period"));
        List<Map<String, Object>> fortyOneHalfYears = new java.util.ArrayList<>();
        for (int year = 2026; fortyOneHalfYears.size() < 41; year++) {
            fortyOneHalfYears.add(Map.of("period", year + "-H1", "units", 1, "permitHolderPlaces", 0));
            fortyOneHalfYears.add(Map.of("period", year + "-H2", "units", 1, "permitHolderPlaces", 0));
        }
        body.put("expectedDeliveries", fortyOneHalfYears);
        body.put("units", fortyOneHalfYears.size());
        body.put("permitHolderPlaces", 0);
        // A plan that adds up, but over more half-years than one event should carry.
        TestData.asMunicipality("GM0141").contentType(ContentType.JSON).body(body).post(PROJECTS)
                .then().statusCode(400).body("invalidParams.name", contains("expectedDeliveries"));
        body.put("type", "CASTLE");
        body.put("units", 0);
        TestData.asMunicipality("GM0141").contentType(ContentType.JSON).body(body).post(PROJECTS)
                .then().statusCode(400).body("invalidParams.name", hasItem("type"));
    }

    @Test
    void deliveriesFillThePipelineAndNeverExceedThePlan() {
        String owner = "gemeente-" + UUID.randomUUID();
        String municipality = TestData.uniqueMunicipalityCode();
        String id = TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(almeloNewBuild(owner, municipality)).post(PROJECTS)
                .then().statusCode(201).extract().path("id");
        Map<String, Object> flex = new LinkedHashMap<>(Map.of("externalId", "FLEX-1", "ownerId", owner, "municipalityCode", municipality,
                "name", "Flexwoningen Noord", "type", "FLEX", "units", 24, "permitHolderPlaces", 12,
                "expectedDeliveries", List.of(Map.of("period", "2025-H2", "units", 24, "permitHolderPlaces", 12))));
        String flexId = TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(flex).post(PROJECTS).then().statusCode(201).extract().path("id");

        Map<String, Object> delivery = Map.of("deliveredOn", "2025-09-15", "units", 24, "permitHolderPlaces", 12);
        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(delivery).post(PROJECTS + "/{id}/deliveries", flexId)
                .then().statusCode(201).body("units", equalTo(24));
        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(delivery).post(PROJECTS + "/{id}/deliveries", flexId).then().statusCode(200);
        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(Map.of("deliveredOn", "2025-09-15", "units", 20, "permitHolderPlaces", 12))
                .post(PROJECTS + "/{id}/deliveries", flexId).then().statusCode(409).contentType("application/problem+json");
        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(Map.of("deliveredOn", "2025-10-01", "units", 1, "permitHolderPlaces", 0))
                .post(PROJECTS + "/{id}/deliveries", flexId).then().statusCode(409)
                .body("detail", containsString("Re-plan the project first"));
        flex.put("units", 20);
        flex.put("expectedDeliveries", List.of(Map.of("period", "2025-H2", "units", 20, "permitHolderPlaces", 12)));
        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(flex).post(PROJECTS).then().statusCode(409)
                .body("detail", containsString("already delivered 24 units"));
        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(Map.of("deliveredOn", TestData.today().plusDays(1).toString(), "units", 1,
                "permitHolderPlaces", 0)).post(PROJECTS + "/{id}/deliveries", id).then().statusCode(400)
                .body("invalidParams.name", contains("deliveredOn"));
        TestData.asMunicipality(municipality).contentType(ContentType.JSON).body(delivery).post(PROJECTS + "/{id}/deliveries", UUID.randomUUID()).then().statusCode(404);
        TestData.asMunicipality(municipality).get(PROJECTS + "/{id}", flexId).then().body("deliveredUnits", equalTo(24)).body("deliveries.deliveredOn", contains("2025-09-15"));

        TestData.asMunicipality(municipality).get("/housing-stock/v1/municipalities/{code}/capacity-pipeline", municipality).then().statusCode(200)
                .body("projects", equalTo(2))
                .body("pipeline.plannedUnits", equalTo(174))
                .body("pipeline.plannedPermitHolderPlaces", equalTo(112))
                .body("pipeline.deliveredUnits", equalTo(24))
                .body("pipeline.remainingPermitHolderPlaces", equalTo(100))
                .body("pipeline.halfYears.period", contains("2025-H2", "2026-H2", "2027-H1", "2027-H2"))
                .body("pipeline.halfYears[0].expectedUnits", equalTo(24))
                .body("pipeline.halfYears[0].deliveredUnits", equalTo(24))
                .body("pipeline.halfYears[1].expectedPermitHolderPlaces", equalTo(30));
        TestData.asMunicipality(municipality).get("/housing-stock/v1/municipalities/{code}/capacity-pipeline", "Almelo").then().statusCode(400);
        TestData.asMunicipality(municipality).queryParam("type", "CASTLE").queryParam("pageSize", 0).get(PROJECTS).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("type", "pageSize"));
    }
}
