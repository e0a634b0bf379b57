package nl.permitholders.housingstock.capacity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.permitholders.housingstock.TestData;
import org.junit.jupiter.api.Test;

/**
 * A municipality plans, delivers and reads the projects in its municipality; a corporation the projects it owns
 * (ownerId). Nobody reaches another's project, and only a municipality sees its own pipeline and free capacity.
 */
@QuarkusTest
class CapacityProjectAccessTest {

    private static final String PROJECTS = TestData.BASE + "/capacity-projects";
    private static final Map<String, Object> DELIVERY = Map.of("deliveredOn", "2025-09-15", "units", 10, "permitHolderPlaces", 5);

    @Test
    void aProjectIsReachedByItsMunicipalityAndItsOwnerOnly() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String corporation = TestData.uniqueCorporationId();
        String other = TestData.uniqueCorporationId();
        String id = TestData.asCorporation(corporation).contentType(ContentType.JSON)
                .body(CapacityProjectResourceTest.almeloNewBuild(corporation, almelo))
                .post(PROJECTS).then().statusCode(201).extract().path("id");

        TestData.asCorporation(corporation).get(PROJECTS + "/{id}", id).then().statusCode(200);
        TestData.asMunicipality(almelo).get(PROJECTS + "/{id}", id).then().statusCode(200);
        TestData.asMunicipality(enschede).get(PROJECTS + "/{id}", id).then().statusCode(403).contentType("application/problem+json");
        TestData.asCorporation(other).get(PROJECTS + "/{id}", id).then().statusCode(403);

        TestData.asMunicipality(enschede).contentType(ContentType.JSON).body(DELIVERY).post(PROJECTS + "/{id}/deliveries", id)
                .then().statusCode(403);
        TestData.asCorporation(other).contentType(ContentType.JSON).body(DELIVERY).post(PROJECTS + "/{id}/deliveries", id)
                .then().statusCode(403);
        TestData.asCorporation(corporation).get(PROJECTS + "/{id}", id).then().body("deliveredUnits", equalTo(0));

        TestData.asMunicipality(almelo).contentType(ContentType.JSON).body(DELIVERY).post(PROJECTS + "/{id}/deliveries", id)
                .then().statusCode(201).body("recordedBy", equalTo("officer-" + almelo));
    }

    @Test
    void nobodyPlansOrTakesOverAnotherTenantsProject() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String owner = "gemeente-" + almelo;
        String id = TestData.asMunicipality(almelo).contentType(ContentType.JSON)
                .body(CapacityProjectResourceTest.almeloNewBuild(owner, almelo))
                .post(PROJECTS).then().statusCode(201).extract().path("id");

        TestData.asMunicipality(enschede).contentType(ContentType.JSON)
                .body(CapacityProjectResourceTest.almeloNewBuild("gemeente-" + enschede, almelo)).post(PROJECTS).then().statusCode(403);
        // The same owner and externalId re-plan the project: Enschede cannot move Almelo's project into itself.
        TestData.asMunicipality(enschede).contentType(ContentType.JSON)
                .body(CapacityProjectResourceTest.almeloNewBuild(owner, enschede)).post(PROJECTS).then().statusCode(403);
        TestData.asCorporation(TestData.uniqueCorporationId()).contentType(ContentType.JSON)
                .body(CapacityProjectResourceTest.almeloNewBuild(owner, enschede)).post(PROJECTS).then().statusCode(403);

        TestData.asMunicipality(almelo).get(PROJECTS + "/{id}", id).then().statusCode(200).body("municipalityCode", equalTo(almelo));
        TestData.asMunicipality(enschede).get(PROJECTS).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void listsShowTheCallersOwnProjectsAndOnlyAMunicipalitySeesItsPipelineAndFreeCapacity() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String corporation = TestData.uniqueCorporationId();
        String inAlmelo = TestData.asCorporation(corporation).contentType(ContentType.JSON)
                .body(CapacityProjectResourceTest.almeloNewBuild(corporation, almelo)).post(PROJECTS).then().statusCode(201)
                .extract().path("id");
        Map<String, Object> elsewhere = CapacityProjectResourceTest.almeloNewBuild(corporation, enschede);
        elsewhere.put("externalId", "ENS-NB-2025");
        String inEnschede = TestData.asCorporation(corporation).contentType(ContentType.JSON).body(elsewhere).post(PROJECTS)
                .then().statusCode(201).extract().path("id");
        String ofAlmelo = TestData.asMunicipality(almelo).contentType(ContentType.JSON)
                .body(CapacityProjectResourceTest.almeloNewBuild("gemeente-" + almelo, almelo)).post(PROJECTS).then().statusCode(201)
                .extract().path("id");

        TestData.asMunicipality(almelo).get(PROJECTS).then().statusCode(200).body("items.id", contains(inAlmelo, ofAlmelo));
        TestData.asMunicipality(almelo).queryParam("municipalityCode", enschede).get(PROJECTS).then().statusCode(403);
        TestData.asCorporation(corporation).get(PROJECTS).then().statusCode(200).body("items.id", contains(inAlmelo, inEnschede));

        String pipeline = TestData.BASE + "/municipalities/{code}/capacity-pipeline";
        String freeCapacity = TestData.BASE + "/municipalities/{code}/free-capacity";
        TestData.asMunicipality(almelo).get(pipeline, almelo).then().statusCode(200).body("projects", equalTo(2));
        TestData.asMunicipality(enschede).get(pipeline, almelo).then().statusCode(403).contentType("application/problem+json");
        TestData.asCorporation(corporation).get(pipeline, almelo).then().statusCode(403);
        TestData.asMunicipality(almelo).get(freeCapacity, almelo).then().statusCode(200);
        TestData.asMunicipality(enschede).get(freeCapacity, almelo).then().statusCode(403);
    }
}
