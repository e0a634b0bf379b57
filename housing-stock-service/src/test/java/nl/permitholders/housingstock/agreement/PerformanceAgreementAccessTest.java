package nl.permitholders.housingstock.agreement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.permitholders.housingstock.TestData;
import org.junit.jupiter.api.Test;

/** An agreement has two parties, a corporation and a municipality: either sets and reads it, nobody else. */
@QuarkusTest
class PerformanceAgreementAccessTest {

    private static final String AGREEMENTS = TestData.BASE + "/performance-agreements";

    private static Map<String, Object> agreement(String corporation, String municipality) {
        return Map.of("corporationId", corporation, "municipalityCode", municipality, "period", "2025", "agreedAllocations", 12);
    }

    @Test
    void onlyAPartySetsAnAgreementAndNothingIsStoredOtherwise() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String corporation = TestData.uniqueCorporationId();
        TestData.asMunicipality(enschede).contentType(ContentType.JSON).body(agreement(corporation, almelo))
                .post(AGREEMENTS).then().statusCode(403).contentType("application/problem+json");
        TestData.asCorporation(TestData.uniqueCorporationId()).contentType(ContentType.JSON).body(agreement(corporation, almelo))
                .post(AGREEMENTS).then().statusCode(403);
        TestData.asCorporation(corporation).get(AGREEMENTS).then().statusCode(200).body("totalItems", equalTo(0));

        TestData.asMunicipality(almelo).contentType(ContentType.JSON).body(agreement(corporation, almelo))
                .post(AGREEMENTS).then().statusCode(201).body("setBy", equalTo("officer-" + almelo));
    }

    @Test
    void eitherPartyReadsTheAgreementAndItsReportAndNobodyElse() {
        String almelo = TestData.uniqueMunicipalityCode();
        String enschede = TestData.uniqueMunicipalityCode();
        String corporation = TestData.uniqueCorporationId();
        String other = TestData.uniqueCorporationId();
        String id = TestData.asCorporation(corporation).contentType(ContentType.JSON).body(agreement(corporation, almelo))
                .post(AGREEMENTS).then().statusCode(201).extract().path("id");
        TestData.asCorporation(other).contentType(ContentType.JSON).body(agreement(other, enschede))
                .post(AGREEMENTS).then().statusCode(201);

        for (String path : new String[] {AGREEMENTS + "/{id}", AGREEMENTS + "/{id}/report"}) {
            TestData.asCorporation(corporation).get(path, id).then().statusCode(200);
            TestData.asMunicipality(almelo).get(path, id).then().statusCode(200);
            TestData.asCorporation(other).get(path, id).then().statusCode(403).contentType("application/problem+json");
            TestData.asMunicipality(enschede).get(path, id).then().statusCode(403);
        }

        TestData.asMunicipality(almelo).get(AGREEMENTS).then().statusCode(200).body("items.id", contains(id));
        TestData.asCorporation(corporation).get(AGREEMENTS).then().statusCode(200).body("items.id", contains(id));
        TestData.asMunicipality(almelo).queryParam("municipalityCode", enschede).get(AGREEMENTS).then().statusCode(403);
        TestData.asCorporation(corporation).queryParam("corporationId", other).get(AGREEMENTS).then().statusCode(403);
    }
}
