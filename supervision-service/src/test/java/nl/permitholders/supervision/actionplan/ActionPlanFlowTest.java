package nl.permitholders.supervision.actionplan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.time.NetherlandsClock;
import nl.permitholders.supervision.TestEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import nl.permitholders.supervision.Callers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Almelo's plan of approach of 27 March 2025 recorded, changed and followed through the API and supervision.events. */
@QuarkusTest
class ActionPlanFlowTest {

    @BeforeEach
    void asTheRijk() {
        Callers.theRijkByDefault();
    }

    /** The province keeps its municipalities' action plans; every town of these tests lies in Overijssel. */
    private static io.restassured.specification.RequestSpecification asOverijssel() {
        return given().header("Authorization", Callers.as(Callers.issuer().province("PV23")));
    }

    private static final String UPDATED = "nl.permitholders.supervision.action-plan-updated.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestEvents events = new TestEvents();

    private static Map<String, Object> measure(String title, String term, Object... periodsAndPersons) {
        List<Map<String, Object>> expected = new java.util.ArrayList<>();
        for (int i = 0; i < periodsAndPersons.length; i += 2) {
            expected.add(Map.of("period", periodsAndPersons[i], "persons", periodsAndPersons[i + 1]));
        }
        return Map.of("title", title, "term", term, "expectedHoused", expected);
    }

    private static Map<String, Object> almelosPlan() {
        return Map.of("title", "Plan van aanpak huisvesting statushouders", "adoptedOn", "2025-03-27",
                "measures", List.of(
                        measure("Woningdelen", "SHORT", "2025-H1", 15, "2025-H2", 15),
                        measure("Nieuwbouw voor een brede doelgroep", "MEDIUM", "2025-H2", 10, "2026-H1", 20, "2026-H2", 20),
                        measure("Doorstroming", "MEDIUM", "2025-H1", 10, "2025-H2", 10, "2026-H1", 10),
                        measure("Doelgroepen combineren", "MEDIUM", "2025-H1", 5, "2025-H2", 10, "2026-H1", 10),
                        measure("Standaard inschrijving op het woonplatform", "LONG", "2026-H2", 15, "2027-H1", 15)));
    }

