package nl.permitholders.housingstock.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import nl.permitholders.housingstock.TestData;
import nl.permitholders.housingstock.events.HousingStockEvents.UnitCorrected;
import nl.permitholders.housingstock.events.HousingStockEvents.UnitRegistered;
import org.junit.jupiter.api.Test;

/**
 * Every write about a municipality's housing stock, by the municipality or by any corporation, is in the
 * municipality's audit trail with who made it, from the token; only the municipality itself reads it.
 */
@QuarkusTest
class MunicipalityAuditTrailTest {

    private static final String UNITS = TestData.BASE + "/units";
    private static final String TRAIL = TestData.BASE + "/municipalities/{code}/audit-trail";

    @Test
    void writesOfTheMunicipalityAndOfCorporationsAreRecordedWithTheirActorsNewestFirst() {
        String municipality = TestData.uniqueMunicipalityCode();
        String corporation = TestData.uniqueCorporationId();
        String unitId = TestData.asCorporation(corporation).contentType(ContentType.JSON)
                .body(TestData.unit(corporation, "VHE-A1", municipality, "REGULAR", 4))
                .post(UNITS).then().statusCode(201).extract().path("id");
        TestData.asMunicipality(municipality).contentType(ContentType.JSON)
                .body(TestData.unit(corporation, "VHE-A1", municipality, "REGULAR", 5))
                .put(UNITS + "/{id}", unitId).then().statusCode(200);

        JsonPath trail = TestData.asMunicipality(municipality).get(TRAIL, municipality)
                .then().statusCode(200).extract().jsonPath();

        assertThat(trail.getList("items.actor")).containsExactly("officer-" + municipality, "integrator-" + corporation);
        assertThat(trail.getList("items.action")).containsExactly(UnitCorrected.TYPE, UnitRegistered.TYPE);
        assertThat(trail.getList("items.operation")).containsExactly("PUT " + UNITS + "/" + unitId, "POST " + UNITS);
        assertThat(trail.getList("items.actorTenant"))
                .containsExactly("municipality:" + municipality, "corporation:" + corporation);
        assertThat(trail.getList("items.subject")).containsOnly(municipality);
    }

    @Test
    void aRefusedWriteLeavesNoEntryAndNobodyElseReadsTheTrail() {
        String municipality = TestData.uniqueMunicipalityCode();
        String other = TestData.uniqueMunicipalityCode();
        // Another municipality may not register units in this one.
        TestData.asMunicipality(other).contentType(ContentType.JSON)
                .body(TestData.unit("corporation-x", "VHE-A2", municipality, "REGULAR", 4))
                .post(UNITS).then().statusCode(403);

        TestData.asMunicipality(municipality).get(TRAIL, municipality).then().statusCode(200)
                .body("items", equalTo(List.of())).body("totalItems", equalTo(0));
        TestData.asMunicipality(other).get(TRAIL, municipality).then().statusCode(403)
                .contentType("application/problem+json");
        TestData.asCorporation("corporation-x").get(TRAIL, municipality).then().statusCode(403);
        TestData.asRijk().get(TRAIL, municipality).then().statusCode(403);
    }
}
