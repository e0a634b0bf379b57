package nl.permitholders.supervision.round;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.supervision.Callers;
import nl.permitholders.supervision.FixedDay;
import nl.permitholders.supervision.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The supervision round as the API gives it for a province's page and a municipality's (the dashboard reads only
 * these): every municipality's letter state at a deadline in one answer, and the letters sent to a municipality as they
 * were sent, a corrected one beside the one it replaces and the latest marked to review once the figures moved.
 */
@QuarkusTest
class SentAndProvinceLettersTest {

    private static final String JANUARY_2025 = "2025-01-01";
    private static final String ROUND = "/supervision/v1/provinces/{code}/letters/{deadline}";
    private static final String SENT = "/supervision/v1/municipalities/{code}/sent-letters";
    private static final String SENT_PDF = SENT + "/{deadline}/{number}";
    private static final String STATE = "/supervision/v1/municipalities/{code}/letters/{deadline}/state";

    private final TestEvents events = new TestEvents();

    private String province;
    private String town;
    private String neighbour;
    private UUID coupling;

    @BeforeEach
    void twoMunicipalitiesOnTheFifteenthOfMarch2025() {
        RestAssured.requestSpecification = null;
        FixedDay.install(LocalDate.of(2025, 3, 15));
        province = TestEvents.newProvince();
        town = TestEvents.newMunicipality();
        neighbour = TestEvents.newMunicipality();
        events.province(province, "Provincie " + province);
        // Almelo's figures: 117 behind on 1 January 2025.
        events.municipality(town, "Almelo " + town, province);
        events.openingBalance(town, "2024-H1", 52);
        events.quota(town, "2024-H1", 78, 1);
        events.quota(town, "2024-H2", 70, 1);
        coupling = events.coupling(town, 90, LocalDate.of(2024, 1, 8));
        events.placement(town, coupling, 40, LocalDate.of(2024, 3, 14), null);
        events.placement(town, coupling, 43, LocalDate.of(2024, 11, 20), null);
        events.municipality(neighbour, "Buurdorp " + neighbour, province);
        events.openingBalance(neighbour, "2024-H2", 10);
        events.quota(neighbour, "2024-H2", 20, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            asTheProvince().get(STATE, town, JANUARY_2025).then().statusCode(200).body("liveBacklog", equalTo(117));
            asTheProvince().get(STATE, neighbour, JANUARY_2025).then().statusCode(200).body("liveBacklog", equalTo(30));
        });
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private RequestSpecification asTheProvince() {
        return as(Callers.issuer().province(province));
    }

    private void record(String municipality, String state) {
        asTheProvince().contentType(ContentType.JSON).body(Map.of("state", state))
                .post("/supervision/v1/municipalities/{code}/letters/{deadline}/states", municipality, JANUARY_2025)
                .then().statusCode(201);
    }

    @Test
    void theRoundListsEveryMunicipalitysLetterStateWithWhoRecordedItAndWhen() {
        record(town, "REVIEWED");

        asTheProvince().get(ROUND, province, JANUARY_2025).then().statusCode(200)
                .body("provinceName", equalTo("Provincie " + province))
                .body("period", equalTo("2024-H2"))
                .body("letters.municipalityCode", equalTo(List.of(town, neighbour).stream().sorted().toList()))
                .body("letters.find { it.municipalityCode == '" + town + "' }.state", equalTo("REVIEWED"))
                .body("letters.find { it.municipalityCode == '" + town + "' }.changedBy", equalTo("supervisor-" + province))
                .body("letters.find { it.municipalityCode == '" + town + "' }.changedAt", org.hamcrest.Matchers.startsWith("2025-03-1"))
                .body("letters.find { it.municipalityCode == '" + town + "' }.next", equalTo(List.of("DRAFT", "SENT")))
                .body("letters.find { it.municipalityCode == '" + neighbour + "' }.state", equalTo("DRAFT"))
                .body("letters.find { it.municipalityCode == '" + neighbour + "' }.next", equalTo(List.of("REVIEWED")))
                .body("letters.find { it.municipalityCode == '" + neighbour + "' }.changedBy", nullValue());
        // An older deadline: nothing recorded about it.
        asTheProvince().get(ROUND, province, "2024-07-01").then().statusCode(200)
                .body("letters.find { it.municipalityCode == '" + town + "' }.state", equalTo("DRAFT"));
        // No deadline, or one still to come.
        asTheProvince().get(ROUND, province, "2025-02-01").then().statusCode(400).body("invalidParams[0].name", equalTo("deadline"));
        asTheProvince().get(ROUND, province, "2025-07-01").then().statusCode(400).body("invalidParams[0].name", equalTo("deadline"));

        // The Rijk reads it; another province and a municipality do not.
        as(Callers.issuer().rijk()).get(ROUND, province, JANUARY_2025).then().statusCode(200).body("letters", hasSize(2));
        as(Callers.issuer().province(TestEvents.newProvince())).get(ROUND, province, JANUARY_2025).then().statusCode(403);
        as(Callers.issuer().municipality(town)).get(ROUND, province, JANUARY_2025).then().statusCode(403);
    }

