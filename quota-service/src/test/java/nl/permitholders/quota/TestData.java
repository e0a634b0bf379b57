package nl.permitholders.quota;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.permitholders.infrastructure.TestTokens;

/** Registers reference data through the API, with codes no other test uses. */
public final class TestData {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 5000) + 1000);

    private TestData() {
    }

    /**
     * Requests without their own Authorization header go as the Rijk, which may do everything in this service; who
     * may do what is tested on its own in AuthorisationTest.
     */
    public static void callAsTheRijk() {
        RestAssured.requestSpecification = TestTokens.bearer(TestTokens.issuer().rijk());
    }

    public static String uniqueMunicipalityCode() {
        return String.format("GM%04d", NEXT.incrementAndGet() % 10000);
    }

    public static void province(String code, String name) {
        given().contentType(ContentType.JSON).body(Map.of("name", name))
                .put("/quota/v1/provinces/{code}", code)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    /** Every municipality that exists on {@code date}, by code (all pages). */
    public static java.util.List<String> municipalitiesExistingOn(String date) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            java.util.List<String> found = given().queryParam("validOn", date).queryParam("page", page).queryParam("pageSize", 100)
                    .get("/quota/v1/municipalities").then().statusCode(200).extract().jsonPath().getList("items.code");
            codes.addAll(found);
            if (found.size() < 100) {
                return codes;
            }
        }
    }

    /** Imports a population for every municipality that exists on the reference date: 1000 + its code's number. */
    public static void populationsForAll(String referenceDate) {
        StringBuilder csv = new StringBuilder("code;name;population\n");
        for (String code : municipalitiesExistingOn(referenceDate)) {
            csv.append(code).append(";Gemeente ").append(code).append(';').append(population(code)).append('\n');
        }
        given().contentType("text/csv").body(csv.toString()).put("/quota/v1/populations/{date}", referenceDate)
                .then().statusCode(200);
    }

    public static int population(String code) {
        return 1000 + Integer.parseInt(code.substring(2));
    }

    /** A new municipality in Overijssel. */
    public static String municipality() {
        province("PV23", "Overijssel");
        String code = uniqueMunicipalityCode();
        given().contentType(ContentType.JSON).body(Map.of("name", "Gemeente " + code, "provinceCode", "PV23"))
                .put("/quota/v1/municipalities/{code}", code)
                .then().statusCode(201);
        return code;
    }
}
