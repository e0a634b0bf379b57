package nl.permitholders.housingstock.vera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.permitholders.housingstock.TestData;
import nl.permitholders.infrastructure.KafkaTopics;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A corporation reports only its own allocations: another organisation's Toewijzing is 403 on its own and REFUSED on
 * idOrganisatie in a batch. The corporation and the municipality an allocation is in read it, nobody else.
 */
@QuarkusTest
class AllocationAccessTest {

    private static final String TOEWIJZINGEN = TestData.BASE + "/vera/toewijzingen";
    private static final String BATCHES = TestData.BASE + "/vera/toewijzing-batches";
    private static final String ALLOCATIONS = TestData.BASE + "/allocations";

    private final KafkaTopics kafka = new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    private static Map<String, Object> toewijzing(String organisation, String idExtern, String municipality) {
        Map<String, Object> body = VeraToewijzingResourceTest.toewijzing(organisation, idExtern, "E-" + idExtern, 3, "STH");
        body.put("extra-attributen", List.of(Map.of("naam", "gemeentecode", "waarde", municipality)));
        return body;
    }

    @Test
    void aToewijzingOfAnotherOrganisationIsForbiddenAndNothingIsRecorded() {
        String municipality = TestData.uniqueMunicipalityCode();
        String reporter = TestData.uniqueCorporationId();
        String other = TestData.uniqueCorporationId();
        TestData.asCorporation(reporter).contentType(ContentType.JSON).body(toewijzing(other, "TW-1", municipality))
                .post(TOEWIJZINGEN).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("organisation " + other));
        Map<String, Object> bySender = toewijzing(null, "TW-2", municipality);
        bySender.remove("idOrganisatie");
        TestData.asCorporation(reporter).contentType(ContentType.JSON).header("X-Stuurgegevens-Zender-Organisatie", other)
                .body(bySender).post(TOEWIJZINGEN).then().statusCode(403);

        TestData.asCorporation(other).get(ALLOCATIONS).then().statusCode(200).body("totalItems", equalTo(0));
        TestData.asCorporation(reporter).get(ALLOCATIONS).then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(kafka.readAll("housing-stock.events", municipality)).isEmpty();
    }

    @Test
    void inABatchAnotherOrganisationsItemsAreRefusedOnIdOrganisatieAndTheOthersAccepted() {
        String municipality = TestData.uniqueMunicipalityCode();
        String reporter = TestData.uniqueCorporationId();
        String other = TestData.uniqueCorporationId();
        Map<String, Object> bySender = toewijzing(null, "TW-4", municipality);
        bySender.remove("idOrganisatie");
        Map<String, Object> foreignAndInvalid = toewijzing(other, "TW-5", municipality);
        foreignAndInvalid.put("huishoudgrootte", 0);
        List<Map<String, Object>> batch = List.of(toewijzing(reporter, "TW-1", municipality), toewijzing(other, "TW-2", municipality),
                bySender, foreignAndInvalid);

        Response report = TestData.asCorporation(reporter).contentType(ContentType.JSON)
                .header("X-Stuurgegevens-Zender-Organisatie", other).body(batch).post(BATCHES);
        report.then().statusCode(200)
                .body("accepted", equalTo(1)).body("refused", equalTo(3))
                .body("items.outcome", contains("ACCEPTED", "REFUSED", "REFUSED", "REFUSED"))
                .body("items[1].reasons.name", contains("idOrganisatie"))
                .body("items[1].reasons[0].reason", containsString("your token is for organisation " + reporter))
                .body("items[2].reasons.name", contains("idOrganisatie"))
                .body("items[3].reasons.name", contains("huishoudgrootte", "idOrganisatie"));

        TestData.asCorporation(reporter).get(ALLOCATIONS).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.externalId", contains("TW-1"))
                .body("items[0].recordedBy", equalTo("integrator-" + reporter));
        TestData.asCorporation(other).get(ALLOCATIONS).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anAllocationIsReadByItsCorporationAndItsMunicipalityOnly() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String reporter = TestData.uniqueCorporationId();
        String id = TestData.asCorporation(reporter).contentType(ContentType.JSON).body(toewijzing(reporter, "TW-3", almelo))
                .post(TOEWIJZINGEN).then().statusCode(201).extract().path("id");

        TestData.asCorporation(reporter).get(ALLOCATIONS + "/{id}", id).then().statusCode(200);
        TestData.asMunicipality(almelo).get(ALLOCATIONS + "/{id}", id).then().statusCode(200);
        TestData.asMunicipality(enschede).get(ALLOCATIONS + "/{id}", id).then().statusCode(403);
        TestData.asCorporation(TestData.uniqueCorporationId()).get(ALLOCATIONS + "/{id}", id).then().statusCode(403);

        TestData.asMunicipality(almelo).get(ALLOCATIONS).then().statusCode(200).body("items.id", hasItem(id));
        TestData.asMunicipality(enschede).get(ALLOCATIONS).then().statusCode(200).body("totalItems", equalTo(0));
        TestData.asMunicipality(enschede).queryParam("municipalityCode", almelo).get(ALLOCATIONS).then().statusCode(403);
        TestData.asCorporation(TestData.uniqueCorporationId()).queryParam("corporationId", reporter).get(ALLOCATIONS)
                .then().statusCode(403);
    }
}
