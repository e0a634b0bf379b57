package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md, re-anchoring: the province and the Rijk do not overwrite each other. The province supervises, so its
 * adoption counts for its figures and verdicts; the Rijk's counts for the national series; both are kept and shown with
 * who decided. Through REST.
 */
@QuarkusTest
class RijkAndProvinceAdoptionsTest {

    private static final String ADOPTIONS = "/supervision/v1/municipalities/{code}/coa-position-adoptions";
    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";
    private static final String SERIES = "/supervision/v1/national/series";
    private static final String PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token)).contentType(ContentType.JSON);
    }

    private static int carriedIntoTheCountry() {
        return given().queryParam("from", "2025-H1").queryParam("to", "2025-H1").get(SERIES).then().statusCode(200)
                .extract().path("[0].figures.adjustedQuota");
    }

    @Test
    void aNationalAdoptionAtTheSameDeadlineCountsForTheSeriesAndLeavesTheProvincesStanding() {
        // The system has the town 15 behind on 31 December 2024, COA 17: the province adopts COA's 17.
        String town = CoaReconciliationTest.fifteenBehindWhereCoaSaysSeventeen(events, PROVINCE);
        as(Callers.issuer().province(PROVINCE)).body(Map.of("deadline", "2025-01-01", "reason", "stand TVS")).post(ADOPTIONS, town)
                .then().statusCode(201).body("adopter", equalTo("PROVINCE"));
        int withTheProvincesFigure = carriedIntoTheCountry();

        // COA's later file has 19; the Rijk adopts it for the municipality.
        String csv = "Gemeentecode;Gemeente;Peildatum;Taakstelling;Gecorrigeerde taakstelling;Afgemeld;Stand\n"
                + town + ";Gemeente " + town + ";31-12-2024;20;22;3;-19\n";
        CoaPositionImportTest.upload(PROVINCE, "text/csv", csv.getBytes(StandardCharsets.UTF_8), "landelijk.csv").then().statusCode(201);
        as(Callers.issuer().rijk()).body(Map.of("deadline", "2025-01-01", "reason", "landelijke stand TVS")).post(ADOPTIONS, town)
                .then().statusCode(201).body("adopter", equalTo("RIJK")).body("position", equalTo(19));

        // The province's figures still count its own adoption; both are shown with who decided.
        given().get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(17))
                .body("coaAdopted.adopter", equalTo(List.of("PROVINCE", "RIJK")))
                .body("coaAdopted.position", equalTo(List.of(17, 19)))
                .body("coaAdopted.counts", equalTo(List.of(true, false)));
        given().get(ADOPTIONS, town).then().statusCode(200).body("adopter", equalTo(List.of("PROVINCE", "RIJK")));
        // The national series counts the Rijk's: 2 more carried into 2025-I.
        assertThat(carriedIntoTheCountry()).isEqualTo(withTheProvincesFigure + 2);
        // 2024-II ends at that deadline: its position at the end is COA's as published; no one adopted at 1 July 2040.
        given().queryParam("from", "2024-H2").queryParam("to", "2024-H2").get(SERIES).then().statusCode(200)
                .body("[0].coaEndPositionAdopted", equalTo(true));
        given().queryParam("from", "2040-H1").queryParam("to", "2040-H1").get(SERIES).then().statusCode(200)
                .body("[0].coaEndPositionAdopted", equalTo(false));
        // As the series stood before anyone adopted, it was not.
        given().queryParam("from", "2024-H2").queryParam("to", "2024-H2").queryParam("asOf", "2020-01-01").get(SERIES).then()
                .statusCode(200).body("[0].coaEndPositionAdopted", equalTo(false));
    }
}
