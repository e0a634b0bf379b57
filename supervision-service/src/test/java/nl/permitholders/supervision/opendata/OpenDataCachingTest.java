package nl.permitholders.supervision.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.infrastructure.TestTokens;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.TestEvents;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The open data as a shared cache and a harvester meet it: a public answer sets no cookie (a cache would hand it to the
 * next visitor); the catalogue carries an ETag and Last-Modified and answers 304 to a weak If-None-Match as to a
 * strong one (RFC 9110 compares weakly); behind the TLS ingress its links say https and the public host; and it meets
 * DCAT-AP 3.0.0's mandatory, recommended and range shapes, as SEMIC publishes them (src/test/resources/dcat-ap).
 */
@QuarkusTest
class OpenDataCachingTest {

    private static final String OPEN_DATA = "/supervision/v1/open-data";
    private static final String PERIOD = "2036-H2";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** No test counts what the province holds: one for the class, as TestEvents.newProvince asks. */
    private static final String PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void published() {
        RestAssured.requestSpecification = null;
        FixedDay.install(LocalDate.of(2036, 11, 15));
        String code = TestEvents.newMunicipality();
        events.province(PROVINCE, "Cache " + PROVINCE);
        events.municipality(code, "Cachedorp " + code, PROVINCE);
        events.population(code, "2036-01-01", 12_345, 1);
        events.quota(code, PERIOD, 30, 1);
        UUID coupling = events.coupling(code, 2, LocalDate.of(2036, 7, 2));
        events.placement(code, coupling, 2, LocalDate.of(2036, 8, 20), null);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(given().auth().oauth2(TestTokens.issuer().rijk())
                .get("/supervision/v1/municipalities/{code}/periods/{period}", code, PERIOD).then().statusCode(200)
                .extract().jsonPath().getInt("housed")).isEqualTo(2));
        given().auth().oauth2(TestTokens.issuer().rijk()).contentType("application/json").body(Map.of("period", PERIOD))
                .post(OPEN_DATA + "/publications").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    @Test
    void aPublicAnswerSetsNoCookie() {
        for (String path : List.of(OPEN_DATA + "/catalog", OPEN_DATA + "/datasets/" + PERIOD,
                OPEN_DATA + "/datasets/" + PERIOD + "/versions/latest/monthly.csv", OPEN_DATA + "/datasets/" + PERIOD + "/versions/1/half-year.json",
                OPEN_DATA + "/populations/2036-01-01/populations.csv")) {
            Response answer = given().get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().getValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void theCatalogueCarriesAnEtagAndLastModifiedAndAnswers304ToAStrongOrWeakTag() {
        Response first = given().get(OPEN_DATA + "/catalog");
        assertThat(first.statusCode()).isEqualTo(200);
        String tag = first.header("ETag");
        assertThat(tag).matches("\"[0-9a-f]{64}\"");
        assertThat(first.header("Last-Modified")).isNotNull();
        given().header("If-None-Match", tag).get(OPEN_DATA + "/catalog").then().statusCode(304).header("ETag", tag);
        given().header("If-None-Match", "W/" + tag).get(OPEN_DATA + "/catalog").then().statusCode(304);
        given().header("If-None-Match", "\"other\", W/" + tag).get(OPEN_DATA + "/catalog").then().statusCode(304);
        given().header("If-None-Match", "W/\"other\"").get(OPEN_DATA + "/catalog").then().statusCode(200);
        given().header("If-Modified-Since", first.header("Last-Modified")).get(OPEN_DATA + "/catalog").then().statusCode(304);
        // the files too: a weak tag of a published file holds
        Response file = given().get(OPEN_DATA + "/datasets/" + PERIOD + "/versions/1/monthly.json");
        given().header("If-None-Match", "W/" + file.header("ETag")).get(OPEN_DATA + "/datasets/" + PERIOD + "/versions/1/monthly.json")
                .then().statusCode(304);
    }

    @Test
    void behindTheTlsIngressTheCataloguesLinksSayHttpsAndThePublicHost() {
        String catalogue = given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "opendata.example.nl")
                .get(OPEN_DATA + "/catalog").then().statusCode(200).extract().asString();
        assertThat(catalogue).contains("\"https://opendata.example.nl/supervision/v1/open-data/catalog\"")
                .contains("https://opendata.example.nl/supervision/v1/open-data/datasets/" + PERIOD + "/versions/latest/monthly.csv")
                .doesNotContain("http://opendata.example.nl").doesNotContain("http://localhost");
    }

    @Test
    void theCatalogueMeetsDcatApsMandatoryRecommendedAndRangeShapes() {
        String catalogue = given().get(OPEN_DATA + "/catalog").then().statusCode(200).extract().asString();
        assertThat(catalogue).contains("/open-data/populations\"", "/open-data/datasets/" + PERIOD + "/versions/1\"");
        assertThat(DcatApShapes.results(catalogue)).as("DCAT-AP 3.0.0: every result, warnings too").isEmpty();
    }

    /** Validates a catalogue against the shapes of src/test/resources/dcat-ap (README there). */
    static final class DcatApShapes {

        static final List<String> FILES = List.of("shapes.ttl", "shapes_recommended.ttl", "range.ttl");

        /** Every result of every file, each as "file: node path message"; none when it conforms. */
        static List<String> results(String jsonLd) {
            Model data = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(jsonLd)).lang(Lang.JSONLD).parse(data);
            assertThat(data.size()).as("triples read from the catalogue").isGreaterThan(10);
            List<String> results = new java.util.ArrayList<>();
            for (String file : FILES) {
                Model shapes = ModelFactory.createDefaultModel();
                RDFDataMgr.read(shapes, DcatApShapes.class.getResourceAsStream("/dcat-ap/" + file), Lang.TURTLE);
                ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes.getGraph()), data.getGraph());
                report.getEntries().forEach(entry -> results.add(file + ": " + entry.focusNode() + " " + entry.resultPath() + " "
                        + entry.message()));
            }
            return results;
        }
    }
}
