package nl.permitholders.housingstock;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.permitholders.infrastructure.DevelopmentIssuer;
import nl.permitholders.infrastructure.EventSchemas;
import nl.permitholders.infrastructure.KafkaTopics;
import nl.permitholders.infrastructure.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests with ids no other test uses, so tests share one database without seeing each other's units. */
public final class TestData {

    public static final String OWNER = "corporation-de-woonplaats";
    public static final String BASE = "/housing-stock/v1";

    private static final String MUNICIPALITY_REGISTERED = "nl.permitholders.quota.municipality-registered.v1";
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** The database is fresh per test JVM, so codes handed out once in it are not shared with another test. */
    private static final AtomicInteger NEXT_MUNICIPALITY = new AtomicInteger(1000 + ThreadLocalRandom.current().nextInt(2000));

    private TestData() {
    }

    /** A request as this corporation: its own units (ownerId), vacancies, Toewijzingen, agreements and projects. */
    public static RequestSpecification asCorporation(String corporationId) {
        return given().auth().oauth2(corporationToken(corporationId));
    }

    /** A request as this municipality: the units, vacancies, allocations, agreements and projects in it. */
    public static RequestSpecification asMunicipality(String municipalityCode) {
        return given().auth().oauth2(municipalityToken(municipalityCode));
    }

    /** A request as the Rijk, which reads nothing here but the municipality register. */
    public static RequestSpecification asRijk() {
        return given().auth().oauth2(TOKENS.computeIfAbsent("rijk", role -> issuer().rijk()));
    }

    public static String corporationToken(String corporationId) {
        return TOKENS.computeIfAbsent("corporation " + corporationId, key -> issuer().corporation(corporationId));
    }

    public static String municipalityToken(String municipalityCode) {
        return TOKENS.computeIfAbsent("municipality " + municipalityCode, key -> issuer().municipality(municipalityCode));
    }

    /** The issuer the service under test trusts (one per test JVM); signing a token costs, so tokens are kept. */
    private static DevelopmentIssuer issuer() {
        return TestTokens.issuer();
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

    /** A known municipality whose code is unlikely to be shared with another test, to tell its events apart by key. */
    public static String randomMunicipalityCode() {
        String code;
        do {
            code = String.format("GM%04d", ThreadLocalRandom.current().nextInt(9_000));
        } while (MERGER_CASES.contains(code));
        return knownMunicipality(code);
    }

    /** The real merger cases some tests load (R3): no other test may draw their codes. */
    private static final Set<String> MERGER_CASES = Set.of("GM0363", "GM0457", "GM0393", "GM0394");

    /** A known municipality no other test in this JVM uses, for figures that add up a whole municipality. */
    public static String uniqueMunicipalityCode() {
        return knownMunicipality(String.format("GM%04d", NEXT_MUNICIPALITY.incrementAndGet()));
    }

    /**
     * Makes the municipalities known the way production does: quota-service's municipality-registered event on
     * quota.events, consumed by this service. Waits until the service knows them.
     */
    public static void knownMunicipalities(String... codes) {
        for (String code : codes) {
            knownMunicipality(code);
        }
    }

    public static String knownMunicipality(String code) {
        if (KNOWN.contains(code)) {
            return code;
        }
        String data = """
                {"municipalityCode":"%s","name":"Test municipality %s","provinceCode":"PV23"}"""
                .formatted(code, code);
        EventSchemas.assertConforms(MUNICIPALITY_REGISTERED, data);
        new KafkaTopics(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))
                .sendCloudEvent("quota.events", code, UUID.randomUUID(), MUNICIPALITY_REGISTERED, data);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                asRijk().get(BASE + "/municipalities/{code}", code).then().statusCode(200));
        KNOWN.add(code);
        return code;
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
