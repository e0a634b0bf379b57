package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md, re-anchoring: COA revises a figure after province staff adopted it. The adoption is marked to review
 * (te herbeoordelen) until staff adopt the new figure or confirm the adopted one, and the reconciliation labels as adopted
 * the very line that was adopted, not the newer one. Through REST.
 */
@QuarkusTest
class CoaRevisionAfterAdoptionTest {

    private static final String ADOPTIONS = "/supervision/v1/municipalities/{code}/coa-position-adoptions";
    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";
    private static final String PROVINCE = TestEvents.newProvince();
    private static final String HEADER = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n";

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private static RequestSpecification asStaff() {
        return given().header("Authorization", Callers.as(Callers.issuer().province(PROVINCE))).contentType(ContentType.JSON);
    }

    private static String upload(String town, int stand, int housed) {
        String csv = HEADER + town + ";Gemeente " + town + ";31-12-2024;20;22;" + housed + ";" + stand + "\n";
        return CoaPositionImportTest.upload(PROVINCE, "text/csv", csv.getBytes(StandardCharsets.UTF_8), "december.csv").then()
                .statusCode(201).extract().path("id");
    }

    private static String lineOf(String town) {
        return "find { it.municipalityCode == '" + town + "' && it.referenceDate == '2024-12-31' }";
    }

    private static Map<String, Object> adoption(String reason) {
        return new HashMap<>(Map.of("deadline", "2025-01-01", "reason", reason));
    }

    @Test
    void aRevisionImportedAfterAnAdoptionMarksItUntilStaffAdoptAgainOrConfirm() {
        // The system has the town 15 behind on 31 December 2024, COA 17 (CoaReconciliationTest's case); adopted.
        String town = CoaReconciliationTest.fifteenBehindWhereCoaSaysSeventeen(events, PROVINCE);
        String first = given().header("Authorization", Callers.as(Callers.issuer().province(PROVINCE)))
                .get(CoaPositionImportTest.IMPORTS, PROVINCE).then().statusCode(200).extract().path("[0].id");
        asStaff().body(adoption("stand TVS")).post(ADOPTIONS, town).then().statusCode(201).body("position", equalTo(17));

        // The same figure imported again is no revision.
        upload(town, -17, 5);
        asStaff().get(CoaReconciliationTest.RECONCILIATION, PROVINCE).then().statusCode(200)
                .body(lineOf(town) + ".toReview", equalTo(false)).body(lineOf(town) + ".revisesAdoption", equalTo(false));

        // COA revises its position of 31 December to 19 behind.
        upload(town, -19, 3);
        asStaff().get(CoaReconciliationTest.RECONCILIATION, PROVINCE).then().statusCode(200)
                .body(lineOf(town) + ".coa.position", equalTo(19))
                .body(lineOf(town) + ".adopted", equalTo(false))
                .body(lineOf(town) + ".revisesAdoption", equalTo(true))
                .body(lineOf(town) + ".adoptedAtDeadline", equalTo("2025-01-01"))
                .body(lineOf(town) + ".toReview", equalTo(true));
        given().get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(17))
                .body("coaAdopted.toReview", equalTo(List.of(true)));

        // Province staff confirm the figure they adopted: its line, named by its import, adopted again.
        Map<String, Object> confirm = adoption("bevestigd: de herziening van het COA klopt niet");
        confirm.put("importId", first);
        asStaff().body(confirm).post(ADOPTIONS, town).then().statusCode(201).body("position", equalTo(17));
        given().get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(17))
                .body("coaAdopted.toReview", equalTo(List.of(false, false)));
        asStaff().get(CoaReconciliationTest.RECONCILIATION, PROVINCE).then().statusCode(200)
                .body(lineOf(town) + ".toReview", equalTo(false)).body(lineOf(town) + ".revisesAdoption", equalTo(false));

        // Or they adopt COA's revision: the line of the latest import is the one adopted.
        asStaff().body(adoption("herziening TVS overgenomen")).post(ADOPTIONS, town).then().statusCode(201).body("position", equalTo(19));
        given().get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(19));
        asStaff().get(CoaReconciliationTest.RECONCILIATION, PROVINCE).then().statusCode(200)
                .body(lineOf(town) + ".adopted", equalTo(true)).body(lineOf(town) + ".adoptedFigure", equalTo("END_POSITION"));
    }

    @Test
    void anImportThatLacksTheNamedLineIsRefusedNamingImportId() {
        String town = CoaReconciliationTest.fifteenBehindWhereCoaSaysSeventeen(events, PROVINCE);
        Map<String, Object> confirm = adoption("bevestigd");
        confirm.put("importId", "00000000-0000-0000-0000-000000000001");
        asStaff().body(confirm).post(ADOPTIONS, town).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("importId"));
    }
}
