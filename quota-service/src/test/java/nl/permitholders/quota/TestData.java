package nl.permitholders.quota;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers reference data through the API, with codes no other test uses. */
public final class TestData {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 5000) + 1000);

    private TestData() {
    }

    public static String uniqueMunicipalityCode() {
        return String.format("GM%04d", NEXT.incrementAndGet() % 10000);
    }

    public static void province(String code, String name) {
        given().contentType(ContentType.JSON).body(Map.of("name", name))
                .put("/quota/v1/provinces/{code}", code)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
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
