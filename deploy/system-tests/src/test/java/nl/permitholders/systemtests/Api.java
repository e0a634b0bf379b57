package nl.permitholders.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/** The four services' APIs as a Rijk, COA, municipality, corporation and province user would call them. */
final class Api {

    private final SystemStack stack;
    /** The municipality of each coupling registered through this Api, whose token houses it. */
    private final Map<String, String> municipalityOfCoupling = new HashMap<>();

    Api(SystemStack stack) {
        this.stack = stack;
    }

    /**
     * A request to the service without a caller (placement and housing-stock requests name theirs), or for quota,
     * supervision and webhooks as the Rijk, which writes quotas, reads every municipality's figures and may subscribe
     * to every event.
     */
    RequestSpecification to(Service service) {
        RequestSpecification request = given().baseUri(stack.url(service)).contentType(ContentType.JSON);
        return service == Service.QUOTA || service == Service.SUPERVISION || service == Service.WEBHOOKS ? request.auth().oauth2(stack.issuer().rijk()) : request;
    }

    /** A request to housing-stock-service as a corporation: its own units, vacancies and Toewijzingen. */
    RequestSpecification asCorporation(String corporationId) {
        return given().baseUri(stack.url(Service.HOUSING_STOCK)).contentType(ContentType.JSON)
                .auth().oauth2(stack.issuer().corporation(corporationId));
    }

    /** A request to placement-service as COA, which registers, corrects and cancels couplings. */
    RequestSpecification toPlacementsAsCoa() {
        return to(Service.PLACEMENT).auth().oauth2(stack.issuer().coa());
    }

    /** A request to placement-service as the municipality, which houses its own couplings. */
    RequestSpecification toPlacementsAs(String municipality) {
        return to(Service.PLACEMENT).auth().oauth2(stack.issuer().municipality(municipality));
    }

    void province(String code, String name) {
        to(Service.QUOTA).body(Map.of("name", name)).put("/provinces/{code}", code).then().statusCode(anyOf200Or201());
    }

    void municipality(String code, String name, String province) {
        to(Service.QUOTA).body(Map.of("name", name, "provinceCode", province))
                .put("/municipalities/{code}", code).then().statusCode(anyOf200Or201());
    }

    void quota(String municipality, String period, int persons) {
        to(Service.QUOTA).body(Map.of("persons", persons, "reason", "Rijk " + period))
                .put("/municipalities/{code}/quotas/{period}", municipality, period).then().statusCode(anyOf200Or201());
    }

    /** The code of every municipality quota-service knows on {@code date}, every page of the list. */
    List<String> municipalitiesValidOn(String date) {
        List<String> codes = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath list = to(Service.QUOTA).queryParam("validOn", date).queryParam("pageSize", 100).queryParam("page", page)
                    .get("/municipalities").then().statusCode(200).extract().jsonPath();
            codes.addAll(list.getList("items.code", String.class));
            if (page >= list.getLong("totalPages")) {
                return codes;
            }
        }
    }

    void openingBalance(String municipality, String period, int backlog) {
        to(Service.QUOTA).body(Map.of("period", period, "backlog", backlog))
                .put("/municipalities/{code}/opening-balance", municipality).then().statusCode(anyOf200Or201());
    }

    String coupling(String coaReference, String municipality, int adults, int minors, LocalDate couplingDate) {
        String id = toPlacementsAsCoa().body(Map.of(
                        "coaReference", coaReference, "municipalityCode", municipality, "adults", adults, "minors", minors,
                        "householdType", adults + minors == 1 ? "SINGLE" : "FAMILY",
                        "permitDate", couplingDate.minusWeeks(2).toString(), "couplingDate", couplingDate.toString()))
                .post("/couplings").then().statusCode(201).extract().path("id");
        municipalityOfCoupling.put(id, municipality);
        return id;
    }

    String placement(String couplingId, int persons, LocalDate housedOn) {
        return placement(couplingId, Map.of("persons", persons, "housedOn", housedOn.toString()));
    }

    /** A placement in housing of {@code unitType}, e.g. INTERMEDIATE (temporary housing). */
    String placement(String couplingId, int persons, LocalDate housedOn, String unitType) {
        return placement(couplingId, Map.of("persons", persons, "housedOn", housedOn.toString(), "unitType", unitType));
    }

    private String placement(String couplingId, Map<String, Object> body) {
        return toPlacementsAs(municipalityOfCoupling.get(couplingId)).body(body)
                .post("/couplings/{id}/placements", couplingId).then().statusCode(201).extract().path("id");
    }

    void unit(String externalId, String owner, String municipality, String type, int capacity) {
        // housing-stock learns the municipality register from quota.events; until then it refuses the unit.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                asCorporation(owner).get("/municipalities/{code}", municipality).then().statusCode(200));
        asCorporation(owner).body(Map.of("externalId", externalId, "ownerId", owner, "municipalityCode", municipality,
                        "type", type, "capacity", capacity))
                .post("/units").then().statusCode(anyOf200Or201());
    }

    Map<String, Object> figures(String municipality, String period, String asOf) {
        return to(Service.SUPERVISION).queryParam("asOf", asOf).queryParam("view", "KNOWN_TODAY").get("/municipalities/{code}/periods/{period}", municipality, period)
                .then().extract().jsonPath().getMap("");
    }

    /** The problem's detail of a municipality's figures of a half-year after it ended (410): what it became. */
    String ended(String municipality, String period) {
        return to(Service.SUPERVISION).get("/municipalities/{code}/periods/{period}", municipality, period)
                .then().statusCode(410).extract().jsonPath().getString("detail");
    }

    /** A municipality's own half-years and what it became once it ended. */
    Map<String, Object> lifespan(String municipality) {
        return to(Service.SUPERVISION).get("/municipalities/{code}/lifespan", municipality)
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    Map<String, Object> figures(String municipality, String period) {
        return to(Service.SUPERVISION).get("/municipalities/{code}/periods/{period}", municipality, period)
                .then().extract().jsonPath().getMap("");
    }

    /** The municipality's intervention ladder as it stood on {@code asOf}. */
    Map<String, Object> ladder(String municipality, String asOf) {
        return to(Service.SUPERVISION).queryParam("asOf", asOf).queryParam("view", "KNOWN_TODAY").get("/municipalities/{code}/ladder", municipality)
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** The province's own verdict at a deadline, recorded by its staff. */
    void provinceVerdict(String province, String municipality, String deadline, String verdict, String grounds, String decidedOn) {
        given().baseUri(stack.url(Service.SUPERVISION)).contentType(ContentType.JSON).auth().oauth2(stack.issuer().province(province))
                .body(Map.of("verdict", verdict, "grounds", grounds, "decidedOn", decidedOn))
                .post("/municipalities/{code}/verdicts/{deadline}/province-verdict", municipality, deadline)
                .then().statusCode(201);
    }

    private static org.hamcrest.Matcher<Integer> anyOf200Or201() {
        return org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201));
    }
}
