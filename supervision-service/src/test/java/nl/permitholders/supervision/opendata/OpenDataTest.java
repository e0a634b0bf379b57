package nl.permitholders.supervision.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.infrastructure.TestTokens;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.TestEvents;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The open data as a journalist reads it, without a token: what is published is supervision's own figures per
 * municipality and month, the same in CSV and JSON, nothing else; a file answers 304 while the caller's copy holds; a
 * correction is a new version and the old stays byte for byte what it was; the catalogue is DCAT-AP in JSON-LD.
 */
@QuarkusTest
class OpenDataTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PERIOD = "2037-H1";
    private static final String OPEN_DATA = "/supervision/v1/open-data";
    private static final String FILE = OPEN_DATA + "/datasets/{period}/versions/{version}/{file}";
    /** The open data are per municipality and no test here counts what a province holds: one for the class. */
    private static final String PROVINCE = TestEvents.newProvince();
    private static final List<String> HALF_YEAR_COLUMNS = List.of("municipalityCode", "municipalityName", "provinceCode", "period",
            "positionDate", "quota", "quotaStatus", "carriedBacklog", "exchanges", "adjustedQuota", "housed", "backlog",
            "expectedHoused", "scheduleGap", "scheduleColour");
    private static final List<String> MONTH_COLUMNS = List.of("municipalityCode", "municipalityName", "provinceCode", "period", "month",
            "positionDate", "quota", "adjustedQuota", "housedInMonth", "housed", "backlog", "expectedHoused", "scheduleGap",
            "scheduleColour");
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";

    private final TestEvents events = new TestEvents();

    @Inject
    Pool pool;

    @BeforeEach
    void onTheFifteenthOfApril() {
        RestAssured.requestSpecification = null;
        FixedDay.install(LocalDate.of(2037, 4, 15));
    }

    @Test
    void whatIsPublishedIsSupervisionsFiguresPerMunicipalityAndMonthWithoutAToken() throws Exception {
        String code = municipalityHousing(new int[] {10, 5, 8});

        Response published = asRijk().contentType("application/json").body(Map.of("period", PERIOD)).post(OPEN_DATA + "/publications");
        assertThat(published.statusCode()).as(published.asString()).isEqualTo(201);
        int version = published.jsonPath().getInt("version");

        // Per month, as the monitor publishes: 60 to house, 10 a month expected; orange within one month's share behind.
        List<Map<String, String>> months = csv(file(version, "monthly.csv"), MONTH_COLUMNS);
        assertThat(rowsOf(months, code)).extracting(r -> List.of(r.get("month"), r.get("housedInMonth"), r.get("housed"), r.get("backlog"),
                r.get("expectedHoused"), r.get("scheduleGap"), r.get("scheduleColour"))).containsExactly(
                List.of("2037-01", "10", "10", "50", "10", "0", "GREEN"),
                List.of("2037-02", "5", "15", "45", "20", "5", "ORANGE"),
                List.of("2037-03", "8", "23", "37", "30", "7", "ORANGE"));
        List<Map<String, String>> halfYear = csv(file(version, "half-year.csv"), HALF_YEAR_COLUMNS);
        assertThat(rowsOf(halfYear, code)).hasSize(1);

        // The same rows in the JSON, with no field the CSV has not.
        assertSameRows(months, JsonPath.from(file(version, "monthly.json")), MONTH_COLUMNS);
        assertSameRows(halfYear, JsonPath.from(file(version, "half-year.json")), HALF_YEAR_COLUMNS);

        // And they are supervision's own figures of the municipality on those dates.
        for (Map<String, String> month : rowsOf(months, code)) {
            JsonPath figures = asRijk().queryParam("asOf", month.get("positionDate")).queryParam("view", "KNOWN_TODAY")
                    .get("/supervision/v1/municipalities/{code}/periods/{period}", code, PERIOD).then().statusCode(200).extract().jsonPath();
            for (String field : List.of("quota", "adjustedQuota", "housed", "backlog", "expectedHoused", "scheduleGap")) {
                assertThat(month.get(field)).as(field + " in " + month.get("month")).isEqualTo(figures.getString(field));
            }
        }
        Map<String, String> whole = rowsOf(halfYear, code).get(0);
        assertThat(List.of(whole.get("positionDate"), whole.get("quota"), whole.get("quotaStatus"), whole.get("carriedBacklog"),
                whole.get("adjustedQuota"), whole.get("housed"), whole.get("backlog"), whole.get("scheduleColour")))
                .containsExactly("2037-03-31", "60", "FINAL", "0", "60", "23", "37", "ORANGE");
    }

    @Test
    void aFileAnswers304WhileTheCallersCopyHolds() {
        municipalityHousing(new int[] {3});
        asRijk().contentType("application/json").body(Map.of("period", PERIOD)).post(OPEN_DATA + "/publications")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));

        Response latest = given().get(FILE, PERIOD, "latest", "monthly.csv");
        assertThat(latest.statusCode()).isEqualTo(200);
        String tag = latest.header("ETag");
        String modified = latest.header("Last-Modified");
        assertThat(tag).isNotBlank();
        assertThat(modified).isNotBlank();
        assertThat(latest.header("Content-Location")).matches(".*/open-data/datasets/2037-H1/versions/\\d+/monthly\\.csv");

        given().header("If-None-Match", tag).get(FILE, PERIOD, "latest", "monthly.csv").then().statusCode(304).header("ETag", tag);
        given().header("If-Modified-Since", modified).get(FILE, PERIOD, "latest", "monthly.csv").then().statusCode(304);
        given().header("If-None-Match", "\"another\"").get(FILE, PERIOD, "latest", "monthly.csv").then().statusCode(200);

        String numbered = latest.header("Content-Location");
        Response fixed = given().get(numbered);
        assertThat(fixed.header("ETag")).isEqualTo(tag);
        assertThat(fixed.headers().getValues("Cache-Control")).as("its own, instead of the service's no-store").singleElement()
                .asString().contains("immutable");
        assertThat(latest.headers().getValues("Cache-Control")).singleElement().asString().contains("no-cache");
        given().header("If-None-Match", tag).get(numbered).then().statusCode(304);
    }

    @Test
    void aCorrectionIsANewVersionAndWhatWasPublishedStaysByteForByte() {
        String code = municipalityHousing(new int[] {10, 5, 8});
        Response first = asRijk().contentType("application/json").body(Map.of("period", PERIOD)).post(OPEN_DATA + "/publications");
        assertThat(first.statusCode()).isIn(200, 201);
        int before = first.jsonPath().getInt("version");
        Map<String, byte[]> published = files(before);

        // A placement in February registered late: February's figures change after they were published.
        UUID coupling = events.coupling(code, 4, LocalDate.of(2037, 1, 2));
        events.placement(code, coupling, 4, LocalDate.of(2037, 2, 10), null);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(housed(code)).isEqualTo(27));

        Response correction = asRijk().contentType("application/json")
                .body(Map.of("period", PERIOD, "note", "A placement of February registered late")).post(OPEN_DATA + "/publications");
        assertThat(correction.statusCode()).as(correction.asString()).isEqualTo(201);
        assertThat(correction.jsonPath().getInt("version")).isEqualTo(before + 1);
        assertThat(correction.jsonPath().getString("kind")).isEqualTo("CORRECTION");
        assertThat(correction.jsonPath().getString("reason")).startsWith("A placement of February registered late — Correction")
                .contains(code + " 2037-02 housedInMonth 5 → 9, housed 15 → 19");

        assertThat(files(before)).as("the version published before, as it was").usingRecursiveComparison().isEqualTo(published);
        assertThat(new String(files(before + 1).get("monthly.csv"), StandardCharsets.UTF_8)).isNotEqualTo(
                new String(published.get("monthly.csv"), StandardCharsets.UTF_8));
        JsonPath dataset = given().get(OPEN_DATA + "/datasets/{period}", PERIOD).then().statusCode(200).extract().jsonPath();
        assertThat(dataset.getList("versions.version", Integer.class)).contains(before, before + 1);
        assertThat(dataset.getString("versions.find { it.version == " + (before + 1) + " }.reason")).contains(code + " 2037-02");

        // The same figures again: nothing new.
        asRijk().contentType("application/json").body(Map.of("period", PERIOD)).post(OPEN_DATA + "/publications")
                .then().statusCode(200).body("version", org.hamcrest.Matchers.equalTo(before + 1));
        // Not even the database lets a published version change.
        assertThatThrownBy(() -> pool.preparedQuery("UPDATE open_data_publication SET reason = 'x' WHERE period = $1 AND version = $2")
                .execute(Tuple.of(PERIOD, before)).await().atMost(PATIENCE)).hasMessageContaining("never changed");
    }

    @Test
    void theCatalogueDescribesEveryDatasetAndDistributionInDcatAp() throws Exception {
        municipalityHousing(new int[] {1});
        asRijk().contentType("application/json").body(Map.of("period", PERIOD)).post(OPEN_DATA + "/publications")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));

        Response catalogue = given().get(OPEN_DATA + "/catalog");
        assertThat(catalogue.statusCode()).isEqualTo(200);
        assertThat(catalogue.contentType()).startsWith("application/ld+json");

        // Expanded against its own context: a term the context does not define would be dropped here.
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(catalogue.asString()))).get();
        JsonObject root = expanded.getJsonObject(0);
        assertThat(root.getJsonArray("@type").getString(0)).isEqualTo(DCAT + "Catalog");
        JsonObject dataset = root.getJsonArray(DCAT + "dataset").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("@id").endsWith("/open-data/datasets/" + PERIOD)).findFirst().orElseThrow();
        assertThat(dataset.keySet()).contains(DCT + "title", DCT + "description", DCAT + "distribution", DCT + "temporal",
                DCT + "accrualPeriodicity", DCT + "publisher", DCAT + "hasVersion", DCAT + "version", DCT + "source");
        assertThat(id(dataset, DCT + "accrualPeriodicity")).isEqualTo("http://publications.europa.eu/resource/authority/frequency/MONTHLY");
        JsonObject temporal = dataset.getJsonArray(DCT + "temporal").getJsonObject(0);
        assertThat(value(temporal, DCAT + "startDate")).isEqualTo("2037-01-01");
        assertThat(value(temporal, DCAT + "endDate")).isEqualTo("2037-06-30");
        List<JsonObject> distributions = dataset.getJsonArray(DCAT + "distribution").stream().map(JsonValue::asJsonObject).toList();
        assertThat(distributions).hasSize(4);
        for (JsonObject distribution : distributions) {
            assertThat(distribution.keySet()).contains(DCAT + "accessURL", DCAT + "downloadURL", DCT + "format", DCAT + "mediaType",
                    DCT + "license");
            assertThat(id(distribution, DCT + "license")).isEqualTo("http://publications.europa.eu/resource/authority/licence/CC0");
            // Each download address answers without a token.
            String download = id(distribution, DCAT + "downloadURL");
            given().get(download).then().statusCode(200);
        }
        JsonObject source = dataset.getJsonArray(DCT + "source").getJsonObject(0);
        assertThat(id(source, DCT + "license")).isEqualTo("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0");
        assertThat(value(source, DCT + "bibliographicCitation")).isEqualTo("Bron: CBS");
        JsonObject version = dataset.getJsonArray(DCAT + "hasVersion").getJsonObject(0);
        assertThat(version.keySet()).contains(DCAT + "version", "http://www.w3.org/ns/adms#versionNotes", DCAT + "distribution");
    }

    @Test
    void theOpenDataIsTheOnlyExceptionTheRestStillRefusesWithoutAToken() {
        String code = municipalityHousing(new int[] {1});
        given().get(OPEN_DATA + "/catalog").then().statusCode(200);
        given().get("/supervision/v1/municipalities/{code}/periods/{period}", code, PERIOD).then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/supervision/v1/national/periods/{period}", PERIOD).then().statusCode(401);
        given().contentType("application/json").body(Map.of("period", PERIOD)).post(OPEN_DATA + "/publications").then().statusCode(401);
        given().auth().oauth2(TestTokens.issuer().province("PV23")).contentType("application/json").body(Map.of("period", PERIOD))
                .post(OPEN_DATA + "/publications").then().statusCode(403);
    }

    @Test
    void theDocumentDeclaresTheReadsPublicAndTheirConditionalAnswers() throws Exception {
        String served = given().get("/supervision/v1/openapi.json").then().statusCode(200).extract().asString();
        JsonPath document = JsonPath.from(served);
        assertThat(document.getList("paths.'/open-data/catalog'.get.security")).containsExactly(Map.of());
        assertThat(document.getList("paths.'/open-data/publications'.post.security.bearerToken.flatten()")).containsExactly("rijk");
        String monthly = "paths.'/open-data/datasets/{period}/versions/{version}/monthly.csv'.get";
        assertThat(document.getString(monthly + ".operationId")).isEqualTo("getOpenDataMonthlyCsv");
        assertThat(document.getMap(monthly + ".responses")).containsKeys("200", "304", "400", "404");
        assertThat(document.getMap(monthly + ".responses.'200'.headers")).containsKeys("ETag", "Last-Modified", "API-Version");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        given().get(FILE, "2037-H3", "latest", "monthly.csv").then().statusCode(400).body("invalidParams[0].name",
                org.hamcrest.Matchers.equalTo("period"));
        given().get(FILE, PERIOD, "0", "monthly.csv").then().statusCode(400).body("invalidParams[0].name",
                org.hamcrest.Matchers.equalTo("version"));
        given().get(FILE, "2036-H1", "latest", "monthly.csv").then().statusCode(404);
        // No month of 2037-H2 has ended on 15 April 2037.
        asRijk().contentType("application/json").body(Map.of("period", "2037-H2")).post(OPEN_DATA + "/publications")
                .then().statusCode(400).body("invalidParams[0].name", org.hamcrest.Matchers.equalTo("period"));
    }

    /** A new municipality of this class's province with a quota of 60 in 2037-H1 and these persons housed in January, February, ... */
    private String municipalityHousing(int[] perMonth) {
        String province = PROVINCE;
        String code = TestEvents.newMunicipality();
        events.province(province, "Open " + province);
        events.municipality(code, "Opendorp " + code, province);
        events.quota(code, PERIOD, 60, 1);
        int total = 0;
        for (int m = 0; m < perMonth.length; m++) {
            UUID coupling = events.coupling(code, perMonth[m], LocalDate.of(2037, 1, 2));
            events.placement(code, coupling, perMonth[m], LocalDate.of(2037, m + 1, 20), null);
            total += perMonth[m];
        }
        int expected = total;
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(housed(code)).isEqualTo(expected));
        return code;
    }

    private int housed(String code) {
        return asRijk().get("/supervision/v1/municipalities/{code}/periods/{period}", code, PERIOD).then().statusCode(200)
                .extract().jsonPath().getInt("housed");
    }

    private static io.restassured.specification.RequestSpecification asRijk() {
        return given().auth().oauth2(TestTokens.issuer().rijk());
    }

    private static String file(int version, String name) {
        return given().get(FILE, PERIOD, version, name).then().statusCode(200).extract().asString();
    }

    private static Map<String, byte[]> files(int version) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("half-year.csv", "half-year.json", "monthly.csv", "monthly.json")) {
            files.put(name, given().get(FILE, PERIOD, version, name).then().statusCode(200).extract().asByteArray());
        }
        return files;
    }

    /** The CSV's rows by column, after checking its header is exactly {@code columns}. */
    private static List<Map<String, String>> csv(String text, List<String> columns) throws Exception {
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.get(0).toList()).as("the columns: per municipality, nothing personal").isEqualTo(columns);
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), record.get(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static void assertSameRows(List<Map<String, String>> csv, JsonPath json, List<String> columns) {
        List<Map<String, Object>> rows = json.getList("rows");
        assertThat(rows).hasSameSizeAs(csv);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(columns).as("the JSON's fields are the CSV's columns").containsAll(rows.get(i).keySet());
            Map<String, String> asText = new LinkedHashMap<>();
            for (String column : columns) {
                Object value = rows.get(i).get(column);
                asText.put(column, value == null ? "" : value.toString());
            }
            assertThat(asText).isEqualTo(csv.get(i));
        }
    }

    private static List<Map<String, String>> rowsOf(List<Map<String, String>> rows, String code) {
        return rows.stream().filter(r -> r.get("municipalityCode").equals(code)).toList();
    }

    private static String id(JsonObject node, String property) {
        return node.getJsonArray(property).getJsonObject(0).getString("@id");
    }

    private static String value(JsonObject node, String property) {
        return node.getJsonArray(property).getJsonObject(0).getString("@value");
    }
}
