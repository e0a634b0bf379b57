package nl.permitholders.supervision.coaposition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md, re-anchoring: province staff (or the Rijk) adopt COA's position at a deadline; from then on the figures count from
 * it, the ledger explains it with reason and author, and half-years before keep their figures. Through REST.
 */
@QuarkusTest
class CoaAdoptionTest {

    private static final String ADOPTIONS = "/supervision/v1/municipalities/{code}/coa-position-adoptions";
    private static final String FIGURES = "/supervision/v1/municipalities/{code}/periods/{period}";
    /** One province for all tests: each reads only its own municipality's adoptions, figures and reconciliation line. */
    private static final String PROVINCE = TestEvents.newProvince();

    private final TestEvents events = new TestEvents();

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Callers.as(token)).contentType(ContentType.JSON);
    }

    /**
     * 15 behind at the end of 2024 by the system's facts, 17 by COA's file of 31 December 2024; a quota of 10 in 2025-I
     * and 3 persons housed on 1 February 2025.
     */
    private String behindWhereCoaDisagrees(String province) {
        String town = CoaReconciliationTest.fifteenBehindWhereCoaSaysSeventeen(events, province);
        events.quota(town, "2025-H1", 10, 1);
        UUID coupling = events.coupling(town, 3, LocalDate.of(2025, 1, 15));
        events.placement(town, coupling, 3, LocalDate.of(2025, 2, 1), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(FIGURES, town, "2025-H1").then().statusCode(200)
                .body("carriedBacklog", equalTo(15)).body("housed", equalTo(3)).body("backlog", equalTo(22)));
        return town;
    }

    private static Map<String, String> adoptAtNewYear2025() {
        return Map.of("deadline", "2025-01-01", "reason", "stand TVS vastgesteld in overleg met het COA");
    }

    @Test
    void anAdoptedPositionIsTheBacklogFromTheDeadlineOnAndTheLedgerExplainsIt() {
        String town = behindWhereCoaDisagrees(PROVINCE);
        String staff = Callers.issuer().province(PROVINCE);

        as(staff).body(adoptAtNewYear2025()).post(ADOPTIONS, town).then().statusCode(201)
                .body("position", equalTo(17)).body("deadline", equalTo("2025-01-01")).body("referenceDate", equalTo("2024-12-31"))
                .body("adoptedBy", org.hamcrest.Matchers.notNullValue())
                .body("reason", equalTo("stand TVS vastgesteld in overleg met het COA"));

        // At once (the adoption raises the ledger version, as a verdict does): the figures count from COA's 17.
        given().get(FIGURES, town, "2025-H1").then().statusCode(200)
                .body("carriedBacklog", equalTo(17)).body("adjustedQuota", equalTo(27)).body("backlog", equalTo(24));
        // The half-year before keeps the system's own figures, and the reconciliation still shows where they differ.
        given().get(FIGURES, town, "2024-H2").then().statusCode(200).body("backlog", equalTo(15));
        given().queryParam("referenceDate", "2024-12-31").get(CoaReconciliationTest.RECONCILIATION, PROVINCE).then().statusCode(200)
                .body("find { it.municipalityCode == '" + town + "' }.difference.position", equalTo(2))
                .body("find { it.municipalityCode == '" + town + "' }.adopted", equalTo(true));

        String anchored = "find { it.kind == 'ANCHORED' }";
        given().get(FIGURES + "/ledger", town, "2025-H1").then().statusCode(200)
                .body(anchored + ".persons", equalTo(17)).body(anchored + ".date", equalTo("2025-01-01"))
                .body(anchored + ".reason", equalTo("stand TVS vastgesteld in overleg met het COA"))
                .body(anchored + ".decidedBy", org.hamcrest.Matchers.notNullValue())
                .body(anchored + ".eventType", equalTo("coa-position-adopted"));
        given().get(FIGURES + "/ledger", town, "2024-H2").then().statusCode(200)
                .body("findAll { it.kind == 'ANCHORED' }", hasSize(0));
        given().get(ADOPTIONS, town).then().statusCode(200).body("position", equalTo(List.of(17)));
    }

    @Test
    void anAdoptionWithoutCoasPositionOnTheDayBeforeTheDeadlineOrAtNoDeadlineIsRefusedAndNothingChanges() {
        String town = behindWhereCoaDisagrees(PROVINCE);
        String staff = Callers.issuer().province(PROVINCE);

        for (String deadline : List.of("2025-03-01", "2025-07-01", "2099-01-01")) {
            as(staff).body(Map.of("deadline", deadline, "reason", "overgenomen")).post(ADOPTIONS, town).then().statusCode(400)
                    .contentType("application/problem+json").body("invalidParams[0].name", equalTo("deadline"));
        }
        as(staff).body(Map.of("deadline", "2025-01-01", "reason", " ")).post(ADOPTIONS, town).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("reason"));

        given().get(ADOPTIONS, town).then().statusCode(200).body("", hasSize(0));
        given().get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(15));
    }

    @Test
    void theRijkAdoptsForAnyMunicipality() {
        String town = behindWhereCoaDisagrees(PROVINCE);
        as(Callers.issuer().rijk()).body(adoptAtNewYear2025()).post(ADOPTIONS, town).then().statusCode(201).body("position", equalTo(17));
        given().get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(17));
    }

    @Test
    void onlyTheProvincesOwnStaffAndTheRijkAdopt() {
        String town = behindWhereCoaDisagrees(PROVINCE);
        for (String caller : List.of(Callers.issuer().province("PV49"), Callers.issuer().municipality(town), Callers.issuer().coa())) {
            as(caller).body(adoptAtNewYear2025()).post(ADOPTIONS, town).then().statusCode(403);
        }
        for (String caller : List.of(Callers.issuer().province("PV49"), Callers.issuer().municipality(town), Callers.issuer().coa())) {
            as(caller).get(ADOPTIONS, town).then().statusCode(403);
        }
        given().get(ADOPTIONS, town).then().statusCode(200).body("", hasSize(0));
        given().get(FIGURES, town, "2025-H1").then().statusCode(200).body("carriedBacklog", equalTo(15));
    }
}
