package nl.permitholders.faulttests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/** Writes through the services' APIs, as the Rijk, COA and a municipality make them. */
final class Writes {

    private final SystemStack stack;
    private final Supervision supervision;

    Writes(SystemStack stack) {
        this.stack = stack;
        this.supervision = new Supervision(stack);
    }

    /** Registers province PV23, to which every scenario's municipalities belong. */
    void province() {
        quotaService().body(Map.of("name", "Overijssel")).put("/provinces/{code}", "PV23").then().statusCode(anyOf200Or201());
    }

    /** Registers the municipality (in province PV23) with a quota for 2025-H1 and waits until supervision shows it. */
    void municipalityWithQuota(String code, int quota) {
        province();
        quotaService().body(Map.of("name", "Gemeente " + code, "provinceCode", "PV23"))
                .put("/municipalities/{code}", code).then().statusCode(anyOf200Or201());
        quotaService().body(Map.of("persons", quota, "reason", "Rijk 2025-H1"))
                .put("/municipalities/{code}/quotas/{period}", code, Supervision.PERIOD).then().statusCode(anyOf200Or201());
        await("supervision knows " + code).atMost(Duration.ofSeconds(90))
                .until(() -> supervision.figure(code, "quota") == quota);
    }

    /** A coupling by COA through {@code placementUrl}; the response as it came (201 when accepted). */
    Response coupling(String placementUrl, String coaReference, String municipality, int adults, int minors, LocalDate couplingDate) {
        return given().baseUri(placementUrl).contentType(ContentType.JSON).auth().oauth2(stack.issuer().coa())
                .body(Map.of("coaReference", coaReference, "municipalityCode", municipality, "adults", adults, "minors", minors,
                        "householdType", adults + minors == 1 ? "SINGLE" : "FAMILY",
                        "permitDate", couplingDate.minusWeeks(2).toString(), "couplingDate", couplingDate.toString()))
                .post("/couplings");
    }

    Response coupling(String coaReference, String municipality, int adults, int minors, LocalDate couplingDate) {
        return coupling(stack.url(Service.PLACEMENT), coaReference, municipality, adults, minors, couplingDate);
    }

    /** The municipality houses {@code persons} of the coupling on {@code housedOn}. */
    Response placement(String municipality, String couplingId, int persons, LocalDate housedOn) {
        return given().baseUri(stack.url(Service.PLACEMENT)).contentType(ContentType.JSON)
                .auth().oauth2(stack.issuer().municipality(municipality))
                .body(Map.of("persons", persons, "housedOn", housedOn.toString()))
                .post("/couplings/{id}/placements", couplingId);
    }

    private io.restassured.specification.RequestSpecification quotaService() {
        return given().baseUri(stack.url(Service.QUOTA)).contentType(ContentType.JSON).auth().oauth2(stack.issuer().rijk());
    }

    private static org.hamcrest.Matcher<Integer> anyOf200Or201() {
        return org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201));
    }
}
