package nl.permitholders.placement;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Registers couplings and placements through the API for tests. */
public final class Couplings {

    private Couplings() {
    }

    public static Map<String, Object> family(String municipalityCode, int adults, int minors, LocalDate couplingDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("coaReference", "COA-" + UUID.randomUUID());
        body.put("municipalityCode", municipalityCode);
        body.put("adults", adults);
        body.put("minors", minors);
        body.put("householdType", adults + minors == 1 ? "SINGLE" : "FAMILY");
        body.put("permitDate", couplingDate.minusWeeks(2).toString());
        body.put("couplingDate", couplingDate.toString());
        return body;
    }

    public static String register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/placements/v1/couplings")
                .then().statusCode(201).extract().path("id");
    }

    public static String place(String couplingId, int persons, LocalDate housedOn) {
        return given().contentType(ContentType.JSON).body(Map.of("persons", persons, "housedOn", housedOn.toString()))
                .post("/placements/v1/couplings/{id}/placements", couplingId)
                .then().statusCode(201).extract().path("id");
    }
}
