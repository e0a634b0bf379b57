package nl.permitholders.supervision.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.TestEvents;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scenarios through the API on a real PostgreSQL and Kafka (issue 71): the Rijk's national view and a province's, kept
 * scenarios, comparisons and the workbook; another province's municipalities refused. On 10 February 2061 (the current
 * half-year 2061-H1), on CBS's populations of 1 January 2060: the class's own municipalities hold 100,000 inhabitants and
 * every other municipality the test database knows 0, so that R1's shares are the class's to state: a national total of
 * 10,000 gives a 6,000, b and c 2,000 each, and no surplus.
 */
@QuarkusTest
class ScenarioResourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final LocalDate TODAY = LocalDate.of(2061, 2, 10);
    private static final String REFERENCE_DATE = "2060-01-01";
    /** R1's reference date for 2063-H1, the furthest half-year the tests ask about: none known up to it but the class's own. */
    private static final LocalDate LAST_REFERENCE_DATE = LocalDate.of(2062, 1, 1);
    private static final String CALCULATIONS = "/supervision/v1/scenario-calculations";
    private static final String COMPARISONS = "/supervision/v1/scenario-comparisons";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The class's own province: the tests count what it holds (a and b). */
    private static final String NORTH = TestEvents.newProvince();
    /** Shared with other classes: the tests name c in it and refuse its staff north's figures, counting nothing else there. */
    private static final String SOUTH = TestEvents.SPLITS_PROVINCE;
    private static final String A = TestEvents.newMunicipality();
    private static final String B = TestEvents.newMunicipality();
    private static final String C = TestEvents.newMunicipality();
    /** Exists from 1 July 2062, without a population on any reference date. */
    private static final String LATER = TestEvents.newMunicipality();
    /** The facts are sent once per class, whatever the first test's wait for them came to. */
    private static boolean sent;
    private static boolean countrySetUp;

    private final TestEvents events = new TestEvents();

    @Inject
    Pool pool;

    @BeforeEach
    void theCountryOn10February2061() {
        Callers.theRijkByDefault();
        FixedDay.install(TODAY);
        if (countrySetUp) {
            return;
        }
        if (!sent) {
            send();
            sent = true;
        }
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/2061-H1", A).then()
                .statusCode(200).body("housed", equalTo(6)));
        everyOtherMunicipalityWithoutInhabitants();
        noOtherReferenceDateUpTo(LAST_REFERENCE_DATE);
        countrySetUp = true;
    }

    /**
     * The class owns the reference dates after its own up to the last R1 takes for the half-years it asks about: a figure
     * another class put on one of them would be the date R1 takes, without this class's municipalities. Said here, by
     * name, rather than as a 409 in whichever test asks first.
     */
    private void noOtherReferenceDateUpTo(LocalDate last) {
        List<String> others = new ArrayList<>();
        for (Row row : pool.preparedQuery("SELECT reference_date, count(*) FROM population WHERE reference_date > $1 AND reference_date <= $2 "
                        + "GROUP BY reference_date ORDER BY reference_date")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(LocalDate.parse(REFERENCE_DATE), last)).await().indefinitely()) {
            others.add(row.getLocalDate(0) + " (" + row.getLong(1) + " municipalities)");
        }
        assertThat(others).as("populations another class put on reference dates this class relies on being unknown").isEmpty();
    }

    private void send() {
        events.province(NORTH, "Noord " + NORTH);
        events.province(SOUTH, "Provincie " + SOUTH);
        events.municipality(A, "A " + A, NORTH);
        events.municipality(B, "B " + B, NORTH);
        events.municipality(C, "C " + C, SOUTH);
        events.send("quota.events", LATER, TestEvents.QUOTA + "municipality-registered.v1", """
                {"municipalityCode":"%s","name":"Later","provinceCode":"%s","validFrom":"2062-07-01"}""".formatted(LATER, SOUTH));
        events.population(A, REFERENCE_DATE, 60_000, 1);
        events.population(B, REFERENCE_DATE, 20_000, 1);
        events.population(C, REFERENCE_DATE, 20_000, 1);
        // A: 12 carried into 2061-H1, a quota of 30, 6 housed on 20 January (1 a month over the last six), and COA coupled 12 singles.
        events.openingBalance(A, "2061-H1", 12);
        events.quota(A, "2061-H1", 30, 1);
        UUID coupling = events.coupling(A, 6, LocalDate.of(2060, 12, 1));
        events.placement(A, coupling, 6, LocalDate.of(2061, 1, 20), "REGULAR");
        for (int i = 0; i < 12; i++) {
            events.coupling(A, 1, LocalDate.of(2061, 1, 5));
        }
    }

    /** Every municipality the database knows but this class's gets 0 inhabitants on the reference date, so the shares are the class's. */
    private void everyOtherMunicipalityWithoutInhabitants() {
        Set<String> ours = Set.of(A, B, C, LATER);
        await().atMost(PATIENCE).until(() -> {
            List<String> without = new ArrayList<>();
            for (Row row : pool.preparedQuery("SELECT m.code FROM municipality m WHERE NOT EXISTS (SELECT 1 FROM population p "
                            + "WHERE p.municipality_code = m.code AND p.reference_date = $1)")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(LocalDate.parse(REFERENCE_DATE))).await().indefinitely()) {
                without.add(row.getString(0));
            }
            without.removeAll(ours);
            without.forEach(code -> events.population(code, REFERENCE_DATE, 0, 1));
            return without.isEmpty() && scenario(Map.of("2061-H2", 10_000)).statusCode() == 200;
        });
    }

    private static Response scenario(Map<String, Integer> totals) {
        return given().contentType(ContentType.JSON).body(Map.of("halfYears", halfYears(totals))).post(CALCULATIONS);
    }

    private static List<Map<String, Object>> halfYears(Map<String, Integer> totals) {
        return totals.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Map.<String, Object>of("period", e.getKey(), "nationalTotal", e.getValue())).toList();
    }

    private static String province(String code) {
        return Callers.as(Callers.issuer().province(code));
    }

    @Test
    void theRijkGetsEveryMunicipalitysQuotaByR1ItsForecastAndColourAndTheSumsPerProvinceAndForTheCountry() {
        JsonPath scenario = scenario(Map.of("2061-H2", 10_000)).then().statusCode(200).extract().jsonPath();

        assertThat(scenario.getString("calculatedOn")).isEqualTo(TODAY.toString());
        assertThat(scenario.getInt("halfYears[0].nationalTotal")).isEqualTo(10_000);
        assertThat(scenario.getInt("halfYears[0].sumOfQuotas")).isEqualTo(10_000);
        assertThat(scenario.getInt("halfYears[0].surplus")).isZero();
        assertThat(scenario.getString("halfYears[0].populationReferenceDate")).isEqualTo(REFERENCE_DATE);
        String a = "municipalities.find { it.municipalityCode == '" + A + "' }";
        // 10,000 x 60,000 / 100,000. Today: 12 + 30 - 6 = 36 behind; 1 a month for the 5 whole months left of 2061-H1 and the 6 of
        // 2061-H2: 36 + 6,000 - 11 = 6,025 at the end of 2061-H2.
        assertThat(scenario.getInt(a + ".halfYears[0].quota")).isEqualTo(6_000);
        assertThat(scenario.getInt(a + ".backlogToday")).isEqualTo(36);
        assertThat(scenario.getInt(a + ".halfYears[0].carriedBacklog")).isEqualTo(31);
        assertThat(scenario.getInt(a + ".halfYears[0].expectedBacklog")).isEqualTo(6_025);
        assertThat(scenario.getString(a + ".halfYears[0].colour")).isEqualTo("RED");
        // its own mix: 13 households (12 singles, one family of 6); 6,025 persons need 6,025 x 12 / 18 rooms, rounded up
        assertThat(scenario.getString(a + ".householdMix.source")).isEqualTo("MUNICIPALITY");
        assertThat(scenario.getInt(a + ".halfYears[0].homes.ROOM")).isEqualTo(4_017);
        assertThat(scenario.getInt(a + ".halfYears[0].homes.FAMILY_HOME")).isEqualTo(335);
        assertThat(scenario.getInt("municipalities.find { it.municipalityCode == '" + B + "' }.halfYears[0].quota")).isEqualTo(2_000);
        assertThat(scenario.getInt("provinces.find { it.code == '" + NORTH + "' }.halfYears[0].quota")).isEqualTo(8_000);
        assertThat(scenario.getInt("provinces.find { it.code == '" + NORTH + "' }.halfYears[0].grossExpectedBacklog")).isEqualTo(6_025 + 2_000);
        assertThat(scenario.getInt("country.halfYears[0].quota")).isEqualTo(10_000);
        assertThat(scenario.getList("colourChanges.municipalityCode")).contains(B, C);
        assertThat(scenario.getList("assumptions.name")).contains("distribution", "forecast", "paceMonths", "householdMixMonths", "homes");
        assertThat(scenario.getList("municipalities.municipalityCode")).doesNotContain(LATER);
    }

    @Test
    void aProvinceGetsItsOwnMunicipalitiesAndAnotherProvincesAreRefused() {
        JsonPath north = given().header("Authorization", province(NORTH)).contentType(ContentType.JSON)
                .body(Map.of("halfYears", halfYears(Map.of("2061-H2", 10_000)))).post(CALCULATIONS).then().statusCode(200)
                .extract().jsonPath();
        assertThat(north.getList("municipalities.municipalityCode")).containsExactlyInAnyOrder(A, B);
        assertThat(north.getList("provinces.code")).containsExactly(NORTH);
        assertThat(north.getString("country")).isNull();
        assertThat(north.getInt("halfYears[0].quotaInScope")).isEqualTo(8_000);

        given().header("Authorization", province(NORTH)).contentType(ContentType.JSON)
                .body(Map.of("halfYears", halfYears(Map.of("2061-H2", 10_000)), "provinceCode", SOUTH)).post(CALCULATIONS).then()
                .statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Callers.as(Callers.issuer().municipality(A))).contentType(ContentType.JSON)
                .body(Map.of("halfYears", halfYears(Map.of("2061-H2", 10_000)))).post(CALCULATIONS).then().statusCode(403);
        JsonPath south = given().contentType(ContentType.JSON).body(Map.of("halfYears", halfYears(Map.of("2061-H2", 10_000)),
                "provinceCode", SOUTH)).post(CALCULATIONS).then().statusCode(200).extract().jsonPath();
        assertThat(south.getList("municipalities.municipalityCode")).contains(C).doesNotContain(A, B);
        assertThat(south.getList("provinces.code")).containsExactly(SOUTH);
    }

    @Test
    void populationsNotKnownYetStandInForR1sAndTheAnswerSaysSo() {
        JsonPath scenario = scenario(Map.of("2062-H1", 10_000)).then().statusCode(200).extract().jsonPath();

        assertThat(scenario.getString("halfYears[0].referenceDateOfR1")).isEqualTo("2061-01-01");
        assertThat(scenario.getString("halfYears[0].populationReferenceDate")).isEqualTo(REFERENCE_DATE);
        assertThat(scenario.getList("assumptions.name")).contains("populationReferenceDate.2062-H1");
    }

    @Test
    void aMunicipalityWithoutAPopulationStopsTheDistributionAsItWouldTheRijksAndIsNamed() {
        scenario(Map.of("2063-H1", 10_000)).then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(LATER));
    }

    @Test
    void aPassedHalfYearAnUnknownKindOfHomeOrTooManyHalfYearsAreRefusedNamingThem() {
        given().contentType(ContentType.JSON).body(Map.of("halfYears", halfYears(Map.of("2060-H2", 10_000, "2061-H2", 10_000))))
                .post(CALCULATIONS).then().statusCode(400).body("invalidParams.name", hasItem("halfYears[0].period"));
        given().contentType(ContentType.JSON).body(Map.of("halfYears", halfYears(Map.of("2061-H2", 10_000)), "assumptions",
                Map.of("householdMix", List.of(Map.of("kind", "ROOM", "households", 10, "persons", 20))))).post(CALCULATIONS).then()
                .statusCode(400).body("invalidParams.name", hasItem("assumptions.householdMix[0].persons"));
        given().contentType(ContentType.JSON).body(Map.of("halfYears", halfYears(Map.of("2061-H2", -1)))).post(CALCULATIONS).then()
                .statusCode(400).body("invalidParams.name", hasItem("halfYears[0].nationalTotal"));
        given().contentType(ContentType.JSON).body(Map.of("halfYears", halfYears(Map.of("2061-H2", 1)), "provinceCode", "NORD"))
                .post(CALCULATIONS).then().statusCode(400).body("invalidParams.name", hasItem("provinceCode"));
    }

    @Test
    void theWorkbookHoldsTheFiguresWithTheAssumptionsOnASheetOfTheirOwn() throws Exception {
        byte[] workbook = given().accept(XLSX).contentType(ContentType.JSON).body(Map.of("halfYears", halfYears(Map.of("2061-H2", 10_000))))
                .post(CALCULATIONS).then().statusCode(200).contentType(XLSX).extract().asByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).contains("Gemeenten", "Woningen per soort", "Provincies", "Nederland", "Kleurwisselingen", "Aannames");
            var municipalities = book.getSheet("Gemeenten");
            var row = java.util.stream.StreamSupport.stream(municipalities.spliterator(), false)
                    .filter(r -> A.equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
            assertThat(row.getCell(6).getNumericCellValue()).as("the quota, a number").isEqualTo(6_000);
            assertThat(book.getSheet("Aannames").getPhysicalNumberOfRows()).isGreaterThan(5);
        }
    }

    @Test
    void theRijkKeepsAScenarioByNameAProvinceReadsItForItsOwnMunicipalitiesAndKeepsItsOwn() {
        String name = "hoog-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> asking = Map.of("description", "hoge instroom", "halfYears", halfYears(Map.of("2061-H2", 12_000)),
                "assumptions", Map.of("paceMonths", 6));
        given().contentType(ContentType.JSON).body(asking).put("/supervision/v1/scenarios/{name}", name).then().statusCode(201)
                .body("owner", equalTo("RIJK")).body("keptBy", not(org.hamcrest.Matchers.emptyOrNullString()));
        given().contentType(ContentType.JSON).body(asking).put("/supervision/v1/scenarios/{name}", name).then().statusCode(200);
        given().header("Authorization", province(NORTH)).contentType(ContentType.JSON).body(asking)
                .put("/supervision/v1/scenarios/{name}", name).then().statusCode(403);

        JsonPath read = given().header("Authorization", province(NORTH)).get("/supervision/v1/scenarios/{name}", name).then().statusCode(200)
                .extract().jsonPath();
        assertThat(read.getList("scenario.municipalities.municipalityCode")).containsExactlyInAnyOrder(A, B);
        assertThat(read.getInt("scenario.halfYears[0].nationalTotal")).isEqualTo(12_000);
        given().header("Authorization", province(NORTH)).queryParam("provinceCode", SOUTH).get("/supervision/v1/scenarios/{name}", name)
                .then().statusCode(403);
        given().get("/supervision/v1/scenarios").then().statusCode(200).body("name", hasItem(name))
                // the assumptions as asked: the one stated, the others (their defaults) left out rather than null
                .body("find { it.name == '" + name + "' }.assumptions", equalTo(Map.of("paceMonths", 6)));

        String own = "eigen-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", province(NORTH)).contentType(ContentType.JSON).body(Map.of("halfYears", halfYears(Map.of("2061-H2", 9_000))))
                .put("/supervision/v1/provinces/{code}/scenarios/{name}", NORTH, own).then().statusCode(201).body("owner", equalTo(NORTH));
        given().header("Authorization", province(SOUTH)).get("/supervision/v1/provinces/{code}/scenarios/{name}", NORTH, own).then()
                .statusCode(403).contentType("application/problem+json");
        given().get("/supervision/v1/provinces/{code}/scenarios/{name}", NORTH, own).then().statusCode(200)
                .body("scenario.provinces.code", equalTo(List.of(NORTH)));
        given().contentType(ContentType.JSON).body(Map.of("halfYears", halfYears(Map.of("2061-H2", 9_000))))
                .put("/supervision/v1/provinces/{code}/scenarios/{name}", NORTH, own).then().statusCode(403);

        given().delete("/supervision/v1/scenarios/{name}", name).then().statusCode(204);
        given().get("/supervision/v1/scenarios/{name}", name).then().statusCode(404);
        given().header("Authorization", province(NORTH)).delete("/supervision/v1/provinces/{code}/scenarios/{name}", NORTH, own).then()
                .statusCode(204);
    }

    @Test
    void scenariosSideBySideGiveEachOnesFiguresAndTheirDifferences() {
        String kept = "laag-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("halfYears", halfYears(Map.of("2061-H2", 10_000))))
                .put("/supervision/v1/scenarios/{name}", kept).then().statusCode(201);
        Map<String, Object> comparison = Map.of("scenarios", List.of(Map.of("kept", kept),
                Map.of("label", "hoog", "halfYears", halfYears(Map.of("2061-H2", 15_000)))));

        JsonPath compared = given().contentType(ContentType.JSON).body(comparison).post(COMPARISONS).then().statusCode(200).extract().jsonPath();

        assertThat(compared.getList("scenarios.label")).containsExactly(kept, "hoog");
        assertThat(compared.getString("scenarios[0].keptBy")).isEqualTo("RIJK");
        String a = "municipalities.find { it.municipalityCode == '" + A + "' }.halfYears[0]";
        assertThat(compared.getList(a + ".scenarios.quota")).containsExactly(6_000, 9_000);
        assertThat(compared.getInt(a + ".differences[0].quota")).isEqualTo(3_000);
        assertThat(compared.getInt(a + ".differences[0].expectedBacklog")).isEqualTo(3_000);
        assertThat(compared.getInt("country.halfYears[0].differences[0].quota")).isEqualTo(5_000);

        given().header("Authorization", province(SOUTH)).contentType(ContentType.JSON).body(Map.of("scenarios", List.of(Map.of("kept", "x",
                "keptBy", NORTH)))).post(COMPARISONS).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("scenarios", List.of(Map.of("kept", kept, "halfYears", halfYears(Map.of("2061-H2", 1))))))
                .post(COMPARISONS).then().statusCode(400).body("invalidParams.name", hasItem("scenarios[0]"));
        byte[] workbook = given().accept(XLSX).contentType(ContentType.JSON).body(comparison).post(COMPARISONS).then().statusCode(200)
                .extract().asByteArray();
        assertThat(workbook).isNotEmpty();
    }
}
