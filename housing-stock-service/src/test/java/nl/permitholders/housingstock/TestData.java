package nl.permitholders.housingstock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests with ids no other test uses, so tests share one database without seeing each other's units. */
public final class TestData {

    public static final String OWNER = "corporation-de-woonplaats";
    public static final String BASE = "/housing-stock/v1";

    /** The database is fresh per test JVM, so codes handed out once in it are not shared with another test. */
    private static final AtomicInteger NEXT_MUNICIPALITY = new AtomicInteger(1000 + ThreadLocalRandom.current().nextInt(2000));

    private TestData() {
    }

    /** Today where the service judges dates: in the Netherlands. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    public static String uniqueExternalId() {
        return "vhe-" + UUID.randomUUID();
    }

    public static String uniqueCorporationId() {
        return "corporation-" + UUID.randomUUID();
    }

    /** A municipality code that is unlikely to be shared with another test, to tell its events apart by key. */
    public static String randomMunicipalityCode() {
        return String.format("GM%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    /** A municipality code no other test in this JVM uses, for figures that add up a whole municipality. */
    public static String uniqueMunicipalityCode() {
        return String.format("GM%04d", NEXT_MUNICIPALITY.incrementAndGet());
    }

    /** A unit registration body; a mutable map so a test can change or add a field. */
    public static Map<String, Object> unit(String externalId, String municipalityCode, String type, int capacity) {
        return unit(OWNER, externalId, municipalityCode, type, capacity);
    }

    public static Map<String, Object> unit(String ownerId, String externalId, String municipalityCode, String type, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", externalId);
        body.put("ownerId", ownerId);
        body.put("municipalityCode", municipalityCode);
        body.put("type", type);
        body.put("capacity", capacity);
        return body;
    }
}
