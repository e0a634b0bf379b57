package nl.permitholders.placement;

import static nl.permitholders.placement.Callers.asCoa;
import static nl.permitholders.placement.Callers.asMunicipality;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers couplings (as COA) and their offers and placements (as the coupling's own municipality) through the API
 * for tests.
 */
public final class Couplings {

    private static final AtomicInteger NEXT_MUNICIPALITY = new AtomicInteger(2000);
    private static final Map<String, String> MUNICIPALITY_OF_COUPLING = new ConcurrentHashMap<>();

    private Couplings() {
    }

    /** A municipality code no other test in this JVM uses, so lists per municipality hold only this test's data. */
    public static String newMunicipality() {
        return String.format("GM%04d", NEXT_MUNICIPALITY.incrementAndGet());
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

    public static Map<String, Object> single(String municipalityCode, LocalDate couplingDate) {
        return family(municipalityCode, 1, 0, couplingDate);
    }

    public static String register(Map<String, Object> body) {
        String id = asCoa().contentType(ContentType.JSON).body(body)
                .post("/placements/v1/couplings")
                .then().statusCode(201).extract().path("id");
        MUNICIPALITY_OF_COUPLING.put(id, (String) body.get("municipalityCode"));
        return id;
    }

    /** The municipality a coupling belongs to (as COA reads it, for couplings registered otherwise). */
    public static String municipalityOf(String couplingId) {
        return MUNICIPALITY_OF_COUPLING.computeIfAbsent(couplingId, id -> asCoa().get("/placements/v1/couplings/{id}", id)
                .then().statusCode(200).extract().path("municipalityCode"));
    }

    /** A request as the municipality the coupling belongs to: the one that may offer, place and revoke for it. */
    public static RequestSpecification asItsMunicipality(String couplingId) {
        return asMunicipality(municipalityOf(couplingId));
    }

    public static String place(String couplingId, int persons, LocalDate housedOn) {
        return asItsMunicipality(couplingId).contentType(ContentType.JSON).body(Map.of("persons", persons, "housedOn", housedOn.toString()))
                .post("/placements/v1/couplings/{id}/placements", couplingId)
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse tryPlace(String couplingId, int persons, LocalDate housedOn, UUID unitId) {
        return asItsMunicipality(couplingId).contentType(ContentType.JSON)
                .body(Map.of("persons", persons, "housedOn", housedOn.toString(), "unitId", unitId.toString()))
                .post("/placements/v1/couplings/{id}/placements", couplingId)
                .then();
    }

    public static String placeIn(String couplingId, int persons, LocalDate housedOn, UUID unitId) {
        return tryPlace(couplingId, persons, housedOn, unitId).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse tryOffer(String couplingId, UUID unitId, LocalDate offeredOn) {
        return asItsMunicipality(couplingId).contentType(ContentType.JSON)
                .body(Map.of("unitId", unitId.toString(), "offeredOn", offeredOn.toString()))
                .post("/placements/v1/couplings/{id}/offers", couplingId)
                .then();
    }

    public static String offer(String couplingId, UUID unitId, LocalDate offeredOn) {
        return tryOffer(couplingId, unitId, offeredOn).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse get(String couplingId) {
        return asCoa().get("/placements/v1/couplings/{id}", couplingId).then().statusCode(200);
    }
}