    private String almeloLike() {
        String town = TestEvents.newMunicipality();
        events.municipality(town, "Almelo-" + town, "PV23");
        events.openingBalance(town, "2024-H1", 52);
        events.quota(town, "2024-H1", 78, 1);
        events.quota(town, "2024-H2", 70, 1);
        events.quota(town, "2025-H1", 73, 1);
        events.quota(town, "2025-H2", 75, 1);
        UUID coupling = events.coupling(town, 100, LocalDate.of(2024, 1, 8));
        events.placement(town, coupling, 40, LocalDate.of(2024, 3, 14), "REGULAR");
        events.placement(town, coupling, 43, LocalDate.of(2024, 11, 20), "REGULAR");
        events.placement(town, coupling, 12, LocalDate.of(2025, 2, 3), "SHARED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/2025-H1", town)
                .then().statusCode(200).body("housed", equalTo(12)).body("carriedBacklog", equalTo(117)));
        return town;
    }

    private List<JsonNode> published(String town, int count) {
        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> events.kafka.readAll("supervision.events", town), r -> r.size() >= count);
        return records.stream().map(r -> {
            assertThat(KafkaTopics.header(r, "ce_type")).isEqualTo(UPDATED);
            EventSchemas.assertConforms(UPDATED, r.value());
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void almelosPlanOfApproachIsRecordedChangedWithHistoryAndPublished() {
        String town = almeloLike();
        JsonPath created = asOverijssel().contentType(ContentType.JSON).body(almelosPlan())
                .post("/supervision/v1/municipalities/{code}/action-plans", town)
                .then().statusCode(201).header("Location", containsString("/supervision/v1/municipalities/" + town + "/action-plans/"))
                .body("version", equalTo(1)).body("measures", hasSize(5))
                .extract().jsonPath();
        String plan = created.getString("id");
        String flowThrough = created.getString("measures.find { it.title == 'Doorstroming' }.id");

        // Progress on 30 June 2025: 2025-H1 expected 30, housed 12.
        given().queryParam("asOf", "2025-06-30").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/action-plans/{plan}", town, plan)
                .then().statusCode(200)
                .body("progress.periods.find { it.period == '2025-H1' }.expected", equalTo(30))
                .body("progress.periods.find { it.period == '2025-H1' }.housed", equalTo(12))
                .body("progress.periods.find { it.period == '2025-H1' }.difference", equalTo(-18))
                .body("progress.periods.find { it.period == '2025-H1' }.standing", equalTo("BEHIND"))
                .body("progress.periods.find { it.period == '2026-H1' }.standing", equalTo("NOT_STARTED"));

        asOverijssel().contentType(ContentType.JSON).body(Map.of("title", "Doorstroming", "term", "MEDIUM", "status", "DROPPED",
                        "expectedHoused", List.of(Map.of("period", "2025-H1", "persons", 10)), "reason", "geen doorstroomwoningen beschikbaar"))
                .put("/supervision/v1/municipalities/{code}/action-plans/{plan}/measures/{measure}", town, plan, flowThrough)
                .then().statusCode(200).body("version", equalTo(2))
                .body("measures.find { it.title == 'Doorstroming' }.status", equalTo("DROPPED"))
                .body("measures.find { it.title == 'Doorstroming' }.version", equalTo(2));
        asOverijssel().contentType(ContentType.JSON).body(Map.of("title", "Tijdelijke units op bedrijventerrein", "term", "SHORT",
                        "status", "IN_PROGRESS", "expectedHoused", List.of(Map.of("period", "2025-H2", "persons", 12))))
                .post("/supervision/v1/municipalities/{code}/action-plans/{plan}/measures", town, plan)
                .then().statusCode(201).body("version", equalTo(3)).body("measures", hasSize(6));

        given().queryParam("asOf", "2025-06-30").queryParam("view", "KNOWN_TODAY").get("/supervision/v1/municipalities/{code}/action-plans", town).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].progress.periods.find { it.period == '2025-H1' }.expected", equalTo(20))
                .body("items[0].progress.periods.find { it.period == '2025-H2' }.expected", equalTo(15 + 10 + 10 + 12));
        given().get("/supervision/v1/municipalities/{code}/action-plans/{plan}/history", town, plan).then().statusCode(200)
                .body("", hasSize(7))
                .body("[5].measureId", equalTo(flowThrough))
                .body("[5].status", equalTo("DROPPED"))
                .body("[5].reason", equalTo("geen doorstroomwoningen beschikbaar"))
                // who changed it is the caller the token names, whatever a client might claim
                .body("[5].changedBy", equalTo("supervisor-PV23"));

        List<JsonNode> updates = published(town, 3);
        assertThat(updates).extracting(u -> u.get("version").asInt()).containsExactly(1, 2, 3);
        assertThat(updates).extracting(u -> u.get("change").asText()).containsExactly("CREATED", "MEASURE_CHANGED", "MEASURE_ADDED");
        assertThat(updates.get(1).get("measureId").asText()).isEqualTo(flowThrough);
        assertThat(updates.get(2).get("measures")).hasSize(6);
        assertThat(updates.get(0).has("changedBy")).as("R9: who changed it stays in the API").isFalse();
        assertThat(updates).as("R9: texts stay in the API").allSatisfy(u -> assertThat(u.toString())
                .doesNotContain("Plan van aanpak", "Woningdelen", "Tijdelijke units", "geen doorstroomwoningen"));
    }

    @Test
    void theForecastWithPlanCountsTheMeasuresAndThePlannedCapacityAndSaysSo() {
        String town = almeloLike();
        Period current = Period.containing(LocalDate.now(NetherlandsClock.NETHERLANDS));
        Period next = current.next();
        UUID project = UUID.randomUUID();
        Map<String, Integer> planned = new LinkedHashMap<>();
        planned.put(current.previous().toString(), 4);
        planned.put(current.toString(), 6);
        planned.put(next.toString(), 9);
        events.capacityPlanned(town, project, planned);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/supervision/v1/municipalities/{code}/periods/{p}", town, current.toString())
                .then().statusCode(200).body("plannedCapacity.places", equalTo(19)));
        asOverijssel().contentType(ContentType.JSON).body(Map.of("title", "Plan", "adoptedOn", current.firstDay().toString(),
                        "measures", List.of(measure("Woningdelen", "SHORT", current.toString(), 12, next.toString(), 30))))
                .post("/supervision/v1/municipalities/{code}/action-plans", town).then().statusCode(201);

        JsonPath unchanged = given().queryParam("until", next.toString())
                .get("/supervision/v1/municipalities/{code}/forecast", town).then().statusCode(200).extract().jsonPath();
        JsonPath withPlan = given().queryParam("until", next.toString()).queryParam("scenario", "WITH_PLAN")
                .get("/supervision/v1/municipalities/{code}/forecast", town).then().statusCode(200)
                .body("basis", equalTo("WITH_PLAN"))
                .body("plannedCapacityPlaces", equalTo(6 + 9))
                .body("assumptions.name", hasItem("lateCapacityNotCounted"))
                .extract().jsonPath();
        int planPersons = withPlan.getInt("planExpectedPersons");
        assertThat(planPersons).isBetween(30, 42);
        assertThat(withPlan.getInt("assumptions.find { it.name == 'actionPlanMeasures' }.persons")).isEqualTo(planPersons);
        assertThat(withPlan.getInt("assumptions.find { it.name == 'plannedCapacity' }.persons")).isEqualTo(15);
        assertThat(withPlan.getInt("backlog")).isEqualTo(unchanged.getInt("backlog") - planPersons - 15);

        given().queryParam("until", next.toString()).queryParam("scenario", "WITH_PLAN").queryParam("assumedHousedPersons", 5)
                .get("/supervision/v1/municipalities/{code}/forecast", town).then().statusCode(400)
                .body("invalidParams.name", hasItem("scenario"));
        given().queryParam("until", "soon").queryParam("from", "2025-H3").queryParam("scenario", "BEST")
                .get("/supervision/v1/municipalities/{code}/forecast", town).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("until", "from", "scenario"));
        given().queryParam("asOf", "yesterday").queryParam("view", "KNOWN_TODAY").queryParam("page", 0)
                .get("/supervision/v1/municipalities/{code}/action-plans", town).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("asOf", "page"));
    }

    @Test
    void anInvalidPlanIsRefusedWithEveryViolationAndUnknownPlansAreNotFound() {
        String town = almeloLike();
        asOverijssel().contentType(ContentType.JSON).body(Map.of("title", "Plan", "adoptedOn", LocalDate.now().plusDays(3).toString(),
                        "measures", List.of(measure("A", "SHORT", "2025-H1", 5, "2025-I", 3))))
                .post("/supervision/v1/municipalities/{code}/action-plans", town)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("adoptedOn"))
                .body("invalidParams.name", hasItem("measures[0].expectedHoused[1].period"));
        asOverijssel().contentType(ContentType.JSON).body(Map.of("title", "Plan", "adoptedOn", "2025-03-27",
                        "measures", List.of(measure("A", "SOMEDAY", "2025-H1", 5))))
                .post("/supervision/v1/municipalities/{code}/action-plans", town)
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/supervision/v1/municipalities/{code}/action-plans/{plan}", town, UUID.randomUUID()).then().statusCode(404);
        String plan = asOverijssel().contentType(ContentType.JSON).body(almelosPlan())
                .post("/supervision/v1/municipalities/{code}/action-plans", town).then().statusCode(201).extract().path("id");
        asOverijssel().contentType(ContentType.JSON).body(Map.of("title", "X", "term", "SHORT", "status", "DONE", "expectedHoused", List.of()))
                .put("/supervision/v1/municipalities/{code}/action-plans/{plan}/measures/{measure}", town, plan, UUID.randomUUID())
                .then().statusCode(404);
        given().get("/supervision/v1/municipalities/{code}/action-plans/{plan}", TestEvents.newMunicipality(), plan).then().statusCode(404);
    }

    /** Every change publishes the whole plan in one event, so a plan is bounded: an event too large could never be published. */
    @Test
    void aPlanHoldsAtMostFiftyMeasuresWithBoundedTextsAndWhatExceedsThatIsNotStored() {
        String town = almeloLike();
        List<Map<String, Object>> fiftyOne = new java.util.ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.add(measure("Maatregel " + i, "SHORT", "2025-H2", 1));
        }
        asOverijssel().contentType(ContentType.JSON).body(Map.of("title", "Plan", "adoptedOn", "2025-03-27", "measures", fiftyOne))
                .post("/supervision/v1/municipalities/{code}/action-plans", town)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("measures"));
        asOverijssel().contentType(ContentType.JSON).body(Map.of("title", "Plan", "adoptedOn", "2025-03-27",
                        "measures", List.of(measure("x".repeat(201), "SHORT", "2025-H2", 1))))
                .post("/supervision/v1/municipalities/{code}/action-plans", town)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("measures[0].title"));
        given().get("/supervision/v1/municipalities/{code}/action-plans", town).then().statusCode(200).body("items", hasSize(0));

        String plan = asOverijssel().contentType(ContentType.JSON)
                .body(Map.of("title", "Plan", "adoptedOn", "2025-03-27", "measures", fiftyOne.subList(0, 50)))
                .post("/supervision/v1/municipalities/{code}/action-plans", town)
                .then().statusCode(201).body("measures", hasSize(50)).extract().path("id");
        asOverijssel().contentType(ContentType.JSON).body(Map.of("title", "Nog een", "term", "SHORT", "status", "PLANNED", "expectedHoused", List.of()))
                .post("/supervision/v1/municipalities/{code}/action-plans/{plan}/measures", town, plan)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("50 measures"));
        given().get("/supervision/v1/municipalities/{code}/action-plans/{plan}", town, plan).then().statusCode(200)
                .body("version", equalTo(1)).body("measures", hasSize(50));
        assertThat(published(town, 1)).as("only the plan's creation was published").hasSize(1);
    }
}
