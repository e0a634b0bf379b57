package nl.permitholders.quota.population;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import nl.permitholders.quota.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PopulationResourceTest {

    @BeforeEach
    void asTheRijk() {
        TestData.callAsTheRijk();
    }

    private static final String POPULATIONS = "/quota/v1/populations/{date}";

    @Test
    void populationsAreImportedAndACorrectionIsANewVersion() {
        String a = TestData.municipality();
        String b = TestData.municipality();
        String csv = "code;name;population\n" + a + ";A;68000\n" + b + ";B;23000\n";
        given().contentType("text/csv").body(csv).put(POPULATIONS, "2039-01-01")
                .then().statusCode(200).body("created", equalTo(2));
        given().contentType("text/csv").body(csv).put(POPULATIONS, "2039-01-01")
                .then().statusCode(200).body("unchanged", equalTo(2));
        given().contentType("text/csv").body("code;name;population\n" + a + ";A;68100\n").put(POPULATIONS, "2039-01-01")
                .then().statusCode(200).body("updated", equalTo(1));
        given().queryParam("pageSize", 100).get(POPULATIONS, "2039-01-01").then().statusCode(200)
                .body("items.find { it.municipalityCode == '" + a + "' }.population", equalTo(68100))
                .body("items.find { it.municipalityCode == '" + a + "' }.version", equalTo(2));
    }

    @Test
    void theCountrysPopulationsArePagedByCodeWithEachMunicipalitysCurrentVersionOnce() {
        // A reference date of this test's own: three municipalities, one corrected.
        java.util.List<String> codes = java.util.stream.Stream.of(TestData.municipality(), TestData.municipality(), TestData.municipality())
                .sorted().toList();
        StringBuilder csv = new StringBuilder("code;name;population\n");
        codes.forEach(code -> csv.append(code).append(";X;1000\n"));
        given().contentType("text/csv").body(csv.toString()).put(POPULATIONS, "2041-01-01").then().statusCode(200);
        given().contentType("text/csv").body("code;name;population\n" + codes.get(1) + ";X;1001\n").put(POPULATIONS, "2041-01-01")
                .then().statusCode(200).body("updated", equalTo(1));

        given().queryParam("pageSize", 2).get(POPULATIONS, "2041-01-01").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.municipalityCode", equalTo(codes.subList(0, 2)))
                .body("items.population", equalTo(java.util.List.of(1000, 1001))).body("items[1].version", equalTo(2))
                .body("items[0].name", org.hamcrest.Matchers.notNullValue());
        given().queryParam("pageSize", 2).queryParam("page", 2).get(POPULATIONS, "2041-01-01").then().statusCode(200)
                .body("items.municipalityCode", equalTo(codes.subList(2, 3)));
    }

    @Test
    void unknownMunicipalitiesAndBadNumbersAreRefusedPerLine() {
        String known = TestData.municipality();
        String csv = "code;name;population\n" + known + ";A;-5\nGM9998;Onbekend;100\n" + known + ";A;12\n";
        given().contentType("text/csv").body(csv).put(POPULATIONS, "2039-01-01")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItems("line 2", "line 3", "line 4"));
    }

    @Test
    void theReferenceDateIsTheFirstOfJanuary() {
        given().contentType("text/csv").body("code;name;population\nGM0141;Almelo;68000\n").put(POPULATIONS, "2024-07-01")
                .then().statusCode(400).body("invalidParams.name", hasItem("referenceDate"));
    }
}
