package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md, re-anchoring by the Rijk at national level: the Rijk imports COA's file of the whole country, kept as
 * one import per province, and adopts COA's figures at a deadline for every municipality the files have them for, with
 * reason and author, nothing overwritten. Through REST. The half-year 2021-I is this test's own: no other test in this
 * JVM has COA's lines of 30 June or 1 July 2021, so the national adoption touches only this test's municipalities.
 */
@QuarkusTest
class NationalCoaAdoptionTest {

    private static final String IMPORTS = "/supervision/v1/national/coa-position-imports";
    private static final String ADOPTIONS = "/supervision/v1/national/coa-position-adoptions";
    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";
    private static final String HEADER = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n";

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token));
    }

    private static String line(String town, String date, int quota, int adjusted, int housed, int stand) {
        return town + ";Gemeente " + town + ";" + date + ";" + quota + ";" + adjusted + ";" + housed + ";" + stand + "\n";
    }

    @Test
    void theRijkImportsCoasFileOfTheCountryAsOneImportPerProvinceAndAdoptsItsEndPositionsForAll() {
        String east = TestEvents.newProvince();
        String west = TestEvents.newProvince();
        String inEast = TestEvents.newMunicipality();
        String inWest = TestEvents.newMunicipality();
        for (String[] town : List.of(new String[] {inEast, east}, new String[] {inWest, west})) {
            events.province(town[1], "Provincie " + town[1]);
            events.municipality(town[0], "Gemeente " + town[0], town[1]);
            events.quota(town[0], "2021-H1", 10, 1);
            events.quota(town[0], "2021-H2", 5, 1);
        }
        // By the system's facts both end 2021-I 10 behind; COA has 12 behind in the east, and 6 in the west.
        for (String town : List.of(inEast, inWest)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, town, "2021-H2").then().statusCode(200)
                    .body("carriedBacklog", equalTo(10)));
        }
        String country = HEADER + line(inEast, "01-07-2021", 10, 12, 0, -12) + line(inWest, "01-07-2021", 10, 10, 4, -6);

        // Lines of municipalities nobody registered refuse the whole file, every one by its line number: nothing is stored.
        String unknown = TestEvents.newMunicipality();
        String another = TestEvents.newMunicipality();
        given().contentType("text/csv").queryParam("fileName", "landelijk.csv")
                .body((country + line(unknown, "01-07-2021", 1, 1, 0, -1) + line(another, "01-07-2021", 2, 2, 0, -2))
                        .getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("line 4: Gemeentecode", "line 5: Gemeentecode")));
        for (String province : List.of(east, west)) {
            given().get("/supervision/v1/provinces/{code}/coa-position-imports", province).then().statusCode(200).body("", hasSize(0));
        }

        // The file as COA sends it: one import per province, each province sees its own lines.
        given().contentType("text/csv").queryParam("fileName", "landelijk.csv").body(country.getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(201)
                .body("provinceCode", equalTo(List.of(east, west).stream().sorted().toList()))
                .body("lines", equalTo(List.of(1, 1))).body("fileName", equalTo(List.of("landelijk.csv", "landelijk.csv")));
        as(Callers.issuer().province(east)).get("/supervision/v1/provinces/{code}/coa-position-imports", east).then().statusCode(200)
                .body("", hasSize(1)).body("[0].importedBy", notNullValue());

        // A deadline that is none, or a reason left empty, is refused by name; nothing is adopted.
        given().contentType(ContentType.JSON).body(Map.of("deadline", "2021-03-01", "reason", "landelijke stand")).post(ADOPTIONS)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("deadline"));
        given().contentType(ContentType.JSON).body(Map.of("deadline", "2021-07-01", "reason", " ")).post(ADOPTIONS)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("reason"));
        given().get("/supervision/v1/municipalities/{code}/coa-position-adoptions", inEast).then().statusCode(200).body("", hasSize(0));

        // The Rijk adopts COA's end position of 2021-I for the country: each municipality from COA's own figure on.
        given().contentType(ContentType.JSON).body(Map.of("deadline", "2021-07-01", "reason", "landelijke stand TVS 1 juli 2021"))
                .post(ADOPTIONS).then().statusCode(201)
                .body("findAll { it.municipalityCode == '" + inEast + "' }.position", equalTo(List.of(12)))
                .body("findAll { it.municipalityCode == '" + inWest + "' }.position", equalTo(List.of(6)))
                .body("findAll { it.municipalityCode == '" + inWest + "' }.figure", equalTo(List.of("END_POSITION")));
        given().get(FIGURES, inEast, "2021-H2").then().statusCode(200).body("carriedBacklog", equalTo(12)).body("backlog", equalTo(17));
        given().get(FIGURES, inWest, "2021-H2").then().statusCode(200).body("carriedBacklog", equalTo(6)).body("backlog", equalTo(11));
        given().get(FIGURES, inWest, "2021-H1").then().statusCode(200).body("backlog", equalTo(10));
        as(Callers.issuer().province(west)).get("/supervision/v1/municipalities/{code}/coa-position-adoptions", inWest).then()
                .statusCode(200).body("reason", equalTo(List.of("landelijke stand TVS 1 juli 2021")))
                .body("[0].adoptedBy", notNullValue());
    }

    @Test
    void onlyTheRijkActsAtNationalLevel() {
        String province = TestEvents.newProvince();
        String town = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        events.municipality(town, "Gemeente " + town, province);
        events.quota(town, "2021-H1", 10, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, town, "2021-H1").then().statusCode(200));
        byte[] file = (HEADER + line(town, "30-06-2021", 10, 10, 0, -10)).getBytes(StandardCharsets.UTF_8);
        for (String caller : List.of(Callers.issuer().province(province), Callers.issuer().municipality(town), Callers.issuer().coa())) {
            as(caller).contentType("text/csv").body(file).post(IMPORTS).then().statusCode(403);
            as(caller).contentType(ContentType.JSON).body(Map.of("deadline", "2021-07-01", "reason", "landelijk")).post(ADOPTIONS).then()
                    .statusCode(403);
        }
        given().get("/supervision/v1/provinces/{code}/coa-position-imports", province).then().statusCode(200).body("", hasSize(0));
        given().get("/supervision/v1/municipalities/{code}/coa-position-adoptions", town).then().statusCode(200).body("", hasSize(0));
        RestAssured.requestSpecification = null;
        given().contentType("text/csv").body(file).post(IMPORTS).then().statusCode(401);
    }
}
