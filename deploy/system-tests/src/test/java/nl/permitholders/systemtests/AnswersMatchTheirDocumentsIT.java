package nl.permitholders.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;
import org.junit.jupiter.api.Test;

/**
 * What is served is what is documented, tried as an integrator would: every GET of the four served OpenAPI documents
 * whose path needs only a code, a half-year or a date (or the id of a unit, vacancy, performance agreement, capacity
 * project or coupling), called with values of a municipality this test registers with one of each,
 * as each kind of caller, without its query parameters and (where some are required) with them; every answer's
 * status must be declared for the operation, its content type among the declared ones, and its body valid against the
 * declared schema ({@link ServedDocument}). A refusal (400, 403, 404) is judged like a success.
 */
@SystemTestStack
class AnswersMatchTheirDocumentsIT {

    private static final String PROVINCE = "PV96";
    private static final String MUNICIPALITY = "GM6960";
    private static final String CORPORATION = "corporation-documentstad";
    /** A province whose one municipality has no quota: the national figures' totals of a province without any. */
    private static final String PROVINCE_WITHOUT_QUOTAS = "PV95";
    private static final String MUNICIPALITY_WITHOUT_QUOTAS = "GM6950";
    private static final LocalDate TODAY = LocalDate.now();
    private static final String CURRENT = halfYear(TODAY);
    private static final String PREVIOUS = halfYear(TODAY.minusMonths(6));
    /** The last deadline passed: the first day of the current half-year (R6). */
    private static final LocalDate DEADLINE = LocalDate.of(TODAY.getYear(), TODAY.getMonthValue() <= 6 ? 1 : 7, 1);

    /**
     * Operations whose answers are named in issue 58 as not matching their documents: each must be judged on a
     * success, not only on a refusal.
     */
    private static final Map<Service, Set<String>> MUST_SUCCEED = Map.of(
            Service.QUOTA, Set.of("getMunicipality", "getQuota"),
            Service.HOUSING_STOCK, Set.of("getMunicipality", "listUnits", "countVacancies", "getPerformanceReport"),
            Service.SUPERVISION, Set.of("getLadder", "getNationalFigures", "getProvinceFigures", "getForecast",
                    "getNationalSeries"));

    private final SystemStack stack;
    private final Api api;
    /** The id of what this test registered, by the collection it is in: {@code units}, {@code couplings}, ... */
    private final Map<String, String> ids = new TreeMap<>();

    AnswersMatchTheirDocumentsIT(SystemStack stack) {
        this.stack = stack;
        this.api = new Api(stack);
    }

    @Test
    void everyReadOfDocumentstadAnswersAsItsDocumentDeclares() {
        registerDocumentstad();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("rijk", stack.issuer().rijk());
        callers.put("coa", stack.issuer().coa());
        callers.put("province " + PROVINCE, stack.issuer().province(PROVINCE));
        callers.put("municipality " + MUNICIPALITY, stack.issuer().municipality(MUNICIPALITY));
        callers.put("corporation " + CORPORATION, stack.issuer().corporation(CORPORATION));

        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> answersByStatus = new TreeMap<>();
        Map<Service, Set<String>> succeeded = new LinkedHashMap<>();
        int operations = 0;
        for (Service service : Service.values()) {
            ServedDocument document = served(service);
            for (ServedDocument.Read read : document.jsonReads()) {
                Optional<String> path = concrete(read);
                if (path.isEmpty()) {
                    continue;
                }
                operations++;
                List<Map<String, String>> queries = new ArrayList<>(List.of(Map.of()));
                if (!read.requiredQueryParameters().isEmpty()) {
                    queries.add(requiredQuery(read));
                }
                for (Map<String, String> query : queries) {
                    for (Map.Entry<String, String> caller : callers.entrySet()) {
                        Response answer = given().baseUri(stack.url(service)).auth().oauth2(caller.getValue())
                                .queryParams(query).get(path.get());
                        answersByStatus.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
                        if (answer.statusCode() / 100 == 2) {
                            succeeded.computeIfAbsent(service, s -> new TreeSet<>()).add(read.operationId());
                        }
                        for (String violation : document.violations("GET", read.path(), answer.statusCode(),
                                answer.contentType(), answer.asString())) {
                            mismatches.add(String.format("%s GET %s%s as %s, %d: %s", service.module, path.get(),
                                    query.isEmpty() ? "" : " " + query, caller.getKey(), answer.statusCode(), violation));
                        }
                    }
                }
            }
        }

        System.out.printf("Answers judged against their documents: %d operations, %s by status, %d mismatches%n",
                operations, answersByStatus, mismatches.size());
        mismatches.forEach(mismatch -> System.out.println("  " + mismatch));
        assertThat(mismatches).as("answers that do not match their served OpenAPI document").isEmpty();
        MUST_SUCCEED.forEach((service, operationIds) -> assertThat(succeeded.getOrDefault(service, Set.of()))
                .as("operations of %s judged on a success", service.module).containsAll(operationIds));
    }

