package nl.permitholders.housingstock;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Requests with ids no other test uses, so tests share one database without seeing each other's units. */
public final class TestData {

    public static final String OWNER = "corporation-de-woonplaats";

    private TestData() {
    }

    public static String uniqueExternalId() {
        return "vhe-" + UUID.randomUUID();
    }

    /** A municipality code that is unlikely to be shared with another test, to tell its events apart by key. */
    public static String randomMunicipalityCode() {
        return String.format("GM%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    /** A unit registration body; a mutable map so a test can change or add a field. */
    public static Map<String, Object> unit(String externalId, String municipalityCode, String type, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", externalId);
        body.put("ownerId", OWNER);
        body.put("municipalityCode", municipalityCode);
        body.put("type", type);
        body.put("capacity", capacity);
        return body;
    }
}