    @Test
    void theLettersSentToAMunicipalityAsSentTheCorrectionBesideTheOneItReplacesAndTheLatestToReviewOnceTheFiguresMoved()
            throws Exception {
        String municipality = Callers.issuer().municipality(town);
        as(municipality).get(SENT, town).then().statusCode(200).body("", hasSize(0));
        as(municipality).get(SENT_PDF, town, JANUARY_2025, 1).then().statusCode(404);
        record(town, "REVIEWED");
        record(town, "SENT");
        String firstHash = asTheProvince().get(STATE, town, JANUARY_2025).then().extract().path("sent.sha256");

        as(municipality).get(SENT, town).then().statusCode(200).body("", hasSize(1))
                .body("[0].deadline", equalTo(JANUARY_2025)).body("[0].number", equalTo(1))
                .body("[0].backlog", equalTo(117)).body("[0].verdict", equalTo("NOT_MET"))
                .body("[0].sentBy", equalTo("supervisor-" + province)).body("[0].toReview", equalTo(false))
                .body("[0].replacedBy", nullValue());
        byte[] pdf = as(municipality).get(SENT_PDF, town, JANUARY_2025, 1).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertThat(sha256(pdf)).isEqualTo(firstHash);

        // A placement of 2024 registered late: the figures at 1 January 2025 move, the sent letter stays and is to review.
        events.placement(town, coupling, 5, LocalDate.of(2024, 12, 2), null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(municipality).get(SENT, town).then().statusCode(200)
                .body("[0].toReview", equalTo(true)));

        // The province writes and sends a corrected letter: listed first, the first one replaced by it.
        record(town, "CORRECTING");
        record(town, "REVIEWED");
        record(town, "SENT");
        as(municipality).get(SENT, town).then().statusCode(200).body("", hasSize(2))
                .body("number", equalTo(List.of(2, 1)))
                .body("[0].backlog", equalTo(112)).body("[0].toReview", equalTo(false)).body("[0].replacedBy", nullValue())
                .body("[1].replacedBy", equalTo(2)).body("[1].toReview", nullValue());
        assertThat(sha256(as(municipality).get(SENT_PDF, town, JANUARY_2025, 1).then().statusCode(200).extract().asByteArray()))
                .isEqualTo(firstHash);

        // The province and the Rijk read the list; another municipality does not, and the Rijk gets no letter.
        asTheProvince().get(SENT, town).then().statusCode(200).body("", hasSize(2));
        as(Callers.issuer().rijk()).get(SENT, town).then().statusCode(200);
        as(Callers.issuer().rijk()).get(SENT_PDF, town, JANUARY_2025, 1).then().statusCode(403);
        as(Callers.issuer().municipality(neighbour)).get(SENT, town).then().statusCode(403);
        as(Callers.issuer().municipality(neighbour)).get(SENT_PDF, town, JANUARY_2025, 1).then().statusCode(403);
        as(municipality).get(SENT_PDF, town, "2025-02-01", 1).then().statusCode(400).body("invalidParams[0].name", equalTo("deadline"));
        as(municipality).get(SENT_PDF, town, JANUARY_2025, 3).then().statusCode(404);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