    /** The judge above can fail: an answer whose field has the wrong type, or a status not declared, is refused. */
    @Test
    void theJudgeRefusesAnAnswerOfTheWrongShapeOrAnUndeclaredStatus() {
        ServedDocument quota = served(Service.QUOTA);
        ObjectNode municipality = JsonNodeFactory.instance.objectNode().put("code", MUNICIPALITY).put("name", "Documentstad")
                .put("provinceCode", PROVINCE);

        assertThat(quota.violations("GET", "/municipalities/{code}", 200, "application/json", municipality.toString()))
                .isEmpty();
        assertThat(quota.violations("GET", "/municipalities/{code}", 200, "application/json",
                municipality.deepCopy().putNull("validUntil").toString())).isNotEmpty();
        assertThat(quota.violations("GET", "/municipalities/{code}", 200, "application/json",
                municipality.deepCopy().put("validFrom", "1 januari 2025").toString())).isNotEmpty();
        assertThat(quota.violations("GET", "/municipalities/{code}", 200, "application/json",
                municipality.deepCopy().without("name").toString())).isNotEmpty();
        assertThat(quota.violations("GET", "/municipalities/{code}", 200, "application/problem+json",
                municipality.toString())).isNotEmpty();
        assertThat(quota.violations("GET", "/municipalities/{code}", 418, "application/problem+json",
                "{\"status\":418,\"title\":\"I'm a teapot\",\"detail\":\"short and stout\"}")).isNotEmpty();
        assertThat(quota.violations("GET", "/municipalities/{code}", 404, "application/problem+json",
                "{\"status\":404,\"title\":\"Not Found\"}")).as("a problem without its detail").isNotEmpty();
    }

    /**
     * A province, one municipality in it with quotas, another province with one without any, a unit whose owner type is not given, a vacancy, a performance
     * agreement, a capacity project and a waiting coupling: each list has an item to judge, with what is optional left out.
     */
    private void registerDocumentstad() {
        api.province(PROVINCE, "Proefprovincie");
        api.municipality(MUNICIPALITY, "Documentstad", PROVINCE);
        api.openingBalance(MUNICIPALITY, PREVIOUS, 7);
        api.quota(MUNICIPALITY, PREVIOUS, 12);
        api.quota(MUNICIPALITY, CURRENT, 15);
        api.province(PROVINCE_WITHOUT_QUOTAS, "Leegprovincie");
        api.municipality(MUNICIPALITY_WITHOUT_QUOTAS, "Leegdorp", PROVINCE_WITHOUT_QUOTAS);
        api.unit("DOC-FLEX-001", CORPORATION, MUNICIPALITY, "FLEX", 3);
        ids.put("units", api.asCorporation(CORPORATION).queryParam("municipalityCode", MUNICIPALITY).get("/units")
                .then().statusCode(200).extract().path("items[0].id"));
        ids.put("vacancies", api.asCorporation(CORPORATION).body(Map.of("corporationId", CORPORATION, "externalId", "DOC-V-001",
                        "municipalityCode", MUNICIPALITY, "availableFrom", TODAY.toString())).post("/vacancies")
                .then().statusCode(anyOf(is(200), is(201))).extract().path("id"));
        ids.put("performance-agreements", api.asCorporation(CORPORATION).body(Map.of("corporationId", CORPORATION,
                        "municipalityCode", MUNICIPALITY, "period", String.valueOf(TODAY.getYear()), "agreedAllocations", 10))
                .post("/performance-agreements").then().statusCode(anyOf(is(200), is(201))).extract().path("id"));
        ids.put("capacity-projects", api.to(Service.HOUSING_STOCK).auth().oauth2(stack.issuer().municipality(MUNICIPALITY))
                .body(Map.of("externalId", "DOC-CP-001", "ownerId", MUNICIPALITY, "municipalityCode", MUNICIPALITY,
                        "name", "Flexwoningen", "type", "NEW_BUILD", "units", 10, "permitHolderPlaces", 4,
                        "expectedDeliveries", List.of(Map.of("period", CURRENT, "units", 10, "permitHolderPlaces", 4))))
                .post("/capacity-projects").then().statusCode(anyOf(is(200), is(201))).extract().path("id"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ids.put("couplings",
                api.coupling("DOC-" + System.nanoTime(), MUNICIPALITY, 1, 0, TODAY.minusWeeks(3))));
        for (String municipality : List.of(MUNICIPALITY, MUNICIPALITY_WITHOUT_QUOTAS)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.to(Service.SUPERVISION)
                    .get("/municipalities/{code}/periods/{period}", municipality, CURRENT).then().statusCode(200));
        }
    }

    private ServedDocument served(Service service) {
        return new ServedDocument(service.module,
                given().get(stack.url(service) + "/openapi.json").then().statusCode(200).extract().asString());
    }

    /** The path with Documentstad's values, or empty when it needs a value this test has none of. */
    private Optional<String> concrete(ServedDocument.Read read) {
        String path = read.path();
        String collection = path.split("/")[1];
        for (String parameter : read.pathParameters()) {
            String value = switch (parameter) {
                case "code" -> path.startsWith("/provinces/") ? PROVINCE : MUNICIPALITY;
                case "period" -> CURRENT;
                case "deadline" -> DEADLINE.toString();
                case "referenceDate" -> LocalDate.of(TODAY.getYear(), 1, 1).toString();
                case "id" -> ids.get(collection);
                case "couplingId" -> ids.get("couplings");
                case "unitId" -> ids.get("units");
                default -> null;
            };
            if (value == null) {
                return Optional.empty();
            }
            path = path.replace("{" + parameter + "}", value);
        }
        return Optional.of(path);
    }

    /** Values for the required query parameters: half-years, the series from the previous one to the current. */
    private static Map<String, String> requiredQuery(ServedDocument.Read read) {
        Map<String, String> query = new TreeMap<>();
        for (String parameter : read.requiredQueryParameters()) {
            query.put(parameter, switch (parameter) {
                case "from" -> PREVIOUS;
                case "period", "to", "until" -> CURRENT;
                default -> throw new AssertionError("no value known for the required query parameter " + parameter
                        + " of " + read.operationId());
            });
        }
        return query;
    }

    private static String halfYear(LocalDate day) {
        return day.getYear() + (day.getMonthValue() <= 6 ? "-H1" : "-H2");
    }
}
