package nl.permitholders.supervision.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CBS's populations as the system uses them, published without a token under CBS's licence: the figures supervision
 * holds, per reference date, as CSV and JSON with their source, licence and attribution, and a dataset in the catalogue
 * that credits CBS.
 */
@QuarkusTest
class OpenDataPopulationsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String OPEN_DATA = "/supervision/v1/open-data";
    private static final String REFERENCE_DATE = "2041-01-01";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String CC_BY_4 = "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0";

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void noToken() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void thePopulationsTheSystemUsesArePublishedWithCbsAsTheirSourceUnderCcBy() throws Exception {
        String province = TestEvents.ELSEWHERE; // the populations are per municipality: nothing of the province is counted
        String almelo = TestEvents.newMunicipality();
        String other = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        events.municipality(almelo, "Almelo-" + almelo, province);
        events.population(almelo, REFERENCE_DATE, 73_000, 1);
        events.population(almelo, REFERENCE_DATE, 73_512, 2); // CBS corrected it: the highest version is used
        events.population(other, REFERENCE_DATE, 12_004, 1);

        String path = OPEN_DATA + "/populations/" + REFERENCE_DATE + "/populations.json";
        await().atMost(PATIENCE).until(() -> {
            var answer = given().get(path);
            return answer.statusCode() == 200 && answer.asString().contains("73512") && answer.asString().contains(other);
        });
        JsonPath json = given().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("license")).isEqualTo(CC_BY_4);
        assertThat(json.getString("attribution")).isEqualTo("Bron: CBS");
        assertThat(json.getString("source")).contains("opendata.cbs.nl");
        assertThat(json.getString("referenceDate")).isEqualTo(REFERENCE_DATE);
        assertThat(json.getInt("rows.find { it.municipalityCode == '" + almelo + "' }.persons")).isEqualTo(73_512);
        assertThat(json.getString("rows.find { it.municipalityCode == '" + almelo + "' }.municipalityName")).isEqualTo("Almelo-" + almelo);
        assertThat(json.getInt("rows.find { it.municipalityCode == '" + other + "' }.persons")).isEqualTo(12_004);

        var csv = given().get(OPEN_DATA + "/populations/" + REFERENCE_DATE + "/populations.csv").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue()).extract();
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFmunicipalityCode;municipalityName;referenceDate;persons");
        assertThat(text).contains(almelo + ";Almelo-" + almelo + ";" + REFERENCE_DATE + ";73512");
        given().header("If-None-Match", csv.header("ETag")).get(OPEN_DATA + "/populations/" + REFERENCE_DATE + "/populations.csv")
                .then().statusCode(304);

        String catalogue = given().get(OPEN_DATA + "/catalog").then().statusCode(200).extract().asString();
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(catalogue))).get();
        JsonObject populations = expanded.getJsonObject(0).getJsonArray(DCAT + "dataset").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("@id").endsWith("/open-data/populations")).findFirst().orElseThrow();
        assertThat(id(populations, DCT + "license")).isEqualTo(CC_BY_4);
        assertThat(id(populations, DCT + "source")).isEqualTo("https://opendata.cbs.nl/statline/#/CBS/nl/dataset/70072NED");
        assertThat(populations.getJsonArray(DCT + "bibliographicCitation").getJsonObject(0).getString("@value")).isEqualTo("Bron: CBS");
        assertThat(populations.keySet()).contains(DCT + "title", DCT + "description", DCT + "temporal", DCT + "rightsHolder",
                DCT + "accrualPeriodicity", DCAT + "distribution");
        List<JsonObject> files = populations.getJsonArray(DCAT + "distribution").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("@id").contains("/populations/" + REFERENCE_DATE + "/")).toList();
        assertThat(files).hasSize(2);
        for (JsonObject file : files) {
            assertThat(id(file, DCT + "license")).isEqualTo(CC_BY_4);
            given().get(id(file, DCAT + "downloadURL")).then().statusCode(200);
        }
    }

    @Test
    void aReferenceDateWithoutPopulationsIsNotFoundAndAnotherDayThanTheFirstOfJanuaryIsRefused() {
        given().get(OPEN_DATA + "/populations/1901-01-01/populations.csv").then().statusCode(404);
        given().get(OPEN_DATA + "/populations/2041-07-01/populations.json").then().statusCode(400)
                .body("invalidParams[0].name", org.hamcrest.Matchers.equalTo("referenceDate"));
    }

    private static String id(JsonObject node, String property) {
        return node.getJsonArray(property).getJsonObject(0).getString("@id");
    }
}
