package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * COA's position beside the system's figures on the reference date, and the difference, as the API gives it for the
 * province's page and its .xlsx (dashboard/); readable by the province's own staff and the Rijk only.
 */
@QuarkusTest
class CoaReconciliationTest {

    static final String RECONCILIATION = "/supervision/v1/provinces/{code}/coa-reconciliation";
    /** The province of every test: they read only their own municipality's line and their own import. */
    private static final String SHARED_PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    /**
     * A municipality with a quota of 20 in 2024-II and 5 persons housed on 1 September 2024: on 31 December 2024 the
     * system has it 15 behind. COA's file says adjusted quota 22, housed 5, position -17 (COA writes a backlog negative).
     */
    static String fifteenBehindWhereCoaSaysSeventeen(TestEvents events, String province) {
        String town = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        events.municipality(town, "Gemeente " + town, province);
        events.quota(town, "2024-H2", 20, 1);
        UUID coupling = events.coupling(town, 5, LocalDate.of(2024, 8, 1));
        events.placement(town, coupling, 5, LocalDate.of(2024, 9, 1), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("asOf", "2024-12-31").queryParam("view", "KNOWN_TODAY")
                .get("/supervision/v1/municipalities/{code}/periods/2024-H2", town).then().statusCode(200).body("backlog", equalTo(15)));
        String csv = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n"
                + town + ";Gemeente " + town + ";31-12-2024;20;22;5;-17\n";
        CoaPositionImportTest.upload(province, "text/csv", csv.getBytes(StandardCharsets.UTF_8), "december.csv").then().statusCode(201);
        return town;
    }

    private static String lineOf(String town) {
        return "find { it.municipalityCode == '" + town + "' && it.referenceDate == '2024-12-31' }";
    }

    @Test
    void theReportShowsCoasFiguresBesideTheSystemsOnTheReferenceDateAndTheDifference() {
        String town = fifteenBehindWhereCoaSaysSeventeen(events, SHARED_PROVINCE);

        JsonPath report = given().header("Authorization", Callers.as(Callers.issuer().province(SHARED_PROVINCE)))
                .queryParam("referenceDate", "2024-12-31").get(RECONCILIATION, SHARED_PROVINCE).then().statusCode(200).extract().jsonPath();

        String line = lineOf(town);
        assertThat(report.getInt(line + ".coa.position")).isEqualTo(17);
        assertThat(report.getInt(line + ".system.position")).isEqualTo(15);
        assertThat(report.getInt(line + ".difference.position")).isEqualTo(2);
        assertThat(report.getInt(line + ".coa.adjustedQuota")).isEqualTo(22);
        assertThat(report.getInt(line + ".system.adjustedQuota")).isEqualTo(20);
        assertThat(report.getInt(line + ".difference.adjustedQuota")).isEqualTo(2);
        assertThat(report.getInt(line + ".system.housed")).isEqualTo(5);
        assertThat(report.getInt(line + ".difference.housed")).isZero();
        assertThat(report.getInt(line + ".system.quota")).isEqualTo(20);
        assertThat(report.getBoolean(line + ".agrees")).isFalse();
        assertThat(report.getBoolean(line + ".adopted")).isFalse();
        assertThat(report.getString(line + ".municipalityName")).isEqualTo("Gemeente " + town);
    }

    @Test
    void onlyTheProvincesOwnStaffAndTheRijkReadItAndOnlyProvinceStaffImport() {
        String town = fifteenBehindWhereCoaSaysSeventeen(events, SHARED_PROVINCE);
        String other = "PV49";
        String foreignStaff = Callers.as(Callers.issuer().province(other));
        String municipality = Callers.as(Callers.issuer().municipality(town));
        String importId = given().get(CoaPositionImportTest.IMPORTS, SHARED_PROVINCE).then().statusCode(200).extract().path("[0].id");

        given().get(RECONCILIATION, SHARED_PROVINCE).then().statusCode(200);
        given().get(CoaPositionImportTest.IMPORTS + "/{id}", SHARED_PROVINCE, importId).then().statusCode(200);
        for (String caller : List.of(foreignStaff, municipality, Callers.as(Callers.issuer().coa()))) {
            given().header("Authorization", caller).get(RECONCILIATION, SHARED_PROVINCE).then().statusCode(403);
            given().header("Authorization", caller).get(CoaPositionImportTest.IMPORTS, SHARED_PROVINCE).then().statusCode(403);
            given().header("Authorization", caller).get(CoaPositionImportTest.IMPORTS + "/{id}", SHARED_PROVINCE, importId).then().statusCode(403);
        }
        // Another province's import of the first province's import is not found in its own list either.
        given().header("Authorization", foreignStaff).get(CoaPositionImportTest.IMPORTS + "/{id}", other, importId).then().statusCode(404);
        String csv = "Gemeentecode;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n" + town + ";31-12-2024;1;1;1;0\n";
        for (String caller : List.of(Callers.as(Callers.issuer().rijk()), municipality, Callers.as(Callers.issuer().coa()))) {
            given().header("Authorization", caller).contentType("text/csv").body(csv).post(CoaPositionImportTest.IMPORT).then().statusCode(403);
        }
        // Staff of another province cannot import the municipality's position: it is not theirs.
        given().header("Authorization", foreignStaff).contentType("text/csv").body(csv).post(CoaPositionImportTest.IMPORT).then()
                .statusCode(400).body("invalidParams[0].name", equalTo("line 2: Gemeentecode"));
    }
}
